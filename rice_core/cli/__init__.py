"""``rice`` command line: dispatch only. Each subcommand lives in its own module with ``register`` and ``run``.

Only this ``main()`` maps errors to exit codes: 0 ok, 1 check failed (over budget), 2 usage/config/input error,
3 unexpected error (short message; details in a new private log file under the per-user cache folder), 141 when
the reader of standard output went away (``| head``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from rice_core.errors import CatalogError, ConfigError, InputError, RiceError

# subcommand → module; modules are imported only when their command runs (fast cold start).
COMMANDS: dict[str, tuple[str, str]] = {
    "estimate": ("rice_core.cli.estimate_cmd", "Estimate latency, energy and CO2e of one LLM request"),
    "models": ("rice_core.cli.catalog_cmd", "List or search the model catalog"),
    "hardware": ("rice_core.cli.catalog_cmd", "List the hardware catalog"),
    "regions": ("rice_core.cli.catalog_cmd", "List grid regions and cloud regions"),
    "validate": ("rice_core.cli.validate_cmd", "Reproduce the paper's tables / validate against measurements"),
    "scan": ("rice_core.cli.scan_cmd", "Find LLM calls in source code and estimate each"),
    "check": ("rice_core.cli.check_cmd", "Project CO2e at request volume against the budget in rice.yaml"),
    "install-hook": ("rice_core.cli.check_cmd", "Install hooks/pre-commit as this repository's git hook"),
    "lsp": ("rice_core.cli.lsp_cmd", "Start the R-ICE language server (stdio)"),
}


def _build_parser(only: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rice", description="R-ICE: energy and carbon of LLM calls, before they run.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if name != only:  # top-level --help needs only the names: keep cold start light
            sub.add_parser(name, help=help_text)
            continue
        module = importlib.import_module(module_name)
        module.register(sub, name, help_text)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = args_list[0] if args_list and args_list[0] in COMMANDS else None
    parser = _build_parser(first)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help → 0, bad usage → 2
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        code = int(args.run(args))
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's final flush
        return code
    except (InputError, ConfigError) as exc:
        print(f"rice: error: {exc}", file=sys.stderr)
        return 2
    except CatalogError as exc:  # a shipped data file is broken: never the user's fault
        print(f"rice: internal error (packaged catalog): {exc}", file=sys.stderr)
        return 3
    except RiceError as exc:
        print(f"rice: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `rice scan | head`: the reader left; say nothing more
        _silence_stdout()
        return 141
    except Exception as exc:  # noqa: BLE001 - the one place unexpected errors become an exit code
        _report_crash(exc)
        return 3


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _report_crash(exc: Exception) -> None:
    """One line on stderr; the traceback in a new private log file in the per-user cache folder. Nothing here
    may raise: a log that cannot be written must not change the exit code (3)."""
    where = ""
    try:
        from rice_core.safeio import user_subdir, write_new_private

        folder = user_subdir("logs")
        if folder is not None:
            where = f" (details in {write_new_private(folder, 'rice-error', traceback.format_exc())})"
    except Exception:  # noqa: BLE001 - the error path never fails
        where = ""
    try:
        print(f"rice: unexpected error: {exc.__class__.__name__}: {str(exc)[:500]}{where}", file=sys.stderr)
    except Exception:  # noqa: BLE001 - stderr closed
        pass


if __name__ == "__main__":
    sys.exit(main())
