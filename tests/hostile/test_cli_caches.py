"""Issue 15 items 10 and 11: broken state that used to persist. Caches that do not validate (wrong shape, NaN)
are discarded and rebuilt; the crash log is a new private file in the per-user cache folder, never written
through a link, and a log that cannot be written does not change the exit code; caches never land in the scanned
tree, in the common folder of unrelated paths, or (relative ``RICE_CACHE_DIR``) in the current folder."""

from __future__ import annotations

import json
import math
import os
import stat
import tempfile
from pathlib import Path

import pytest

from rice_core.cli import check_cmd
from rice_core.cli import main as rice_main

from .cli_tools import CALL, ROOMY_YAML, clean_failure, commit_all, git, make_repo, rice, user_env

ESTIMATE = ["estimate", "-m", "gpt-4o", "--prompt-tokens", "100", "--output-tokens", "100", "--power-model"]


def _scan_caches(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("scan-cache.json")]


def _corrupt(document: dict, how: str) -> dict:
    entries = document["entries"]
    if how == "entries-a-list":
        document["entries"] = []
    elif how == "entry-a-list":
        document["entries"] = {name: [1, 2] for name in entries}
    elif how == "call-missing-fields":
        document["entries"] = {name: {**entry, "calls": [{"path": 5}]} for name, entry in entries.items()}
    elif how == "nan-tokens":
        for entry in entries.values():
            for call in entry["calls"]:
                call.update(prompt_tokens=math.nan, output_tokens=math.nan, literal_prompt_tokens=math.nan)
    return document


@pytest.mark.parametrize("how", ["entries-a-list", "entry-a-list", "call-missing-fields", "nan-tokens"])
def test_scan_cache_that_does_not_validate_is_discarded(tmp_path: Path, how: str):
    repo = make_repo(tmp_path / "repo")
    (repo / "app.py").write_text(CALL, encoding="utf-8")
    (repo / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    commit_all(repo)
    env = user_env(tmp_path)
    first = rice(repo, "check", "--format", "json", env=env)
    assert first.returncode == 0, first.stderr
    caches = _scan_caches(repo, Path(env["RICE_CACHE_DIR"]))
    assert caches
    for cache in caches:
        cache.write_text(json.dumps(_corrupt(json.loads(cache.read_text()), how)), encoding="utf-8")
    for _ in range(2):  # the hook must not stay broken
        done = rice(repo, "check", "--format", "json", env=env)
        clean_failure(done)
        data = json.loads(done.stdout)
        assert done.returncode == 0 and len(data["calls"]) == 1
        assert data["total_kg"] == pytest.approx(json.loads(first.stdout)["total_kg"])  # rebuilt, not NaN-priced


def test_paper_fit_cache_with_nan_is_discarded(tmp_path: Path):
    env = user_env(tmp_path)
    first = rice(tmp_path, *ESTIMATE, "rice-paper", "--format", "json", env=env)
    assert first.returncode == 0, first.stderr
    (cache,) = Path(env["RICE_CACHE_DIR"]).glob("paper-fit-*.json")
    document = json.loads(cache.read_text())
    document["fit"]["beta_coefs"] = [float("nan")] * len(document["fit"]["beta_coefs"])
    cache.write_text(json.dumps(document), encoding="utf-8")
    again = rice(tmp_path, *ESTIMATE, "rice-paper", "--format", "json", env=env)
    clean_failure(again)
    assert again.returncode == 0 and "NaN" not in again.stdout
    assert json.loads(again.stdout)["energy_wh"] == pytest.approx(json.loads(first.stdout)["energy_wh"])


def test_crash_log_is_never_written_through_a_link(tmp_path: Path, monkeypatch, capsys):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    shared_tmp = tmp_path / "shared-tmp"
    shared_tmp.mkdir()
    (shared_tmp / "rice-error.log").symlink_to(victim)  # planted by another user of a shared /tmp
    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))
    monkeypatch.setenv("RICE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)

    def boom(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(check_cmd, "run_check_command", boom)
    assert rice_main(["check"]) == 3
    assert victim.read_text(encoding="utf-8") == "precious\n"
    (log,) = (tmp_path / "cache" / "logs").glob("rice-error-*.log")
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8") and stat.S_IMODE(log.stat().st_mode) == 0o600
    assert f"(details in {log})" in capsys.readouterr().err


def test_crash_log_that_cannot_be_written_keeps_exit_code_3(tmp_path: Path, monkeypatch, capsys):
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    monkeypatch.setenv("RICE_CACHE_DIR", str(tmp_path / "not-a-folder"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(check_cmd, "run_check_command", lambda args: 1 / 0)
    assert rice_main(["check"]) == 3
    assert "unexpected error: ZeroDivisionError" in capsys.readouterr().err


def test_scan_of_unrelated_trees_writes_no_cache_in_their_common_folder(tmp_path: Path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.py").write_text(CALL, encoding="utf-8")
    env = user_env(tmp_path)
    done = rice(tmp_path / "a", "scan", str(tmp_path / "a" / "a.py"), str(tmp_path / "b" / "b.py"), env=env)
    clean_failure(done)
    assert done.returncode == 0
    assert not [p for p in tmp_path.rglob("*") if p.name in (".rice-cache", "scan-cache.json")]
    assert _scan_caches(Path(env["RICE_CACHE_DIR"]))


def test_relative_rice_cache_dir_never_lands_in_the_current_folder(tmp_path: Path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "app.py").write_text(CALL, encoding="utf-8")
    env = {**os.environ, "RICE_CACHE_DIR": "relcache", "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    for args in (["scan", "."], [*ESTIMATE, "rice-paper"]):
        done = rice(work, *args, env=env)
        clean_failure(done)
        assert done.returncode == 0, done.stderr
    assert not (work / "relcache").exists() and not (work / ".rice-cache").exists()
    assert list((tmp_path / "xdg" / "rice").glob("paper-fit-*.json"))


@pytest.mark.parametrize("how", ["not-a-dict", "wrong-format", "nan-call", "call-missing-fields"])
def test_staged_text_cache_that_does_not_validate_is_discarded(tmp_path: Path, how: str):
    repo = make_repo(tmp_path / "repo")
    (repo / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    commit_all(repo)
    (repo / "app.py").write_text(CALL, encoding="utf-8")
    git(repo, "add", "app.py")
    (repo / "app.py").write_text("x = 1\n", encoding="utf-8")  # the staged text differs: it is scanned and cached
    env = user_env(tmp_path)
    first = rice(repo, "check", "--staged", "--format", "json", env=env)
    assert first.returncode == 0, first.stderr
    (cache,) = Path(env["RICE_CACHE_DIR"]).rglob("staged-texts.json")
    document = json.loads(cache.read_text())
    if how == "not-a-dict":
        document = [document]
    elif how == "wrong-format":
        document["format"] = "x"
    else:
        for entry in document["entries"].values():
            for call in entry["calls"]:
                call.update(prompt_tokens=math.nan) if how == "nan-call" else call.pop("span")
    cache.write_text(json.dumps(document), encoding="utf-8")
    again = rice(repo, "check", "--staged", "--format", "json", env=env)
    clean_failure(again)
    assert again.returncode == 0
    assert json.loads(again.stdout)["staged"] == json.loads(first.stdout)["staged"]
