"""``rice lsp``: start the R-ICE language server (stdio by default, ``--tcp HOST:PORT`` for debugging)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, name: str, help_text: str) -> None:
    from rice_lsp.__main__ import build_parser

    parser = sub.add_parser(name, help=help_text, description=help_text)
    build_parser(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from rice_lsp.__main__ import run as run_server

    return run_server(args)
