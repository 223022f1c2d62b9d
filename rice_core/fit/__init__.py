"""Refitting the calibrated engine's coefficients from the shipped measurements (``python -m rice_core.fit.calibrated``)."""
