"""Benchmark ``rice check`` on a generated repository: 2,000 Python files, 200 of which make LLM calls.

    python benchmarks/bench_check.py [--files 2000] [--llm-files 200] [--runs 3] [--keep DIR]

Runs the real command line (``python -m rice_core check``, as the ``rice`` script and the hook do) in a fresh
git repository: cold (no cache), warm (cache filled; median of ``--runs``) and ``--staged`` after a one-file
change. Targets from issue 5: warm < 1.5 s, cold < 6 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_WARM_S = 1.5
TARGET_COLD_S = 6.0

PLAIN = '''"""Module {i}: order bookkeeping helpers."""
from __future__ import annotations

import dataclasses
import json


@dataclasses.dataclass
class Record{i}:
    order_id: str
    amount_cents: int
    currency: str = "EUR"

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))


def total_{i}(records: list[Record{i}]) -> int:
    total = 0
    for record in records:
        if record.currency != "EUR":
            raise ValueError(f"unsupported currency {{record.currency}}")
        total += record.amount_cents
    return total


def split_{i}(amount_cents: int, parts: int) -> list[int]:
    base, rest = divmod(amount_cents, parts)
    return [base + (1 if k < rest else 0) for k in range(parts)]
'''

OPENAI = '''"""Feature {i}: answers with OpenAI."""
from openai import OpenAI

client = OpenAI()
SYSTEM = "You are a helpful assistant for feature {i}. Answer briefly and cite the document you used."


def handle_{i}(question: str) -> str:
    response = client.chat.completions.create(
        model="{model}",
        messages=[{{"role": "system", "content": SYSTEM}}, {{"role": "user", "content": question}}],
        max_tokens={max_tokens},
    )
    return response.choices[0].message.content
'''

ANTHROPIC = '''"""Feature {i}: summaries with Anthropic."""
import anthropic

client = anthropic.Anthropic()
PROMPT = "Summarise the following text for a busy reader in three bullet points:\\n\\n{{text}}"


def summarise_{i}(text: str) -> str:
    message = client.messages.create(
        model="{model}",
        max_tokens={max_tokens},
        messages=[{{"role": "user", "content": PROMPT.format(text=text)}}],
    )
    return message.content[0].text
'''

RICE_YAML = """volume:
  default: 1000/day
  overrides:
    - match: "pkg/hot/**"
      volume: 20k/day
budget:
  period: month
  co2e_kg: 100000
"""


def generate(root: Path, files: int, llm_files: int) -> None:
    """Write the repository: ``llm_files`` files with one LLM call each among ``files`` Python files."""
    every = max(1, files // max(1, llm_files))
    made = 0
    for i in range(files):
        folder = root / "pkg" / ("hot" if i % 10 == 0 else f"mod{i % 40}")
        folder.mkdir(parents=True, exist_ok=True)
        if i % every == 0 and made < llm_files:
            template = OPENAI if made % 2 == 0 else ANTHROPIC
            model = ("gpt-4o-mini", "gpt-4o")[made % 4 // 2] if template is OPENAI else "claude-3-5-haiku-20241022"
            text = template.format(i=i, model=model, max_tokens=200 + made % 5 * 50)
            made += 1
        else:
            text = PLAIN.format(i=i)
        (folder / f"m{i}.py").write_text(text, encoding="utf-8")
    (root / "rice.yaml").write_text(RICE_YAML, encoding="utf-8")
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.email=b@x", "-c", "user.name=b", "commit", "-qm", "gen"]):
        subprocess.run(["git", *args], cwd=root, check=True)


def timed_check(root: Path, *extra: str) -> tuple[float, int, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "rice_core", "check", *extra], cwd=root, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"rice check failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return elapsed, done.returncode, done.stdout


def clear_cache(root: Path) -> None:
    for cache in (root / ".git" / "rice-cache", root / ".rice-cache"):
        shutil.rmtree(cache, ignore_errors=True)


def run(files: int, llm_files: int, runs: int, root: Path) -> dict[str, float]:
    generate(root, files, llm_files)
    clear_cache(root)
    cold_s, _, report = timed_check(root)
    warm = [timed_check(root)[0] for _ in range(runs)]
    changed = next((root / "pkg" / "hot").glob("m0.py"))
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("max_tokens=200", "max_tokens=800"), encoding="utf-8"
    )
    subprocess.run(["git", "add", str(changed)], cwd=root, check=True)
    staged_s, _, staged_report = timed_check(root, "--staged")
    print(report)
    print(next((line for line in staged_report.splitlines() if line.startswith("Staged:")), "(no staged line)"))
    return {"cold_s": cold_s, "warm_s": statistics.median(warm), "staged_s": staged_s}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--llm-files", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into this directory and keep it")
    args = parser.parse_args(argv)
    root = args.keep or Path(tempfile.mkdtemp(prefix="rice-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        figures = run(args.files, args.llm_files, args.runs, root)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(f"rice check on {args.files} files ({args.llm_files} with LLM calls):")
    print(f"  cold (no cache)     {figures['cold_s']:.2f} s   target < {TARGET_COLD_S} s")
    print(f"  warm (cached)       {figures['warm_s']:.2f} s   target < {TARGET_WARM_S} s  (median of {args.runs})")
    print(f"  --staged (1 change) {figures['staged_s']:.2f} s")
    ok = figures["cold_s"] < TARGET_COLD_S and figures["warm_s"] < TARGET_WARM_S
    print("  verdict:", "within targets" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
