"""scan_paths: discovery (.gitignore, git, include/exclude), content-hash cache, parallel scanning."""

from __future__ import annotations

import os

import itertools
import shutil
import subprocess

import pytest

from rice_core.config import RiceConfig, ScanConfig
from rice_core.scan import scan_paths
from rice_core.scan.gitignore import IgnoreTree

CALL = "from openai import OpenAI\nOpenAI().chat.completions.create(model='gpt-4o', messages=[])\n"


def make_tree(root) -> None:
    for rel in (
        "app/main.py",
        "app/skip.py",
        "build/gen.py",
        "node_modules/x/y.py",
        "data/tmp.py",
        "app/types.pyi",
        "notes.txt",
    ):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(CALL, encoding="utf-8")
    (root / ".gitignore").write_text("data/\n/app/skip.py\n", encoding="utf-8")


def test_walk_honours_root_gitignore_and_skipped_dirs(tmp_path) -> None:
    make_tree(tmp_path)
    result = scan_paths([str(tmp_path)], use_cache=False)
    assert sorted({c.path for c in result.calls}) == ["app/main.py"]
    assert result.files_scanned == 1


@pytest.mark.skipif(shutil.which("git") is None, reason="git is required for this test")
def test_git_repository_uses_ls_files(tmp_path) -> None:
    make_tree(tmp_path)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / ".gitignore").write_text("app/main.py\n", encoding="utf-8")  # git's rules, not the walk's
    result = scan_paths([str(tmp_path)], use_cache=False)
    assert sorted({c.path for c in result.calls}) == ["app/skip.py", "data/tmp.py"]


