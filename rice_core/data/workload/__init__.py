"""Workload data files (response-length distributions, placeholder sizes); see README.md for provenance."""
