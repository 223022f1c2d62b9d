"""Score rice_core.scan.scan_paths against the blind-3 labels: recall, precision, model resolution per corpus."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rice_core.config import RiceConfig
from rice_core.scan import scan_paths

HERE = Path(__file__).parent
CORPORA = ("corpus_py", "corpus_js")
FALLBACK_SOURCE = "config-default"


@dataclass
class Figures:
    corpus: str
    labelled: int = 0
    found: int = 0
    detections: int = 0
    knowable: int = 0
    model_right: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong_models: list[str] = field(default_factory=list)
    runtime_models: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0

    @property
    def precision(self) -> float:
        return self.found / self.detections if self.detections else 0.0

    @property
    def model_accuracy(self) -> float:
        return self.model_right / self.knowable if self.knowable else 0.0


def load_labels(corpus: str) -> dict[tuple[str, int], str | None]:
    data = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    return {(e["file"], int(e["line"])): e["model"] for e in data[corpus]}


def detect(corpus: str) -> list[tuple[str, int, str | None, str]]:
    """(path, line, model, model_source) for each call the scanner reports, without any cache or user config."""
    root = HERE / corpus
    with tempfile.TemporaryDirectory() as cache_dir:
        result = scan_paths(
            [str(root)], root=str(root), config=RiceConfig(), cache_dir=cache_dir, use_cache=False, workers=1
        )
    return [(c.path.replace("\\", "/"), c.line, c.model, c.model_source) for c in result.calls]


def _model_ok(expected: str, model: str | None, source: str) -> bool:
    return source != FALLBACK_SOURCE and model == expected


def score(corpus: str) -> Figures:
    labels = load_labels(corpus)
    fig = Figures(corpus, labelled=len(labels), knowable=sum(m is not None for m in labels.values()))
    seen: Counter[tuple[str, int]] = Counter()
    for path, line, model, source in detect(corpus):
        key = (path, line)
        fig.detections += 1
        seen[key] += 1
        if key not in labels or seen[key] > 1:
            fig.false_positives.append(f"{path}:{line} (model {model})")
            continue
        fig.found += 1
        expected = labels[key]
        if expected is None:
            fig.runtime_models.append(f"{path}:{line} -> {model} [{source}]")
        elif _model_ok(expected, model, source):
            fig.model_right += 1
        else:
            fig.wrong_models.append(f"{path}:{line} expected {expected}, got {model} [{source}]")
    fig.misses = [f"{p}:{n} (model {m})" for (p, n), m in sorted(labels.items()) if (p, n) not in seen]
    return fig


def render(fig: Figures) -> str:
    lines = [
        f"{fig.corpus}: recall {fig.found}/{fig.labelled} = {fig.recall:.1%}, "
        f"precision {fig.found}/{fig.detections} = {fig.precision:.1%}, "
        f"model {fig.model_right}/{fig.knowable} = {fig.model_accuracy:.1%}"
    ]
    for title, items in (
        ("miss", fig.misses),
        ("false positive", fig.false_positives),
        ("wrong model", fig.wrong_models),
        ("run-time model (unscored)", fig.runtime_models),
    ):
        lines += [f"  {title}: {item}" for item in items]
    return "\n".join(lines)


if __name__ == "__main__":
    for name in CORPORA:
        print(render(score(name)))
