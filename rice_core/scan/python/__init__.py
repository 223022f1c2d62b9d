"""The Python front end: parse with recovery (``recovery``), scopes and values, SDK matching against the pattern
table (``sdk_table``, ``data/python_sdks.yaml``), prompt evaluation, and CallSite building (``front``)."""
