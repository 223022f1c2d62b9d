"""Blind evaluation 3: first-contact recall, precision and model resolution of the scanner (Python and JS/TS).

Floors are the first-contact figures rounded down to a whole percent (README `scan` section, "Blind evaluation 3").
Run `python -m tests.scan_blind3.evaluate` to print every miss, false positive and wrong model.
"""

from __future__ import annotations

import pytest

from tests.scan_blind3.evaluate import CORPORA, HERE, Figures, load_labels, render, score

# corpus -> (recall %, precision %, model-resolution %), measured at first contact.
FLOORS_PCT = {
    "corpus_py": (100, 98, 96),
    "corpus_js": (100, 100, 92),
}
MIN_LABELS = {"corpus_py": 50, "corpus_js": 25}


@pytest.fixture(scope="module", params=CORPORA)
def figures(request: pytest.FixtureRequest) -> Figures:
    return score(request.param)


def test_labels_point_at_call_lines() -> None:
    for corpus in CORPORA:
        labels = load_labels(corpus)
        assert len(labels) >= MIN_LABELS[corpus]
        for file, line in labels:
            text = (HERE / corpus / file).read_text(encoding="utf-8").splitlines()[line - 1]
            assert "(" in text or text.strip().isidentifier(), f"{corpus}/{file}:{line} is not a call line: {text!r}"


def test_recall_floor(figures: Figures) -> None:
    assert figures.recall * 100 >= FLOORS_PCT[figures.corpus][0], render(figures)


def test_precision_floor(figures: Figures) -> None:
    assert figures.precision * 100 >= FLOORS_PCT[figures.corpus][1], render(figures)


def test_model_resolution_floor(figures: Figures) -> None:
    assert figures.model_accuracy * 100 >= FLOORS_PCT[figures.corpus][2], render(figures)


def test_every_negative_file_is_silent(figures: Figures) -> None:
    allowed = {"negatives/fake_chat_models.py:21"}  # known first-contact false positive (FakeListChatModel chain)
    noisy = [fp for fp in figures.false_positives if fp.startswith("negatives/") and fp.split(" ")[0] not in allowed]
    assert not noisy, render(figures)