def test_include_exclude_globs(tmp_path) -> None:
    for rel in ("src/a.py", "src/b_test.py", "scripts/c.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(CALL, encoding="utf-8")
    config = RiceConfig(scan=ScanConfig(include=("src/**",), exclude=("*_test.py",)))
    result = scan_paths([str(tmp_path)], config=config, use_cache=False)
    assert [c.path for c in result.calls] == ["src/a.py"]


@pytest.mark.parametrize(
    "pattern, path, is_dir, expected",
    [
        ("*.log", "a/b.log", False, True),
        ("/top.py", "sub/top.py", False, False),
        ("build/", "build", True, True),
        ("build/", "build", False, False),
        ("docs/**/*.py", "docs/x/y.py", False, True),
    ],
)
def test_gitignore_patterns(tmp_path, pattern: str, path: str, is_dir: bool, expected: bool) -> None:
    (tmp_path / ".gitignore").write_text(pattern, encoding="utf-8")
    assert IgnoreTree(str(tmp_path)).ignored(path, is_dir) is expected


def test_negation_reincludes(tmp_path) -> None:
    (tmp_path / ".gitignore").write_text("*.py\n!keep.py", encoding="utf-8")
    assert not IgnoreTree(str(tmp_path)).ignored("keep.py", False)


def test_nested_gitignore_files_apply_below_their_folder_and_the_deepest_wins(tmp_path) -> None:
    (tmp_path / ".gitignore").write_text("generated_*.py\n", encoding="utf-8")
    (tmp_path / "pkg" / "gen").mkdir(parents=True)
    (tmp_path / "pkg" / ".gitignore").write_text("/local.py\n!generated_keep.py\n", encoding="utf-8")
    for rel in (
        "generated_a.py",
        "pkg/generated_b.py",
        "pkg/generated_keep.py",
        "pkg/local.py",
        "local.py",
        "pkg/gen/local.py",
    ):
        (tmp_path / rel).write_text(CALL, encoding="utf-8")
    result = scan_paths([str(tmp_path)], use_cache=False)
    assert sorted({c.path for c in result.calls}) == ["local.py", "pkg/gen/local.py", "pkg/generated_keep.py"]


def test_a_gitignore_that_is_not_a_regular_file_is_not_read(tmp_path) -> None:
    os.mkfifo(tmp_path / ".gitignore")  # reading it would block forever
    (tmp_path / "a.py").write_text(CALL, encoding="utf-8")
    assert [c.path for c in scan_paths([str(tmp_path)], use_cache=False).calls] == ["a.py"]


def test_cache_skips_unchanged_and_rescans_changed(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("RICE_CACHE_DIR", str(tmp_path / "user-cache"))
    tmp_path = tmp_path / "tree"
    tmp_path.mkdir()
    (tmp_path / "a.py").write_text(CALL, encoding="utf-8")
    (tmp_path / "b.py").write_text(CALL.replace("gpt-4o", "o3"), encoding="utf-8")
    first = scan_paths([str(tmp_path)])
    second = scan_paths([str(tmp_path)])
    assert (first.files_parsed, second.files_parsed, second.files_cached) == (2, 0, 2)
    assert [c.model for c in second.calls] == [c.model for c in first.calls] == ["gpt-4o", "o3"]
    (tmp_path / "b.py").write_text(CALL.replace("gpt-4o", "gpt-4.1"), encoding="utf-8")
    third = scan_paths([str(tmp_path)])
    assert third.files_parsed == 1 and [c.model for c in third.calls] == ["gpt-4o", "gpt-4.1"]
    assert not (tmp_path / ".rice-cache").exists()  # per-user cache folder, never inside the scanned tree
    assert list((tmp_path.parent / "user-cache" / "scan").glob("*/scan-cache.json"))


def test_cache_is_invalidated_by_a_changed_prompt_file(tmp_path) -> None:
    (tmp_path / "p.txt").write_text("short", encoding="utf-8")
    (tmp_path / "a.py").write_text(
        "from openai import OpenAI\nOpenAI().completions.create(model='gpt-4o', prompt=open('p.txt').read())\n",
        encoding="utf-8",
    )
    first = scan_paths([str(tmp_path)])
    (tmp_path / "p.txt").write_text("a much longer prompt " * 20, encoding="utf-8")
    second = scan_paths([str(tmp_path)])
    assert second.calls[0].prompt_tokens > first.calls[0].prompt_tokens


def test_parallel_equals_sequential(tmp_path, monkeypatch) -> None:
    from rice_core.scan import paths

    monkeypatch.setattr(paths, "PARALLEL_MIN_FILES", 50)  # 100 files to parse: the pool really runs
    for i in range(300):
        body = CALL.replace("gpt-4o", f"m{i}") if i % 3 == 0 else "x = 1\n"
        (tmp_path / f"f{i:03}.py").write_text(body, encoding="utf-8")
    serial = scan_paths([str(tmp_path)], use_cache=False, workers=1)
    seen: list[tuple[int, int]] = []
    parallel = scan_paths(
        [str(tmp_path)], use_cache=False, workers=2, progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (300, 300) and all(a <= b for (a, _), (b, _) in itertools.pairwise(seen))
    assert [(c.path, c.model) for c in parallel.calls] == [(c.path, c.model) for c in serial.calls]
    assert len(serial.calls) == 100 and parallel.files_scanned == 300


@pytest.mark.parametrize(
    "source, expected",
    [
        (b"import numpy as np\nprint('we work together on text completion')\n", False),
        (b"from app.clients import client\nclient.chat.completions.create(model='x', messages=[])\n", True),
        (b"import google.generativeai as g\n", True),
        (b"from transformers import pipeline\n", True),
        (b"requests.post('http://localhost:11434/api/generate', json={})\n", True),
    ],
)
def test_prefilter(source: bytes, expected: bool) -> None:
    from rice_core.scan.prefilter import may_call_llm

    assert may_call_llm(source, "python") is expected


def test_symlink_out_of_the_root_is_not_scanned(tmp_path) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text(CALL, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    (root / "inside.py").write_text(CALL, encoding="utf-8")
    (root / "link.py").symlink_to(outside)
    result = scan_paths([str(root)], use_cache=False)
    assert [c.path for c in result.calls] == ["inside.py"]


def test_cache_is_invalidated_by_a_changed_imported_module(tmp_path) -> None:
    (tmp_path / "settings.py").write_text("MODEL = 'gpt-4o'\n", encoding="utf-8")
    (tmp_path / "app.py").write_text(
        "from openai import OpenAI\nfrom settings import MODEL\n"
        "OpenAI().chat.completions.create(model=MODEL, messages=[])\n",
        encoding="utf-8",
    )
    assert [c.model for c in scan_paths([str(tmp_path)]).calls] == ["gpt-4o"]
    (tmp_path / "settings.py").write_text("MODEL = 'gpt-4.1-mini'  # changed\n", encoding="utf-8")
    assert [c.model for c in scan_paths([str(tmp_path)]).calls] == ["gpt-4.1-mini"]
