"""The R-ICE paper's three regressors, fitted from the shipped HELM data (see fits.py)."""
