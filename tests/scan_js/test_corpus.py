"""Recall, precision and model-resolution accuracy on the labelled fixture corpus, with asserted floors.

The figures are printed (run with ``-s``) and reported in the README's JavaScript section.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from rice_core.scan.callsite import CallSite
from rice_core.scan.js import is_js_path, scan_js_source

from .helpers import CORPUS

RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.95
MODEL_ACCURACY_FLOOR = 0.90


@dataclass
class Scores:
    expected: int = 0
    found: int = 0
    matched: int = 0
    sdk_api_right: int = 0
    knowable: int = 0
    model_right: int = 0

    def line(self) -> str:
        return (
            f"recall {self.matched / self.expected:.1%} ({self.matched}/{self.expected}), "
            f"precision {self.matched / self.found:.1%} ({self.matched}/{self.found}), "
            f"model resolved {self.model_right / self.knowable:.1%} ({self.model_right}/{self.knowable})"
        )


def _labels() -> dict[str, list[dict]]:
    return yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))["files"]


def _scan_corpus() -> dict[str, list[CallSite]]:
    found: dict[str, list[CallSite]] = {}
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and is_js_path(str(path)):
            rel = path.relative_to(CORPUS).as_posix()
            sites, _ = scan_js_source(path.read_text(encoding="utf-8"), str(path), None)
            found[rel] = sites
    return found


def _score(labels: dict[str, list[dict]], found: dict[str, list[CallSite]]) -> tuple[Scores, list[str]]:
    scores, misses = Scores(), []
    for rel, expected in labels.items():
        by_line = {site.line: site for site in found.get(rel, [])}
        scores.expected += len(expected)
        scores.found += len(by_line)
        for label in expected:
            site = by_line.get(label["line"])
            if site is None:
                misses.append(f"missed {rel}:{label['line']}")
                continue
            scores.matched += 1
            scores.sdk_api_right += (site.sdk, site.api) == (label["sdk"], label["api"])
            if label["model"] is not None:
                scores.knowable += 1
                scores.model_right += site.model == label["model"]
            assert site.ignored == label.get("ignored", False), f"{rel}:{label['line']}"
        extra = set(by_line) - {label["line"] for label in expected}
        misses.extend(f"false positive {rel}:{line}" for line in sorted(extra))
    return scores, misses


def test_every_corpus_file_is_labelled() -> None:
    assert set(_scan_corpus()) == set(_labels())
    assert len(_labels()) >= 30


def test_corpus_recall_precision_and_model_resolution() -> None:
    scores, misses = _score(_labels(), _scan_corpus())
    print("\nJS/TS corpus:", scores.line(), misses)
    assert scores.matched / scores.expected >= RECALL_FLOOR, misses
    assert scores.matched / scores.found >= PRECISION_FLOOR, misses
    assert scores.model_right / scores.knowable >= MODEL_ACCURACY_FLOOR
    assert scores.sdk_api_right == scores.matched


def test_scoring_counts_a_missed_call_and_a_false_positive() -> None:
    """The scorer itself can fail: drop one found call and add a bogus one."""
    labels = {"a.ts": [{"line": 3, "sdk": "openai", "api": "x", "model": "m"}], "b.ts": []}
    bogus = scan_js_source(
        'import OpenAI from "openai";\nconst c = new OpenAI();\n'
        'c.chat.completions.create({model: "m", messages: []});\n',
        "b.ts",
        None,
    )[0]
    scores, misses = _score(labels, {"a.ts": [], "b.ts": bogus})
    assert (scores.matched, scores.found, scores.expected) == (0, 1, 1)
    assert misses == ["missed a.ts:3", "false positive b.ts:3"]


def test_corpus_is_realistic_size() -> None:
    files = [p for p in CORPUS.rglob("*") if p.is_file() and is_js_path(str(p))]
    negatives = [rel for rel, calls in _labels().items() if not calls]
    assert len(files) >= 30 and len(negatives) >= 8
