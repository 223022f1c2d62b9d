"""R-ICE language server: energy and CO₂e of every LLM call, as inlay hints, code lenses, hovers and diagnostics.

``server.py`` only wires handlers; each feature lives in its own module and calls pure functions on a
``DocumentAnalysis`` (see ``analysis.py``); ``convert.py`` is the one place that builds LSP types.
"""

from __future__ import annotations

SERVER_NAME = "rice-lsp"
__version__ = "0.1.0"
