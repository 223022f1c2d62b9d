"""The README is short, leads with what a newcomer needs, and says only things that are true today: the quick-start
test command is CI's, its figures are the program's, its links resolve, and its pre-commit snippet works with the
real ``pre-commit`` tool."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_is_short_and_starts_with_the_screenshot() -> None:
    lines = README.splitlines()
    assert len(lines) < 300
    assert lines[2].startswith("![") and lines[2].endswith("(docs/vscode-hints.png)")


def test_quick_start_test_command_is_the_one_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install -e '.[test]' && python -m pytest"
    assert f"\n{command}\n" in ci
    assert f"```bash\n{command}\n```" in README
    assert "```bash\npip install . && rice check examples/support-bot\n```" in README


def test_no_unpublished_package_is_advised() -> None:
    paths = [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), ROOT / "hooks" / "pre-commit"]
    paths += [ROOT / "rice_core" / "budget" / "git-hook.txt"]
    paths += [p for p in (ROOT / "editors").rglob("*") if p.is_file() and "node_modules" not in p.parts]
    offenders = [str(p.relative_to(ROOT)) for p in paths if "pip install rice-carbon" in p.read_text(errors="replace")]
    assert offenders == []


def test_every_relative_link_resolves() -> None:
    for page in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target:
                continue
            assert (page.parent / target).exists(), f"{page.relative_to(ROOT)} links to missing {target}"


def test_generated_figures_match_the_program() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "readme_figures.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_figure_check_notices_a_stale_block(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import readme_figures
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    text = "a\n<!-- figures:validation -->\nold\n<!-- /figures:validation -->\nb\n"
    assert readme_figures.blocks(text) == ["validation"]
    assert readme_figures.refresh(text, {"validation": "new\n"}) == text.replace("old", "new")
    assert readme_figures.refresh(text, {"other": "x\n"}) == text


def _snippet(name: str) -> str:
    block = README.split(f"<!-- snippet:{name} -->\n", 1)[1].split(f"<!-- /snippet:{name} -->", 1)[0]
    return block.split("```yaml\n", 1)[1].split("```", 1)[0]


@pytest.mark.timeout(300)
def test_readme_pre_commit_snippet_blocks_an_over_budget_commit(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pc-home"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_AUTHOR_NAME="T",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="T",
        GIT_COMMITTER_EMAIL="t@example.com",
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
    )
    repo = tmp_path / "app"
    repo.mkdir()
    (repo / ".pre-commit-config.yaml").write_text(_snippet("pre-commit-local"))
    (repo / "rice.yaml").write_text("volume:\n  default: 100k/day\nbudget:\n  period: month\n  co2e_kg: 1\n")
    (repo / "app.py").write_text(
        "import openai\nopenai.OpenAI().chat.completions.create(model='gpt-4o', messages=[])\n"
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=240
        )

    assert run("git", "init", "-q", "-b", "main").returncode == 0
    assert run("pre-commit", "install").returncode == 0
    assert run("git", "add", "-A").returncode == 0
    blocked = run("git", "commit", "-m", "over budget")
    assert blocked.returncode == 1 and "OVER BUDGET" in blocked.stdout, blocked.stdout
    (repo / "rice.yaml").write_text("volume:\n  default: 1/day\nbudget:\n  period: month\n  co2e_kg: 1000\n")
    assert run("git", "add", "rice.yaml").returncode == 0
    passed = run("git", "commit", "-m", "within budget")
    assert passed.returncode == 0, passed.stdout
