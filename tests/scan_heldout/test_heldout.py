"""Held-out evaluation of the Python LLM-call scanner on tests/scan_heldout/corpus/.

The corpus and labels.yaml were written by an evaluator who had not read the scanner or its own corpus. Calls are
matched to labels by (file, line of the call expression's first line). Run as a script for the full report:

    python -m tests.scan_heldout.test_heldout
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
import yaml

from rice_core.scan import scan_paths

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
LABELS = HERE / "labels.yaml"

# First contact (README "held-out evaluation"): recall 100% (82/82), precision 98.8% (85/86), model 91.1% (72/79).
# All three met issue 4's targets, so the floors are the targets.
RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.95
MODEL_FLOOR = 0.90


@dataclass
class Evaluation:
    labels: list[dict]
    found: list[tuple]  # (file, line, sdk, model, model_source, warning codes)
    matched: list[tuple[dict, tuple]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    false_positives: list[tuple] = field(default_factory=list)

    def core(self, items: list[dict]) -> list[dict]:
        return [x for x in items if not x.get("beyond_issue")]

    @property
    def recall(self) -> float:
        core = self.core(self.labels)
        return len(self.core([lab for lab, _ in self.matched])) / len(core)

    @property
    def precision(self) -> float:
        return len(self.matched) / max(1, len(self.matched) + len(self.false_positives))

    def model_rows(self) -> list[tuple[dict, tuple]]:
        return [(lab, call) for lab, call in self.matched if lab["model"] is not None and not lab.get("beyond_issue")]

    @property
    def model_accuracy(self) -> float:
        rows = self.model_rows()
        return sum(_model_ok(lab, call) for lab, call in rows) / max(1, len(rows))


def _model_ok(label: dict, call: tuple) -> bool:
    return call[3] == label["model"] and call[4] != "config-default"


def load_labels() -> list[dict]:
    return yaml.safe_load(LABELS.read_text())["calls"]


def run_scanner() -> list[tuple]:
    with tempfile.TemporaryDirectory() as cache_dir:
        result = scan_paths([str(CORPUS)], root=str(CORPUS), cache_dir=cache_dir)
    calls = [c for c in result.calls if c.sdk != "prompt-file"]
    return sorted((c.path, c.line, c.sdk, c.model, c.model_source, tuple(w.code for w in c.warnings)) for c in calls)


def evaluate(labels: list[dict], found: list[tuple]) -> Evaluation:
    ev = Evaluation(labels=labels, found=found)
    by_key = {(lab["file"], lab["line"]): lab for lab in labels}
    used: set[tuple[str, int]] = set()
    for call in found:
        key = (call[0], call[1])
        if key in by_key and key not in used:
            used.add(key)
            ev.matched.append((by_key[key], call))
        else:
            ev.false_positives.append(call)
    ev.missed = [lab for lab in labels if (lab["file"], lab["line"]) not in used]
    return ev


@cache
def evaluation() -> Evaluation:
    return evaluate(load_labels(), run_scanner())


def _source_line(file: str, line: int) -> str:
    return (CORPUS / file).read_text().splitlines()[line - 1].strip()


def file_batch(file: str) -> int:
    """Batch 2 files (b2_*) were written after batch 1 was scored, and scored on first contact too."""
    return 2 if Path(file).name.startswith("b2_") or file.startswith("b2_") else 1


def batch_evaluation(batch: int) -> Evaluation:
    ev = evaluation()
    labels = [lab for lab in ev.labels if file_batch(lab["file"]) == batch]
    return evaluate(labels, [c for c in ev.found if file_batch(c[0]) == batch])


def report(ev: Evaluation) -> str:
    core_labels = ev.core(ev.labels)
    rows = ev.model_rows()
    out = [
        f"labelled calls: {len(ev.labels)} ({len(core_labels)} issue-4 SDKs, {len(ev.labels) - len(core_labels)} beyond)",
        f"scanner calls: {len(ev.found)}",
        f"recall (issue-4 SDKs): {ev.recall:.1%}  ({len(ev.core([m for m, _ in ev.matched]))}/{len(core_labels)})",
        f"recall (all): {len(ev.matched)}/{len(ev.labels)}",
        f"precision: {ev.precision:.1%}  ({len(ev.matched)}/{len(ev.matched) + len(ev.false_positives)})",
        (
            f"model resolved: {ev.model_accuracy:.1%}  ({sum(_model_ok(lab, c) for lab, c in rows)}/{len(rows)} found "
            f"calls with a statically knowable model; "
            f"{sum(1 for lab in core_labels if lab['model'] is not None)} knowable labels in all)"
        ),
    ]
    out += [
        f"MISS {lab['file']}:{lab['line']} [{lab['sdk']}] {_source_line(lab['file'], lab['line'])}" for lab in ev.missed
    ]
    out += [f"FP   {c[0]}:{c[1]} [{c[2]} {c[3]}] {_source_line(c[0], c[1])}" for c in ev.false_positives]
    out += [
        f"MODEL {lab['file']}:{lab['line']} expected {lab['model']!r} got {c[3]!r} ({c[4]})"
        for lab, c in ev.matched
        if lab["model"] is not None and not _model_ok(lab, c)
    ]
    out += [
        f"UNKNOWABLE {lab['file']}:{lab['line']} got {c[3]!r} ({c[4]})" for lab, c in ev.matched if lab["model"] is None
    ]
    return "\n".join(out)


def test_corpus_shape() -> None:
    files = [p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*.py*")]
    positives = {lab["file"] for lab in load_labels()}
    assert len(positives) >= 40
    assert len([f for f in files if f.startswith("negatives/")]) >= 10
    assert not positives & {f for f in files if f.startswith("negatives/")}


@pytest.mark.parametrize("label", load_labels(), ids=lambda lab: f"{lab['file']}:{lab['line']}")
def test_label_points_at_a_call(label: dict) -> None:
    text = _source_line(label["file"], label["line"])
    assert "(" in text and not text.startswith("#")


def test_matching_counts_misses_duplicates_and_strays() -> None:
    labels = [{"file": "a.py", "line": 3, "model": "m"}, {"file": "a.py", "line": 9, "model": None}]
    found = [
        ("a.py", 3, "openai", "m", "literal", ()),
        ("a.py", 3, "openai", "m", "literal", ()),
        ("b.py", 1, "openai", "x", "literal", ()),
    ]
    ev = evaluate(labels, found)
    assert (ev.recall, ev.precision, ev.model_accuracy) == (0.5, 1 / 3, 1.0)
    assert ev.missed == [labels[1]] and len(ev.false_positives) == 2


def test_recall_floor() -> None:
    ev = evaluation()
    print(report(ev))
    assert ev.recall >= RECALL_FLOOR, report(ev)


def test_precision_floor() -> None:
    ev = evaluation()
    assert ev.precision >= PRECISION_FLOOR, report(ev)


def test_model_resolution_floor() -> None:
    ev = evaluation()
    assert ev.model_accuracy >= MODEL_FLOOR, report(ev)


def test_unknowable_models_are_flagged() -> None:
    ev = evaluation()
    unknowable = [call for lab, call in ev.matched if lab["model"] is None]
    assert unknowable and all("unresolved-model" in call[5] for call in unknowable), report(ev)


if __name__ == "__main__":
    for name, sub in (("batch 1", batch_evaluation(1)), ("batch 2", batch_evaluation(2)), ("all", evaluation())):
        print(f"== {name} ==\n{report(sub)}\n")
