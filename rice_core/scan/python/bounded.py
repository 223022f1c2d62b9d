"""Bound what parsing one Python file may cost: a cheap size-of-tree estimate first, a limited child process next.

CPython's ``ast.parse`` holds the GIL for the whole parse and keeps ~0.5-2 KB per token: an 8 MB one-line list
took 4.1 GB and 19.5 s, and f-string placeholders cost quadratic time (1M of them: over 120 s), freezing the
editor's server for as long. So, before parsing:

* ``parse_cost`` counts tokens roughly (whitespace-separated fields plus twice the punctuation: an upper bound on
  the parser's tokens, 0.3 per byte in ordinary code) and ``{`` characters (f-string placeholders), in C, in
  about 0.1 s for 5 MB;
* small files (most files) parse here as before;
* files beyond ``HARD_*`` are not parsed at all (``file-too-complex``);
* the rest parse in a child process (``spawn``, dying with its parent) under an address-space limit and a time
  limit; the parent waits on a pipe without holding the GIL, so the editor keeps answering.
"""

from __future__ import annotations

import multiprocessing
import os
import string
from dataclasses import dataclass
from typing import Any

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite

_NOT_PUNCTUATION = bytes(range(128, 256)) + (string.ascii_letters + string.digits + "_" + string.whitespace).encode()
MIB = 1024 * 1024


@dataclass(frozen=True)
class ParseLimits:
    in_process_units: int = 150_000  # ~500 KB of ordinary code; worst case ~270 MB and ~1 s in this process
    in_process_braces: int = 10_000  # one f-string with 10k placeholders parses in ~0.2 s
    hard_units: int = 4_000_000  # ~13 MB of ordinary code (beyond the 10 MB file limit): refused unparsed
    hard_braces: int = 200_000  # one f-string with 200k placeholders takes ~90 s to parse: refused unparsed
    child_memory_bytes: int = 1536 * MIB  # address space the child may add (5 MB of ordinary code needs ~400 MB)
    child_time_s: float = 30.0


@dataclass(frozen=True)
class ParseCost:
    units: int  # estimated parser tokens
    braces: int  # "{" characters: f-string placeholders at most


def parse_cost(text: str) -> ParseCost:
    data = text.encode("utf-8", "surrogatepass")
    punctuation = len(data.translate(None, _NOT_PUNCTUATION))
    return ParseCost(len(data.split()) + 2 * punctuation, data.count(b"{"))


def _too_complex(why: str) -> tuple[list[CallSite], list[Problem]]:
    message = f"The code is too complex to analyse within the scanner's limits ({why}); the file was skipped."
    return [], [Problem("file-too-complex", message)]


def scan_python_bounded(
    text: str, path: str | None, config: RiceConfig, root: str | None, limits: ParseLimits = ParseLimits()
) -> tuple[list[CallSite], list[Problem]]:
    """``scan_python`` with its cost bounded (see the module docstring)."""
    from rice_core.scan.python.front import scan_python

    cost = parse_cost(text)
    if cost.units > limits.hard_units:
        return _too_complex(f"about {cost.units:,} tokens, over {limits.hard_units:,}")
    if cost.braces > limits.hard_braces:
        return _too_complex(f"{cost.braces:,} braces, over {limits.hard_braces:,}")
    if cost.units <= limits.in_process_units and cost.braces <= limits.in_process_braces:
        return scan_python(text, path, config, root)
    return _in_child(text, path, config, root, limits)


def _in_child(
    text: str, path: str | None, config: RiceConfig, root: str | None, limits: ParseLimits
) -> tuple[list[CallSite], list[Problem]]:
    context = multiprocessing.get_context("spawn")  # no fork of a threaded editor server
    receiver, sender = context.Pipe(duplex=False)
    args = (sender, os.getpid(), text, path, config, root, limits.child_memory_bytes)
    child = context.Process(target=_child_main, args=args, name="rice-bounded-parse")
    try:
        child.start()
    except OSError:  # no process to bound the parse with: refuse rather than risk this one
        return _too_complex("no worker process could be started")
    sender.close()
    try:
        if not receiver.poll(limits.child_time_s):
            return _too_complex(f"parsing took longer than {limits.child_time_s:g} s")
        outcome: Any = receiver.recv()
    except (EOFError, OSError):  # the child died: killed for memory, most likely
        return _too_complex(f"parsing needed more than {limits.child_memory_bytes // MIB:,} MiB")
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if outcome[0] == "ok":
        return outcome[1], outcome[2]
    return _too_complex(outcome[1])


def _child_main(
    sender: Any, parent_pid: int, text: str, path: str | None, config: RiceConfig, root: str | None, memory: int
) -> None:
    """In the child: die with the parent, cap the address space, scan, send the result (or why it failed)."""
    from rice_core.scan.workers import die_with_parent

    die_with_parent(parent_pid)
    _limit_address_space(memory)
    try:
        from rice_core.scan.python.front import scan_python

        calls, problems = scan_python(text, path, config, root)
        outcome: tuple[Any, ...] = ("ok", calls, problems)
    except MemoryError:
        outcome = ("too-complex", f"parsing needed more than {memory // MIB:,} MiB")
    sender.send(outcome)
    sender.close()


def _limit_address_space(extra_bytes: int) -> None:
    """Allow this process ``extra_bytes`` of address space beyond what it uses now (where ``resource`` exists)."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as handle:
            current = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (current + extra_bytes, current + extra_bytes))
    except (ImportError, OSError, ValueError):  # not Linux: the time limit still applies
        pass
