"""Catalogs: models, hardware, grid zones and provider profiles, loaded lazily from ``rice_core/data/catalog``.

Import the lookups from their modules (``rice_core.catalog.models.lookup_model`` ...); nothing is read at import.
"""
