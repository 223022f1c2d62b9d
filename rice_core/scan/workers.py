"""Child processes that die with their parent: parse workers must not outlive a killed ``rice`` or editor server.

A worker blocked on its task pipe never sees the parent go (it holds the pipe's other end itself), so a parent
killed with SIGTERM/SIGKILL used to leave its workers (~100 MB each) waiting forever. Each worker asks Linux for
SIGKILL when its parent dies (``PR_SET_PDEATHSIG``) and, on every platform, runs a watchdog thread that ends the
process once its parent process id changes (re-parented to init or a sub-reaper).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_EVERY_S = 0.5


def _linux_death_signal() -> bool:
    """Ask the kernel to SIGKILL this process when the thread that started it exits; False where unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent_pid: int) -> None:
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)
        time.sleep(WATCH_EVERY_S)


def die_with_parent(parent_pid: int | None = None) -> None:
    """Call first thing in a worker process (a pool ``initializer``): the worker ends when its parent does."""
    expected = parent_pid if parent_pid is not None else os.getppid()
    _linux_death_signal()
    if os.getppid() != expected:  # the parent died before the death signal was armed
        os._exit(1)
    threading.Thread(target=_watch, args=(expected,), name="rice-parent-watch", daemon=True).start()
