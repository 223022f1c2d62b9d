"""Catalog data files (models, hardware, grids, providers); see README.md for provenance."""
