"""Issue 15 item 9: parse workers die with their parent, even when the parent is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hostile.procs import alive, children, wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

FILLER = "".join(f"def helper_{i}(x):\n    return [x + {i}, x * {i}, str(x) + '{i}']\n\n" for i in range(600))
CALL = (
    "import openai\n"
    "openai.OpenAI().chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': 'hi'}])\n"
)


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM])
def test_parse_pool_workers_die_when_rice_scan_is_killed(tmp_path: Path, kill: signal.Signals) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    for i in range(700):  # over the 400 files that start a process pool; several seconds of parsing
        (tree / f"m{i}.py").write_text(CALL + FILLER, encoding="utf-8")
    env = {**os.environ, "RICE_CACHE_DIR": str(tmp_path / "cache")}
    cli = subprocess.Popen(
        [sys.executable, "-m", "rice_core", "scan", str(tree)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        started = wait_until(lambda: children(cli.pid) if len(children(cli.pid)) >= 2 else None, 60, "pool started")
        workers = list(started) if isinstance(started, list) else []
        cli.send_signal(kill)
        cli.wait(20)
        wait_until(lambda: not any(alive(pid) for pid in workers), 10, f"workers {workers} ended")
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
        for pid in workers:  # orphans (before the fix) must not outlive the test either
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
