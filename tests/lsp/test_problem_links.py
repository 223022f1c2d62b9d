"""Every problem code a diagnostic can carry links to an anchor that exists in docs/cli.md."""

from __future__ import annotations

from pathlib import Path

from rice_core.problems import CODES
from rice_lsp.convert import problem_url

README = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_every_problem_code_has_a_readme_anchor() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [code for code in CODES if f'id="{problem_url(code).split("#", 1)[1]}"' not in text]
    assert missing == [], f"add rows for these codes to the diagnostic-code table of docs/cli.md: {missing}"
