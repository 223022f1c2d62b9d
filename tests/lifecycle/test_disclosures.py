"""R-ICE beside the providers' disclosures (docs/lifecycle.md): where the boundaries match, within 0.5-2x."""

from __future__ import annotations

from pathlib import Path

import pytest

from rice_core.lifecycle.disclosures import comparison_rows, disclosure_catalog, markdown_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "lifecycle.md"
ROWS = comparison_rows()
DISCLOSURES = disclosure_catalog()[1]


@pytest.mark.parametrize(("disclosure", "ours"), [r for r in ROWS if r[0].boundaries_match], ids=lambda x: str(x)[:40])
def test_matching_boundaries_agree_within_a_factor_two(disclosure, ours) -> None:
    assert 0.5 <= ours / disclosure.published <= 2.0, (disclosure.case, disclosure.quantity, ours)


def test_every_row_states_both_boundaries_and_a_source() -> None:
    assert len(ROWS) == len(DISCLOSURES) and all(ours > 0 for _, ours in ROWS)
    for d, _ in ROWS:
        assert d.their_boundary and d.our_boundary and d.sources


def test_table_and_doc_name_every_published_figure() -> None:
    table, doc = markdown_table(), DOC.read_text(encoding="utf-8")
    for d in DISCLOSURES:
        figure = f"| {d.published:g} {d.unit} |"
        assert figure in table and figure in doc, figure
