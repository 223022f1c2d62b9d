"""``rice check`` in-process with a stand-in scanner (exit codes, formats, --output, --staged delta)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from rice_core.budget import check as check_module
from rice_core.budget.scanning import TreeScan
from rice_core.cli import main

from .helpers import Priced, make_call, make_estimate

GRAMS_PER_CALL = {"gpt-4o": 2.0, "gpt-4o-mini": 0.5}


def fake_calls_in(text: str, path: str) -> list:
    """One call per line mentioning a model name, priced by GRAMS_PER_CALL."""
    return [
        make_call(path, number, model=word)
        for number, line in enumerate(text.splitlines(), 1)
        for word in line.split()
        if word in GRAMS_PER_CALL
    ]


@pytest.fixture(autouse=True)
def fake_scanner(monkeypatch):
    def scan_tree(paths, root, config, cache_dir):
        files = sorted(p for base in paths for p in ([base] if base.is_file() else base.rglob("*.py")))
        calls = [
            c for f in files for c in fake_calls_in(f.read_text(), f.resolve().relative_to(root.resolve()).as_posix())
        ]
        return TreeScan(tuple(calls), len(files), ())

    monkeypatch.setattr(check_module, "scan_tree", scan_tree)
    monkeypatch.setattr(check_module, "scan_text", lambda text, path, config, root: (fake_calls_in(text, path), []))
    monkeypatch.setattr(
        check_module,
        "price",
        lambda calls, config: [Priced(c, make_estimate(GRAMS_PER_CALL[c.model], model=c.model)) for c in calls],
    )


@pytest.fixture()
def project_dir(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "bot.py").write_text("x = 1\ncall gpt-4o here\n")
    (tmp_path / "app" / "tags.py").write_text("call gpt-4o-mini\n")
    (tmp_path / "rice.yaml").write_text("volume:\n  default: 1000/day\nbudget:\n  period: day\n  co2e_kg: 3\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RICE_CACHE_DIR", str(tmp_path.parent / f"{tmp_path.name}-cache"))
    return tmp_path


def test_within_budget_exits_0_with_the_report(project_dir: Path, capsys):
    assert main(["check"]) == 0  # 2 g + 0.5 g per request × 1000/day = 2.5 kg/day of 3
    out = capsys.readouterr().out
    assert "Projected: 2.5 kg CO2e/day" in out and "✓ within budget" in out and "app/bot.py:2" in out


def test_over_budget_exits_1(project_dir: Path, capsys):
    (project_dir / "rice.yaml").write_text("budget:\n  period: day\n  co2e_kg: 2\n")
    assert main(["check", "app"]) == 1
    assert "✗ OVER BUDGET" in capsys.readouterr().out


def test_config_error_exits_2_naming_file_line_key(project_dir: Path, capsys):
    (project_dir / "rice.yaml").write_text("budget:\n  period: day\n  co2e_kgs: 2\n")
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "rice.yaml:3: budget.co2e_kgs: unknown key 'co2e_kgs' in budget; did you mean 'co2e_kg'?" in err


def test_missing_path_and_bad_format_exit_2(project_dir: Path, capsys):
    assert main(["check", "nowhere"]) == 2
    assert "nowhere: no such file or directory" in capsys.readouterr().err
    assert main(["check", "--format", "yaml"]) == 2


def test_explicit_config_file(project_dir: Path, capsys):
    (project_dir / "strict.yaml").write_text("budget:\n  period: day\n  co2e_kg: 1\n")
    assert main(["check", "--config", "strict.yaml", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["config"] == "strict.yaml" and data["budget_kg"] == 1 and data["total_kg"] == pytest.approx(2.5)


def test_output_file_gets_the_report_and_stdout_the_verdict(project_dir: Path, capsys):
    assert main(["check", "--format", "sarif", "--output", "out.sarif"]) == 0
    assert json.loads((project_dir / "out.sarif").read_text())["version"] == "2.1.0"
    assert capsys.readouterr().out == ("rice check: within budget: 2.5 kg CO2e/day of 3 kg (83%) (report: out.sarif)\n")


def test_staged_reports_the_delta_against_head(project_dir: Path, capsys):
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "i"]):
        subprocess.run(["git", *args], cwd=project_dir, check=True)
    (project_dir / "app" / "new.py").write_text("call gpt-4o-mini\n")
    (project_dir / "app" / "bot.py").write_text("x = 2\n")  # unstaged: the staged text still counts
    subprocess.run(["git", "add", "app/new.py"], cwd=project_dir, check=True)
    assert main(["check", "--staged", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total_kg"] == pytest.approx(3.0)  # 2.5 at HEAD + 0.5 staged
    assert data["staged"]["head_kg"] == pytest.approx(2.5)
    assert data["staged"]["delta_kg"] == pytest.approx(0.5) and data["staged"]["delta_share"] == pytest.approx(0.2)
    assert sorted(data["staged"]["changed_files"]) == ["app/bot.py", "app/new.py"]


def test_staged_config_change_alone_is_measured(project_dir: Path, capsys):
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "i"]):
        subprocess.run(["git", *args], cwd=project_dir, check=True)
    (project_dir / "rice.yaml").write_text("volume:\n  default: 2000/day\nbudget:\n  period: day\n  co2e_kg: 3\n")
    subprocess.run(["git", "add", "rice.yaml"], cwd=project_dir, check=True)
    assert main(["check", "--staged"]) == 1
    out = capsys.readouterr().out
    assert "Staged:    this commit adds +2.5 kg CO2e/day (+100%) in 1 changed file(s)" in out


def test_staged_outside_git_is_a_usage_error(project_dir: Path, capsys):
    assert main(["check", "--staged"]) == 2
    assert "is not inside a git repository" in capsys.readouterr().err


def test_staged_texts_are_scanned_once_then_cached(project_dir: Path, monkeypatch, capsys):
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "i"]):
        subprocess.run(["git", *args], cwd=project_dir, check=True)
    scanned: list[str] = []
    monkeypatch.setattr(
        check_module,
        "scan_text",
        lambda text, path, config, root: scanned.append(text) or (fake_calls_in(text, path), []),
    )
    (project_dir / "app" / "tags.py").write_text("call gpt-4o-mini\ncall gpt-4o-mini\n")
    subprocess.run(["git", "add", "app/tags.py"], cwd=project_dir, check=True)
    assert main(["check", "--staged", "--format", "json"]) == 0
    assert scanned == ["call gpt-4o-mini\n"]  # HEAD text only: the staged text is the working tree's
    assert (check_module.cache_dir_for(project_dir) / "staged-texts.json").is_file()  # per-user, not in the tree
    assert not (project_dir / ".git" / "rice-cache").exists()
    first = json.loads(capsys.readouterr().out)["staged"]
    assert main(["check", "--staged", "--format", "json"]) == 0
    assert scanned == ["call gpt-4o-mini\n"]  # second run: both texts from the caches
    assert json.loads(capsys.readouterr().out)["staged"] == first
    assert first["delta_kg"] == pytest.approx(0.5)
