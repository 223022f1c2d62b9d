"""The real-code corpus (issue 11 item 0): committed data is consistent, restore checks hashes, the benchmark scores."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from rice_core.scan.callsite import CallSite, Span

ROOT = Path(__file__).resolve().parents[2]
REALCODE = ROOT / "benchmarks" / "realcode"


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


restore = load_module(REALCODE / "restore.py")
bench = load_module(ROOT / "benchmarks" / "bench_realcode.py")


def committed() -> tuple[list[dict], list[dict]]:
    manifest = yaml.safe_load((REALCODE / "manifest.yaml").read_text(encoding="utf-8"))["files"]
    labels = yaml.safe_load((REALCODE / "labels.yaml").read_text(encoding="utf-8"))["calls"]
    return manifest, labels


def test_manifest_entries_are_complete_and_unique() -> None:
    manifest, _ = committed()
    dests = [entry["dest"] for entry in manifest]
    assert len(dests) == len(set(dests))
    for entry in manifest:
        assert re.fullmatch(r"[0-9a-f]{40}", entry["commit"]), entry
        assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]), entry
        assert entry["language"] in {"python", "js"}
        owner, name = entry["repo"].split("/")
        assert entry["dest"] == f"{entry['batch']}/{owner}__{name}/{entry['path']}"


def test_labels_point_into_the_manifest_and_negatives_have_none() -> None:
    manifest, labels = committed()
    dests = {entry["dest"] for entry in manifest}
    negatives = {entry["dest"] for entry in manifest if "negative" in entry}
    keys = [(label["file"], label["line"]) for label in labels]
    assert len(keys) == len(set(keys))
    for label in labels:
        assert label["file"] in dests, label
        assert label["file"] not in negatives, label
        assert isinstance(label["line"], int) and label["line"] > 0
        assert label["sdk"] and (label["model"] is None or isinstance(label["model"], str))


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def make_mirror(tmp_path: Path, text: str) -> tuple[Path, str]:
    """A work repository with one committed file, cloned bare into the ``owner+name/repo`` mirror layout."""
    work = tmp_path / "work"
    work.mkdir()
    git("init", "-q", cwd=work)
    (work / "app.py").write_text(text, encoding="utf-8")
    git("add", "app.py", cwd=work)
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "-m", "c", cwd=work)
    commit = git("rev-parse", "HEAD", cwd=work)
    mirrors = tmp_path / "mirrors"
    git("clone", "-q", "--bare", str(work), str(mirrors / "acme+bot" / "repo"), cwd=tmp_path)
    return mirrors, commit


APP = 'from openai import OpenAI\n\nclient = OpenAI()\nr = client.chat.completions.create(model="gpt-4o-mini", messages=[])\n'


def entry(commit: str, data: str, sha: str | None = None) -> dict:
    return {
        "repo": "acme/bot",
        "path": "app.py",
        "commit": commit,
        "batch": "b9",
        "language": "python",
        "dest": "b9/acme__bot/app.py",
        "sha256": sha or hashlib.sha256(data.encode()).hexdigest(),
    }


def test_restore_writes_files_from_a_mirror_and_refuses_a_changed_hash(tmp_path: Path) -> None:
    mirrors, commit = make_mirror(tmp_path, APP)
    out = tmp_path / "out"
    restored, missing, mismatched = restore.restore([entry(commit, APP)], out, mirrors, github=False)
    assert (restored, missing, mismatched) == (1, [], [])
    assert (out / "b9/acme__bot/app.py").read_text(encoding="utf-8") == APP
    restored, missing, mismatched = restore.restore([entry(commit, APP, sha="0" * 64)], tmp_path / "o2", mirrors, False)
    assert (restored, mismatched) == (0, ["b9/acme__bot/app.py"])
    restored, missing, _ = restore.restore(
        [{**entry(commit, APP), "repo": "acme/other"}], tmp_path / "o3", mirrors, False
    )
    assert restored == 0 and len(missing) == 1


def test_restore_can_select_batches(tmp_path: Path) -> None:
    """A held-out batch can be restored on its own; a batch the manifest lacks is refused."""
    mirrors, commit = make_mirror(tmp_path, APP)
    later = {**entry(commit, APP), "batch": "b20", "dest": "b20/acme__bot/app.py"}
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text(yaml.safe_dump({"files": [entry(commit, APP), later]}), encoding="utf-8")
    assert restore.select_batches([entry(commit, APP), later], ["b20"]) == [later]
    out = tmp_path / "out"
    assert restore.main([str(out), "--mirrors", str(mirrors), "--manifest", str(manifest), "--batch", "b20"]) == 0
    assert (out / "b20/acme__bot/app.py").is_file() and not (out / "b9").exists()
    with pytest.raises(SystemExit):
        restore.main([str(tmp_path / "o2"), "--mirrors", str(mirrors), "--manifest", str(manifest), "--batch", "b99"])


def test_benchmark_scores_a_restored_folder(tmp_path: Path, capsys) -> None:
    mirrors, commit = make_mirror(tmp_path, APP)
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump({"files": [entry(commit, APP)]}), encoding="utf-8")
    labels = {"calls": [{"file": "b9/acme__bot/app.py", "line": 4, "sdk": "openai", "model": "gpt-4o-mini"}]}
    (tmp_path / "labels.yaml").write_text(yaml.safe_dump(labels), encoding="utf-8")
    out = tmp_path / "out"
    assert restore.main([str(out), "--mirrors", str(mirrors), "--manifest", str(tmp_path / "manifest.yaml")]) == 0
    capsys.readouterr()
    args = [str(out), "--manifest", str(tmp_path / "manifest.yaml"), "--labels", str(tmp_path / "labels.yaml")]
    assert bench.main([*args, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["all"]["true_positives"] == 1 and figures["all"]["found"] == 1
    assert figures["all"]["model_correct"] == 1
    assert figures["batch: b9"]["labels"] == 1


def test_benchmark_never_prints_the_labels_of_a_batch_that_is_not_restored(tmp_path: Path, capsys) -> None:
    """Someone else's held-out batch stays unseen: without --batch, only restored batches are scored."""
    mirrors, commit = make_mirror(tmp_path, APP)
    held = {**entry(commit, APP), "batch": "b20", "dest": "b20/acme__bot/app.py"}
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump({"files": [entry(commit, APP), held]}), encoding="utf-8")
    labels = {
        "calls": [
            {"file": "b9/acme__bot/app.py", "line": 4, "sdk": "openai", "model": "gpt-4o-mini"},
            {"file": "b20/acme__bot/app.py", "line": 4, "sdk": "openai", "model": "secret-held-out-model"},
        ]
    }
    (tmp_path / "labels.yaml").write_text(yaml.safe_dump(labels), encoding="utf-8")
    out = tmp_path / "out"
    manifest_args = ["--manifest", str(tmp_path / "manifest.yaml")]
    assert restore.main([str(out), "--mirrors", str(mirrors), *manifest_args, "--batch", "b9"]) == 0
    capsys.readouterr()
    assert bench.main([str(out), *manifest_args, "--labels", str(tmp_path / "labels.yaml"), "--details"]) == 0
    printed = capsys.readouterr()
    assert "secret-held-out-model" not in printed.out and "b20/" not in printed.out
    assert "1 labelled calls" in printed.out and "left out: b20" in printed.err


