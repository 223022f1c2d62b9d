"""Scanner quality on real code from public repositories (issue 11 item 0).

Run: ``python benchmarks/realcode/restore.py DIR --mirrors MIRRORS`` once, then
``python benchmarks/bench_realcode.py DIR`` (add ``--details`` for every miss, false positive and wrong model,
``--batch b3`` for one batch, ``--json`` for machine-readable figures).

Each repository folder of the restored corpus (``DIR/<batch>/<owner>__<repo>/``) is scanned on its own, with itself
as the root, as a user would scan that project; only files listed in ``benchmarks/realcode/manifest.yaml`` count.
Labels (``benchmarks/realcode/labels.yaml``) use the format of ``rice_core.scan.quality``: a found call matches a
label with the same file, line and SDK. Figures: recall, precision and model-resolved accuracy (among labels whose
model is statically knowable), per language, per batch and per family (a label's ``family``, else its SDK; a false
positive counts under the SDK the scanner gave it).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from rice_core.scan import scan_paths
from rice_core.scan.callsite import CallSite
from rice_core.scan.quality import Quality, evaluate

HERE = Path(__file__).resolve().parent / "realcode"


def load_yaml(path: Path, key: str) -> list[dict]:
    return list((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get(key) or [])


def project_of(dest: str) -> str:
    """``b1/owner__repo/src/x.py`` -> ``b1/owner__repo`` (the folder a user would scan)."""
    return "/".join(dest.split("/")[:2])


def scan_projects(root: Path, manifest: list[dict]) -> tuple[list[CallSite], list[str]]:
    """Scan each project folder on its own; keep calls in manifest files; paths relative to ``root``."""
    wanted = {entry["dest"] for entry in manifest}
    missing = sorted(dest for dest in wanted if not (root / dest).is_file())
    calls: list[CallSite] = []
    for project in sorted({project_of(dest) for dest in wanted}):
        folder = root / project
        if not folder.is_dir():
            continue
        result = scan_paths([str(folder)], root=str(folder), use_cache=False, workers=1)
        for call in result.calls:
            path = f"{project}/{call.path}"
            if path in wanted:
                calls.append(dataclasses.replace(call, path=path))
    return calls, missing


def by_key(labels: list[dict]) -> dict[tuple[str, int], dict]:
    return {(entry["file"], int(entry["line"])): entry for entry in labels}


def group_quality(calls: list[CallSite], labels: list[dict], group_of_label, group_of_call, group: str) -> Quality:
    """Quality restricted to one group: its labels, and the calls matched to them or (unmatched) in the group."""
    mine = [label for label in labels if group_of_label(label) == group]
    keys = {(label["file"], int(label["line"])): label["sdk"] for label in mine}
    all_keys = {(label["file"], int(label["line"])): label["sdk"] for label in labels}
    picked = []
    for call in calls:
        key = (call.path, call.line)
        if keys.get(key) == call.sdk:
            picked.append(call)
        elif all_keys.get(key) != call.sdk and group_of_call(call) == group:
            picked.append(call)
    return evaluate(picked, by_key(mine))


def table_rows(calls, labels, manifest) -> list[tuple[str, Quality]]:
    language = {entry["dest"]: entry["language"] for entry in manifest}
    batch = {entry["dest"]: entry["batch"] for entry in manifest}
    rows: list[tuple[str, Quality]] = [("all", evaluate(calls, by_key(labels)))]
    axes = [
        ("language", lambda lab: language.get(lab["file"], "?"), lambda c: language.get(c.path, "?")),
        ("batch", lambda lab: batch.get(lab["file"], "?"), lambda c: batch.get(c.path, "?")),
        ("family", lambda lab: lab.get("family") or lab["sdk"], lambda c: c.sdk),
    ]
    for axis, of_label, of_call in axes:
        groups = sorted({of_label(lab) for lab in labels} | {of_call(c) for c in calls})
        for group in groups:
            q = group_quality(calls, labels, of_label, of_call, group)
            if q.labels or q.found:
                rows.append((f"{axis}: {group}", q))
    return rows


def render(rows: list[tuple[str, Quality]]) -> str:
    head = f"{'group':<34} {'labels':>6} {'found':>6} {'recall':>16} {'precision':>16} {'model resolved':>16}"
    lines = [head, "-" * len(head)]
    for name, q in rows:
        recall = f"{q.recall:.1%} ({q.true_positives}/{q.labels})"
        precision = f"{q.precision:.1%} ({q.true_positives}/{q.found})"
        model = f"{q.model_accuracy:.1%} ({q.model_correct}/{q.model_knowable})"
        lines.append(f"{name:<34} {q.labels:>6} {q.found:>6} {recall:>16} {precision:>16} {model:>16}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="the folder restored by benchmarks/realcode/restore.py")
    parser.add_argument("--manifest", type=Path, default=HERE / "manifest.yaml")
    parser.add_argument("--labels", type=Path, default=HERE / "labels.yaml")
    parser.add_argument("--batch", action="append", help="only these batches (repeatable)")
    parser.add_argument("--details", action="store_true", help="list misses, false positives and wrong models")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    manifest = load_yaml(args.manifest, "files")
    labels = load_yaml(args.labels, "calls")
    wanted = set(args.batch) if args.batch else {e["batch"] for e in manifest if (args.dir / e["batch"]).is_dir()}
    skipped = sorted({entry["batch"] for entry in manifest} - wanted)
    if skipped and not args.batch:
        # a batch not restored here is somebody's held-out set: never print its labels as misses
        print(f"note: batches not restored in {args.dir} are left out: {', '.join(skipped)}", file=sys.stderr)
    manifest = [entry for entry in manifest if entry["batch"] in wanted]
    kept = {entry["dest"] for entry in manifest}
    labels = [label for label in labels if label["file"] in kept]
    calls, missing = scan_projects(args.dir, manifest)
    if missing:
        print(f"warning: {len(missing)} manifest files are not in {args.dir} (run restore.py)", file=sys.stderr)
    rows = table_rows(calls, labels, manifest)
    if args.json:
        figures = {
            name: {
                "labels": q.labels,
                "found": q.found,
                "true_positives": q.true_positives,
                "recall": q.recall,
                "precision": q.precision,
                "model_correct": q.model_correct,
                "model_knowable": q.model_knowable,
            }
            for name, q in rows
        }
        print(json.dumps(figures, indent=2))
    else:
        files = len(manifest)
        repos = len({entry["repo"] for entry in manifest})
        print(f"real-code corpus: {files} files from {repos} repositories, {len(labels)} labelled calls")
        print(render(rows))
    if args.details:
        overall = rows[0][1]
        for title, items in (("missed", overall.missed), ("false positive", overall.spurious)):
            for item in items:
                print(f"{title}: {item}")
        for item in overall.wrong_model:
            print(f"wrong model: {item}")
        grouped: dict[str, int] = defaultdict(int)
        for item in overall.missed:
            grouped[item.split()[1]] += 1
        print("missed by sdk:", dict(sorted(grouped.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
