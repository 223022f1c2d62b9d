"""Package data: catalogs, training data and tokenizer files (read lazily via importlib.resources)."""