def call(path: str, line: int, sdk: str) -> CallSite:
    return CallSite(
        path=path,
        span=Span(line, 0, line, 1),
        sdk=sdk,
        api="api",
        model=None,
        model_source="literal",
        prompt_tokens=1,
        prompt_source="literal",
        output_tokens=1,
        output_tokens_source="argument",
    )


def test_family_rows_count_a_false_positive_under_the_sdk_the_scanner_gave() -> None:
    labels = [
        {"file": "a.py", "line": 1, "sdk": "openai", "model": None, "family": "openai-legacy"},
        {"file": "a.py", "line": 5, "sdk": "dspy", "model": None},
    ]
    calls = [call("a.py", 1, "openai"), call("a.py", 9, "openai")]

    def of_label(label: dict) -> str:
        return label.get("family") or label["sdk"]

    def of_call(c: CallSite) -> str:
        return c.sdk

    legacy = bench.group_quality(calls, labels, of_label, of_call, "openai-legacy")
    assert (legacy.labels, legacy.true_positives, legacy.found) == (1, 1, 1)
    plain = bench.group_quality(calls, labels, of_label, of_call, "openai")
    assert (plain.labels, plain.found, plain.spurious) == (0, 1, ["a.py:9 openai api None"])
    dspy = bench.group_quality(calls, labels, of_label, of_call, "dspy")
    assert (dspy.labels, dspy.true_positives, dspy.missed) == (1, 0, ["a.py:5 dspy None"])
