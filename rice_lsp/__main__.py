"""``python -m rice_lsp [--stdio | --tcp HOST:PORT]``: start the R-ICE language server."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or argparse.ArgumentParser(prog="rice-lsp", description="R-ICE language server")
    parser.add_argument("--stdio", action="store_true", help="talk LSP over stdin/stdout (the default)")
    parser.add_argument("--tcp", metavar="HOST:PORT", help="listen on a TCP socket instead (for debugging)")
    parser.add_argument("--log-file", metavar="PATH", help="write the server log to this file")
    parser.add_argument("--log-level", default="WARNING", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    parser.add_argument("--clientProcessId", help=argparse.SUPPRESS)  # added by some LSP clients; not needed
    return parser


def _host_port(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"--tcp expects HOST:PORT with a port from 0 to 65535, such as 127.0.0.1:2087, got {text!r}")
    return host, int(port)


def run(args: argparse.Namespace) -> int:
    """Start the server with parsed arguments. Over stdio the process ends with the session (see ``stdio``);
    over TCP (debugging only: pygls's own framing) this returns when the client disconnects."""
    logging.basicConfig(
        filename=args.log_file, level=args.log_level, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    from rice_lsp.server import create_server

    server = create_server()
    if args.tcp:
        try:
            host, port = _host_port(args.tcp)
        except ValueError as exc:
            print(f"rice lsp: error: {exc}", file=sys.stderr)
            return 2
        try:
            server.start_tcp(host, port)
        except OSError as exc:  # address in use, host not found: the user's value, not our bug
            print(f"rice lsp: error: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
            return 2
        return 0
    from rice_lsp.stdio import end_process, serve_stdio

    end_process(serve_stdio(server))
    return 0  # not reached: the process has ended


def main(argv: Sequence[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
