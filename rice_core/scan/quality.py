"""Scanner quality on a labelled corpus: recall, precision and model-resolution accuracy.

``labels.yaml``: ``calls: [{file, line, sdk, model}]`` (model null when not statically knowable). A found call
matches a label with the same file, line and SDK. Used by the tests and ``benchmarks/bench_scan.py --quality``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rice_core.scan.callsite import CallSite


@dataclass
class Quality:
    labels: int
    found: int
    true_positives: int
    model_knowable: int
    model_correct: int
    unknowable_flagged: int
    unknowable: int
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_model: list[str] = field(default_factory=list)
    by_sdk: dict[str, list[int]] = field(default_factory=dict)  # sdk → [labelled, found, model right, knowable]

    @property
    def recall(self) -> float:
        return self.true_positives / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 1.0

    @property
    def model_accuracy(self) -> float:
        return self.model_correct / self.model_knowable if self.model_knowable else 1.0

    def summary(self) -> str:
        return (
            f"labels={self.labels} found={self.found} recall={self.recall:.1%} precision={self.precision:.1%} "
            f"model-resolution={self.model_accuracy:.1%} ({self.model_correct}/{self.model_knowable}) "
            f"unknowable-flagged={self.unknowable_flagged}/{self.unknowable}"
        )


def load_labels(path: Path) -> dict[tuple[str, int], dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {(entry["file"], int(entry["line"])): entry for entry in data["calls"]}


def evaluate(calls: list[CallSite], labels: dict[tuple[str, int], dict]) -> Quality:
    found = {(c.path, c.line): c for c in calls}
    q = Quality(
        labels=len(labels),
        found=len(found),
        true_positives=0,
        model_knowable=0,
        model_correct=0,
        unknowable_flagged=0,
        unknowable=0,
    )
    for key, label in sorted(labels.items()):
        call = found.get(key)
        family = q.by_sdk.setdefault(label["sdk"], [0, 0, 0, 0])
        family[0] += 1
        if call is None or call.sdk != label["sdk"]:
            q.missed.append(f"{key[0]}:{key[1]} {label['sdk']} {label['model']}")
            continue
        q.true_positives += 1
        family[1] += 1
        resolved = call.model if call.model_source != "config-default" else None
        if label["model"] is None:
            q.unknowable += 1
            q.unknowable_flagged += resolved is None or call.model_source == "annotation"
        else:
            q.model_knowable += 1
            family[3] += 1
            if resolved == label["model"]:
                q.model_correct += 1
                family[2] += 1
            else:
                q.wrong_model.append(
                    f"{key[0]}:{key[1]} expected {label['model']} got {call.model} ({call.model_source})"
                )
    for key, call in sorted(found.items()):
        expected = labels.get(key)
        if expected is None or expected["sdk"] != call.sdk:
            q.spurious.append(f"{key[0]}:{key[1]} {call.sdk} {call.api} {call.model}")
    return q
