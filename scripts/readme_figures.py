"""Regenerate the figures shown in README.md and docs/ from the program itself, so the documentation cannot drift.

Each figure lives between ``<!-- figures:NAME -->`` and ``<!-- /figures:NAME -->`` markers; the text between them is
replaced by what the generator ``NAME`` prints today. Run it after any change to the estimator, the catalogs or the
report layout:

    python scripts/readme_figures.py --write    # rewrite every marked block
    python scripts/readme_figures.py --check    # exit 1 and name the stale blocks (used by tests/docs)

``--only NAME`` limits either mode to one generator (``validation`` refits the engine 38 times: ≈ 10–30 s).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ("README.md", "docs/budget.md", "docs/lifecycle.md")
BLOCK = re.compile(r"(<!-- figures:(?P<name>[a-z0-9-]+) -->\n)(?P<body>.*?)(<!-- /figures:(?P=name) -->)", re.S)


def check_support_bot() -> str:
    """The report of the README's first quick-start command, as printed to a pipe (100 columns)."""
    run = subprocess.run(
        [sys.executable, "-m", "rice_core", "check", "examples/support-bot"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if run.returncode not in (0, 1):
        raise SystemExit(f"readme_figures: rice check failed ({run.returncode}): {run.stderr.strip()}")
    lines = [line.rstrip() for line in run.stdout.rstrip("\n").splitlines()]
    return "```text\n" + "\n".join(lines) + "\n```\n" + f"\nExit code {run.returncode}.\n"


def _pct(fraction: float) -> str:
    return f"{100 * fraction:.1f} %"


def _signed_pct(fraction: float) -> str:
    return f"{100 * fraction:+.1f} %".replace("-", "−")


def validation() -> str:
    """Held-out error of the default engine: ML.ENERGY energy per request and HELM batch-1 latency."""
    from rice_core.validate.mlenergy_eval import evaluate, grouped

    ev = evaluate()
    _, cal, paper = grouped(ev)[0]
    helm = ev.helm_held_out
    cover = f", and its (low, high) range holds {_pct(cal.coverage)} of the measurements" if cal.coverage else ""
    return (
        f"- **Energy per request**, batched serving on A100 and H100 (ML.ENERGY v2, {cal.n} rows, each model held "
        f"out): mean absolute error {_pct(cal.mape)}, median {_pct(cal.median_ape)}, bias {_signed_pct(cal.bias)}"
        f"{cover}. The paper's batch-1 method on the same rows: mean error {100 * paper.mape:,.0f} %.\n"
        f"- **Latency at batch 1** (HELM on A100-80GB, {helm.n} runtimes, each profile held out): mean absolute "
        f"error {_pct(helm.mape)}, median {_pct(helm.median_ape)}, bias {_signed_pct(helm.bias)}.\n"
    )


V3_FOLDER = ROOT.parent / "shared" / "data" / "ml-energy-v3"  # not shipped (no licence): the team's and CI's copy


def validation_2025() -> str:
    """Held-out error on 2025 serving stacks (ML.ENERGY v3 part, each model held out) and hosted models' speeds."""
    from rice_core.catalog.deployment import deployment_speeds
    from rice_core.estimator import estimate
    from rice_core.physics.stacks import stack_document
    from rice_core.validate.v3_eval import evaluate_v3, groups
    from rice_core.validate.v3_unseen import unseen_scores

    ev = evaluate_v3(V3_FOLDER)
    scores = {s.label: s for s in groups(ev)}
    bare = unseen_scores(ev)
    batch1 = stack_document("vllm-2025")["residuals"]["batch1"]
    models = len(set(ev.data.rows.model.tolist()))
    every, h100, b200 = scores["all"], scores["h100-sxm"], scores["b200"]
    top = [(estimate(m, prompt_tokens=1000, output_tokens=500), s) for m, s in deployment_speeds().items() if s.top20]
    fast = sum(0.5 <= e.output_tokens_per_s / s.output_tokens_per_s <= 2.0 for e, s in top)  # type: ignore[union-attr]
    first = sum(0.5 <= (e.prefill_s + _held_out_wait_s(s.model)) / s.time_to_first_token_s <= 2.0 for e, s in top)  # type: ignore[union-attr]
    return (
        f"- **Energy per request on 2025 stacks** (vLLM on H100 and B200, ML.ENERGY v3 part, {every.n} rows of {models} "
        f"models, each model held out): mean absolute error {_pct(every.energy_mape)} (H100 {_pct(h100.energy_mape)}, "
        f"B200 {_pct(b200.energy_mape)}), bias {_signed_pct(every.energy_bias)}; time per output token "
        f"{_pct(every.tpot_mape)}; the range holds {_pct(every.coverage)} of the measurements (median band "
        f"×{every.band_width:.1f}).\n"
        f"- **A model the catalog does not describe** (known only by the size its name states or `params_b`: default "
        f"depth and attention, MoE routing prior; same rows, each model held out): energy {_pct(bare.energy_mape)}, "
        f"bias {_signed_pct(bare.energy_bias)}, time per output token {_pct(bare.tpot_mape)}; its wider range holds "
        f"{_pct(bare.coverage)} (×{bare.band_width:.1f}).\n"
        f"- **Batch 1 on 2025 stacks** (public single-stream vLLM/SGLang speeds, {batch1['rows']} rows of "
        f"{len(batch1['models'])} models, each model held out): time per output token {_pct(batch1['tpot']['mape'])}, "
        f"bias {_signed_pct(batch1['tpot']['bias'])} (the fit without them was 45 % too slow).\n"
        f"- **Hosted models' speed**: output tokens/s within 2× of public measurements for {fast} of the "
        f"{len(top)} most used models (1,000 prompt + 500 output tokens); time to first token within 2× for {first} of "
        f"{len(top)} when each model's own published figure is held out (its provider's other models of the same kind "
        f"stand in, as for a model with no published figure).\n"
    )


def _held_out_wait_s(model: str) -> float:
    """Network + queueing wait of ``model`` predicted without its own published time to first token."""
    from rice_core.catalog.models import lookup_model
    from rice_core.estimator.hosted import network_queue_s, reasons_by_default

    spec = lookup_model(model)
    wait = network_queue_s(spec.provider, reasons_by_default(model), exclude=model) if spec else None
    return wait or 0.0


def sdk_table() -> str:
    """The supported SDK families with one example each, copied from docs/scanner.md (the one place they are kept)."""
    text = (ROOT / "docs" / "scanner.md").read_text(encoding="utf-8")
    start = text.index("| family | `sdk` | example |")
    rows = []
    for line in text[start:].splitlines():
        if not line.startswith("|"):
            break
        rows.append(line)
    if len(rows) < 3:
        raise SystemExit("readme_figures: docs/scanner.md has no SDK family table")
    return "\n".join(rows) + "\n"


def disclosures() -> str:
    """R-ICE beside the providers' published per-request figures (docs/lifecycle.md)."""
    from rice_core.lifecycle.disclosures import markdown_table

    return markdown_table().rstrip("\n") + "\n"


GENERATORS: dict[str, Callable[[], str]] = {
    "check-support-bot": check_support_bot,
    "validation": validation,
    "validation-2025": validation_2025,
    "sdk-table": sdk_table,
    "disclosures": disclosures,
}


def blocks(text: str) -> list[str]:
    return [m.group("name") for m in BLOCK.finditer(text)]


def refresh(text: str, produced: dict[str, str]) -> str:
    """``text`` with every block whose generator ran replaced by its output."""

    def replace(m: re.Match[str]) -> str:
        name = m.group("name")
        if name not in produced:
            return m.group(0)
        return m.group(1) + produced[name] + m.group(4)

    return BLOCK.sub(replace, text)


def run(only: str | None, write: bool) -> int:
    texts = {name: (ROOT / name).read_text(encoding="utf-8") for name in FILES}
    wanted = sorted({b for text in texts.values() for b in blocks(text)})
    unknown = [b for b in wanted if b not in GENERATORS]
    if unknown:
        print(f"readme_figures: no generator for block(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    names = [b for b in wanted if only in (None, b)]
    produced = {name: GENERATORS[name]() for name in names}
    stale = []
    for file, text in texts.items():
        new = refresh(text, produced)
        if new != text:
            stale += [f"{file}: {b}" for b in blocks(text) if b in produced and produced[b] not in text]
            if write:
                (ROOT / file).write_text(new, encoding="utf-8")
    if stale and not write:
        print("readme_figures: stale figures (run python scripts/readme_figures.py --write):", file=sys.stderr)
        print("\n".join(f"  {s}" for s in stale), file=sys.stderr)
        return 1
    print(f"readme_figures: {'rewrote' if write and stale else 'up to date:'} {', '.join(stale or names)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="rewrite the marked blocks")
    mode.add_argument("--check", action="store_true", help="exit 1 when a marked block is stale")
    parser.add_argument("--only", choices=sorted(GENERATORS), help="one generator only")
    args = parser.parse_args(argv)
    return run(args.only, args.write)


if __name__ == "__main__":
    raise SystemExit(main())
