"""Fast unit tests of the hardening building blocks: the bounded reader, the per-user folder, the git runner's
settings, cache validation and the budget comparison of ``--staged``."""

from __future__ import annotations

import errno
import math
import os
from pathlib import Path

import pytest

from rice_core.budget.staged_config import budget_change, candidate_paths, gate_config, scope_notes
from rice_core.config import Budget, RiceConfig, ScanConfig, Volume, VolumeConfig
from rice_core.gitrun import SAFE_CONFIG, SAFE_ENV, git_command
from rice_core.safeio import (
    RefusedRead,
    dumps_finite,
    loads_finite,
    private_dir,
    read_regular_bytes,
    user_cache_dir,
    write_new_private,
)
from rice_core.scan.cache_valid import valid_entry


def test_bounded_reader_refuses_fifos_devices_folders_and_big_files(tmp_path: Path):
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "big").write_bytes(b"x" * 11)
    (tmp_path / "ok").write_bytes(b"x" * 10)
    for target in (tmp_path / "fifo", Path("/dev/zero"), tmp_path):
        with pytest.raises(RefusedRead, match="not a regular file") as refused:
            read_regular_bytes(target, 10)
        assert refused.value.errno == errno.EINVAL
    with pytest.raises(RefusedRead, match="10-byte limit"):
        read_regular_bytes(tmp_path / "big", 10)
    assert read_regular_bytes(tmp_path / "ok", 10) == b"x" * 10
    (tmp_path / "link").symlink_to(tmp_path / "ok")
    with pytest.raises(OSError):
        read_regular_bytes(tmp_path / "link", 10, follow_links=False)


def test_finite_json_both_ways():
    with pytest.raises(ValueError):
        loads_finite('{"a": NaN}')
    with pytest.raises(ValueError):
        dumps_finite({"a": math.inf})
    assert loads_finite('{"a": 1.5}') == {"a": 1.5}


def test_user_cache_dir_ignores_relative_settings(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("RICE_CACHE_DIR", "relative")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir() == tmp_path / "xdg" / "rice"
    monkeypatch.setenv("XDG_CACHE_HOME", "also-relative")
    assert user_cache_dir() == Path.home() / ".cache" / "rice"
    monkeypatch.setenv("RICE_CACHE_DIR", "")
    assert user_cache_dir() is None


def test_private_dir_refuses_a_link_and_logs_are_new_private_files(tmp_path: Path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert private_dir(tmp_path / "link") is None
    folder = private_dir(tmp_path / "logs")
    assert folder is not None and (folder.stat().st_mode & 0o777) == 0o700
    log = write_new_private(folder, "rice-error", "trace")
    assert log.read_text() == "trace" and (log.stat().st_mode & 0o777) == 0o600


def test_git_command_switches_off_repository_commands():
    argv = git_command(["ls-files", "-z"])
    assert argv[:2] == ["git", "--no-pager"] and argv[-2:] == ["ls-files", "-z"]
    assert "core.fsmonitor=false" in SAFE_CONFIG and "protocol.allow=never" in SAFE_CONFIG
    assert SAFE_ENV["GIT_NO_REPLACE_OBJECTS"] == "1" and SAFE_ENV["GIT_NO_LAZY_FETCH"] == "1"


@pytest.mark.parametrize(
    "entry",
    [
        [1, 2],
        {"stat": "x", "sha": None},
        {"stat": [1, 2], "sha": 5},
        {"stat": [1, 2], "sha": None, "problems": [{"code": "made-up", "message": "m"}]},
        {"stat": [1, 2], "sha": None, "deps": {"/a": "x"}},
        {"stat": [1, 2], "sha": None, "calls": [{"path": 5}]},
    ],
)
def test_cache_entries_of_the_wrong_shape_do_not_validate(entry):
    assert not valid_entry(entry)


def test_budget_change_removed_raised_and_kept():
    head = Budget(period="month", co2e_kg=10.0, per_call_co2e_g=1.0, compare="high")
    removed = budget_change(head, Budget())
    assert removed.removed and len(removed.notes) == 2
    raised = budget_change(head, Budget(period="day", co2e_kg=1.0, per_call_co2e_g=2.0, compare="central"))
    assert not raised.removed and [n.split()[2] for n in raised.notes] == ["RAISES", "RAISES", "LOOSENS"]
    assert budget_change(head, Budget(period="month", co2e_kg=5.0, per_call_co2e_g=1.0, compare="high")).notes == ()
    gated = gate_config(RiceConfig(), RiceConfig(budget=head), removed)
    assert gated.budget.co2e_kg == 10.0 and gated.budget.per_call_co2e_g == 1.0 and gated.budget.compare == "high"


def test_config_candidates_go_up_to_the_top():
    assert candidate_paths("a/b")[:3] == ["a/b/rice.yaml", "a/b/.rice.yaml", "a/b/pyproject.toml"]
    assert candidate_paths("a/b")[-3:] == ["rice.yaml", ".rice.yaml", "pyproject.toml"]
    assert candidate_paths("") == ["rice.yaml", ".rice.yaml", "pyproject.toml"]


def test_scope_notes_name_new_exclusions_and_a_lower_volume():
    head = RiceConfig(volume=VolumeConfig(Volume(1000, "day")), scan=ScanConfig(exclude=("tests/**",)))
    staged = RiceConfig(volume=VolumeConfig(Volume(10, "day")), scan=ScanConfig(exclude=("tests/**", "app/**")))
    assert scope_notes(head, staged) == (
        "this commit EXCLUDES more files from the scan: app/**",
        "this commit LOWERS the default request volume from 1,000/day to 10/day",
    )
    assert scope_notes(head, head) == ()
