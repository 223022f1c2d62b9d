"""End to end: the real ``pre-commit`` tool runs the ``rice-budget`` hook from a throwaway commit of this
repository against a temporary git repository; plus the plain git hook installed by ``rice install-hook``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

# The first test builds pre-commit's hook environment (pip installs R-ICE and its dependencies): allow for a
# cold pip cache. Later tests reuse it through the session's PRE_COMMIT_HOME.
pytestmark = pytest.mark.timeout(900)

APP = """from openai import OpenAI

client = OpenAI()


def answer(question: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Answer the customer's question briefly: " + question}],
        max_tokens=300,
    )
    return response.choices[0].message.content
"""


def rice_yaml(co2e_kg: float, volume: str = "1000/day") -> str:
    return f"volume:\n  default: {volume}\nbudget:\n  period: month\n  co2e_kg: {co2e_kg}\n"


def run(cwd: Path, env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False)
    if check and done.returncode != 0:
        raise AssertionError(f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def commit(repo: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    """``git commit``; the hook's output (git prints it on stderr) is merged into ``stdout``."""
    return subprocess.run(
        ["git", "commit", "-m", message],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=600,
        check=False,
    )


def head(repo: Path, env: dict[str, str]) -> str:
    return run(repo, env, "git", "rev-parse", "HEAD").stdout.strip()


@pytest.fixture()
def consumer(tmp_path: Path, git_env: dict[str, str], hook_repo: tuple[Path, str]) -> Path:
    """A git repository using the rice-budget hook through pre-commit, with a small app committed."""
    hook_path, sha = hook_repo
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_path}\n    rev: {sha}\n    hooks:\n      - id: rice-budget\n"
    )
    (tmp_path / "rice.yaml").write_text(rice_yaml(1000))
    (tmp_path / "app.py").write_text(APP)
    run(tmp_path, git_env, "git", "init", "-q", "-b", "main")
    run(tmp_path, git_env, "git", "add", "-A")
    run(tmp_path, git_env, "git", "commit", "-q", "--no-verify", "-m", "init")
    run(tmp_path, git_env, "pre-commit", "install")
    run(tmp_path, git_env, "pre-commit", "install-hooks")  # builds the hook venv (once per session)
    return tmp_path


def test_under_budget_commit_passes(consumer: Path, git_env: dict[str, str]):
    (consumer / "app2.py").write_text(APP.replace("gpt-4o", "gpt-4o-mini"))
    run(consumer, git_env, "git", "add", "app2.py")
    done = commit(consumer, git_env, "add a second call")
    assert done.returncode == 0, done.stdout
    assert "R-ICE carbon budget" in done.stdout and "Passed" in done.stdout
    assert run(consumer, git_env, "git", "log", "--format=%s", "-1").stdout.strip() == "add a second call"


def test_over_budget_commit_is_blocked_with_the_report(consumer: Path, git_env: dict[str, str]):
    before = head(consumer, git_env)
    (consumer / "rice.yaml").write_text(rice_yaml(1000, "50M/day"))
    (consumer / "app2.py").write_text(APP)
    run(consumer, git_env, "git", "add", "-A")
    done = commit(consumer, git_env, "scale up")
    assert done.returncode != 0
    assert "Failed" in done.stdout and "- exit code: 1" in done.stdout
    assert "✗ OVER BUDGET" in done.stdout and "Biggest call sites" in done.stdout
    assert "Staged:    this commit adds +" in done.stdout
    assert head(consumer, git_env) == before


def test_invalid_yaml_blocks_with_file_and_line(consumer: Path, git_env: dict[str, str]):
    before = head(consumer, git_env)
    (consumer / "rice.yaml").write_text("budget:\n  co2e_kg: 25\n\tperiod: month\n")
    run(consumer, git_env, "git", "add", "rice.yaml")
    done = commit(consumer, git_env, "broken config")
    assert done.returncode != 0 and "- exit code: 2" in done.stdout
    assert "rice.yaml:3: invalid YAML: found character '\\t' that cannot start any token" in done.stdout
    assert head(consumer, git_env) == before


def test_only_the_budget_file_changed_still_runs_the_hook(consumer: Path, git_env: dict[str, str]):
    before = head(consumer, git_env)
    (consumer / "rice.yaml").write_text(rice_yaml(0.001))  # same code, budget cut to 1 g/month
    run(consumer, git_env, "git", "add", "rice.yaml")
    done = commit(consumer, git_env, "tighten budget")
    assert done.returncode != 0 and "R-ICE carbon budget" in done.stdout
    assert "✗ OVER BUDGET" in done.stdout
    assert head(consumer, git_env) == before


def test_plain_git_hook_from_install_hook(tmp_path: Path, git_env: dict[str, str]):
    (tmp_path / "rice.yaml").write_text(rice_yaml(1000))
    (tmp_path / "app.py").write_text(APP)
    run(tmp_path, git_env, "git", "init", "-q", "-b", "main")
    run(tmp_path, git_env, "rice", "install-hook")
    run(tmp_path, git_env, "git", "add", "-A")
    assert commit(tmp_path, git_env, "init").returncode == 0
    (tmp_path / "rice.yaml").write_text(rice_yaml(1000, "50M/day"))
    run(tmp_path, git_env, "git", "add", "-A")
    done = commit(tmp_path, git_env, "scale up")
    assert done.returncode == 1 and "✗ OVER BUDGET" in done.stdout
