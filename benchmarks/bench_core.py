"""Estimator benchmarks (issue 2). Run: ``python benchmarks/bench_core.py`` (about 30 s on 2 cores).

Prints each figure beside its target:
  estimate() median warm < 1 ms · estimate_many >= 20,000 calls/s · ``import rice_core`` < 300 ms (cold
  subprocess, no numpy/sklearn/tiktoken loaded) · ``rice estimate`` cold subprocess < 1.5 s · token counting
  within 1.2x of raw tiktoken on the same text.
"""
from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

PROMPT = ("You are a support assistant for an online bookshop. Read the customer's message below, classify it as "
          "billing, shipping, returns or other, and draft a short, friendly reply that quotes the order number. "
          "Customer: Hi, I ordered three paperbacks last Tuesday (order #48213) and the tracking page still says "
          "'label created'. Could you tell me when they will ship? I need one of them as a birthday present. ") * 4
HEAVY = ("numpy", "sklearn", "tiktoken", "rich", "yaml", "scipy")


def row(name: str, value: str, target: str, ok: bool) -> None:
    print(f"{name:<44} {value:>16}   target {target:<12} {'ok' if ok else 'MISSED'}")


def median_call_s(fn: Callable[[], object], n: int = 3000) -> float:
    fn()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench_estimate() -> None:
    from rice_core.estimator import estimate

    for model, pm in (("gpt-4o-mini", None), ("gpt-4o", None), ("llama-3.1-8b", "rice-paper"),
                      ("gpt-4o", "rice-paper")):
        s = median_call_s(lambda: estimate(model, prompt_tokens=800, output_tokens=300, power_model=pm))
        row(f"estimate() median warm [{model}, {pm or 'calibrated'}]", f"{s * 1e3:.3f} ms", "< 1 ms", s < 1e-3)


def mixed_requests(n: int, power_model: str | None) -> list[dict]:
    from rice_core.catalog.models import all_models

    rng = random.Random(0)
    names = [m.id for m in all_models()]
    return [{"model": names[i % len(names)], "prompt_tokens": rng.randint(1, 4000),
             "output_tokens": rng.randint(1, 1000), "power_model": power_model} for i in range(n)]


def bench_many(n: int = 20_000) -> None:
    from rice_core.estimator import estimate_many

    for pm in (None, "rice-paper"):
        reqs = mixed_requests(n, pm)
        estimate_many(reqs[:100])
        best = min(_timed(lambda: estimate_many(reqs)) for _ in range(3))
        rate = n / best
        row(f"estimate_many [{n:,} distinct, all models, {pm or 'calibrated'}]", f"{rate:,.0f} calls/s",
            ">= 20,000/s", rate >= 20_000)


def _timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _subprocess_s(args: list[str], runs: int = 5) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run(args, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - t)
        out = proc.stdout
    return statistics.median(times), out


def bench_import() -> None:
    code = ("import sys, time; t = time.perf_counter(); import rice_core; "
            f"print(time.perf_counter() - t, [m for m in {HEAVY!r} if m in sys.modules])")
    _, out = _subprocess_s([sys.executable, "-c", code])
    inner_s = float(out.split()[0])
    total_s, _ = _subprocess_s([sys.executable, "-c", "import rice_core"])
    bare_s, _ = _subprocess_s([sys.executable, "-c", "pass"])
    heavy = out.split(" ", 1)[1].strip()
    row("import rice_core (in a fresh process)", f"{inner_s * 1e3:.1f} ms", "< 300 ms", inner_s < 0.3)
    row("  python -c 'import rice_core' wall", f"{total_s * 1e3:.0f} ms", f"(bare {bare_s * 1e3:.0f} ms)",
        total_s - bare_s < 0.3)
    row("  heavy modules loaded by the import", heavy, "[]", heavy == "[]")


def bench_cli() -> None:
    for pm in ("calibrated", "rice-paper"):
        args = [sys.executable, "-m", "rice_core", "estimate", "--model", "gpt-4o-mini", "--prompt", PROMPT,
                "--output-tokens", "300", "--power-model", pm, "--format", "json"]
        s, _ = _subprocess_s(args, runs=3)
        row(f"rice estimate cold subprocess [{pm}]", f"{s:.2f} s", "< 1.5 s", s < 1.5)


def bench_tokens() -> None:
    from rice_core.tokens import count_text, get_encoding

    enc = get_encoding("o200k_base")
    for label, text in (("short", "Summarise this ticket: {ticket}"), ("1.6 KB prompt", PROMPT)):
        count_text(text, "gpt-4o")
        n = 20_000 if label == "short" else 2_000
        raw = min(_timed(lambda: [len(enc.encode_ordinary(text)) for _ in range(n)]) for _ in range(5))
        ours = min(_timed(lambda: [count_text(text, "gpt-4o") for _ in range(n)]) for _ in range(5))
        row(f"count_text / raw tiktoken [{label}]", f"{ours / raw:.2f}x", "<= 1.2x", ours / raw <= 1.2)


def main() -> int:
    print(f"python {sys.version.split()[0]} on {sys.platform}")
    bench_import()
    bench_cli()
    bench_estimate()
    bench_many()
    bench_tokens()
    return 0


if __name__ == "__main__":
    sys.exit(main())
