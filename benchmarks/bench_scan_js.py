"""JS/TS scanner benchmark (issue 7). Run: ``python benchmarks/bench_scan_js.py`` (≈30 s on 2 cores).

Times a mixed Python/TypeScript repository through ``rice_core.scan.scan_paths`` in a fresh process (interpreter
start, imports and tokenizer loading count), as ``bench_scan.py`` does for Python:
  * "mixed mostly-plain": 2,000 .py + 2,000 .ts/.tsx modules, 3% calling an LLM SDK — target ≥ 1,000 files/s cold;
  * "mixed all-calls": 500 .py + 500 .ts modules that each make 1–3 LLM calls — target ≥ 200 files/s cold;
  * the warm re-run of each (the content-hash cache answers), and the in-process JS/TS front end alone.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scan import make_repo, row, timed_scan

TS_PLAIN = """import {{ z }} from "zod";
import type {{ Order{n} }} from "@/types";
import {{ db }} from "@/lib/db";

export const orderSchema{n} = z.object({{ id: z.string(), total: z.number().nonnegative(), items: z.array(z.string()) }});

export interface Page<T> {{
  rows: T[];
  next?: string;
}}

export async function listOrders{n}(userId: string, cursor?: string): Promise<Page<Order{n}>> {{
  const rows = await db.order.findMany({{ where: {{ userId }}, take: 50, cursor: cursor ? {{ id: cursor }} : undefined }});
  return {{ rows, next: rows.length === 50 ? rows[rows.length - 1].id : undefined }};
}}

export function totalOf{n}(orders: Order{n}[]): number {{
  return orders.reduce((sum, o) => sum + o.total, 0);
}}

export class Retry{n} {{
  constructor(private readonly attempts = {n} % 4 + 1) {{}}
  async run<T>(fn: () => Promise<T>): Promise<T> {{
    let last: unknown;
    for (let i = 0; i < this.attempts; i++) {{
      try {{
        return await fn();
      }} catch (err) {{
        last = err;
      }}
    }}
    throw last;
  }}
}}
"""

TS_CALL_HEAD = """import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import {{ generateText }} from "ai";
import {{ openai as provider }} from "@ai-sdk/openai";

const client = new OpenAI();
const claude = new Anthropic();
const MODEL = process.env.CHAT_MODEL ?? "gpt-4o-mini";
const SYSTEM = `You are the support assistant for shop {n}. Answer briefly and link the help-centre article.`;
"""

TS_CALLS = [
    """
export async function ask{i}(question: string, context: string[]) {{
  const res = await client.chat.completions.create({{
    model: MODEL,
    max_tokens: 400,
    messages: [
      {{ role: "system", content: SYSTEM }},
      {{ role: "user", content: `Context: ${{context.join("\\n")}}\\n\\nQuestion: ${{question}}` }},
    ],
  }});
  return res.choices[0].message.content;
}}
""",
    """
export async function summarize{i}(text: string) {{
  const msg = await claude.messages.create({{
    model: "claude-3-5-haiku-latest",
    max_tokens: 700,
    system: SYSTEM,
    messages: [{{ role: "user", content: "Summarize:\\n" + text }}],
  }});
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}}
""",
    """
export async function title{i}(body: string) {{
  const {{ text }} = await generateText({{ model: provider("gpt-4.1-nano"), prompt: `Title for: ${{body}}`, maxTokens: 20 }});
  return text.trim();
}}
""",
]


def make_ts_files(root: Path, files: int, call_share: float, seed: int = 11) -> None:
    rng = random.Random(seed)
    for n in range(files):
        folder = root / "web" / "src" / f"feature{n % 40}"
        folder.mkdir(parents=True, exist_ok=True)
        if rng.random() < call_share:
            body = TS_CALL_HEAD.format(n=n) + "".join(
                rng.choice(TS_CALLS).format(i=k) for k in range(rng.randint(1, 3))
            )
        else:
            body = TS_PLAIN.format(n=n)
        suffix = ".tsx" if n % 5 == 0 else ".ts"
        (folder / f"mod{n}{suffix}").write_text(body, encoding="utf-8")


def front_end_only(samples: int = 200) -> None:
    """In-process: the JS/TS front end on files that all make calls (parse + resolve + count tokens)."""
    from rice_core.scan.js import scan_js_source

    texts = [TS_CALL_HEAD.format(n=n) + "".join(c.format(i=n) for c in TS_CALLS) for n in range(samples)]
    scan_js_source(texts[0], "warmup.ts")  # grammar, tables and tokenizer load once
    times = []
    for i, text in enumerate(texts):
        t = time.perf_counter()
        scan_js_source(text, f"f{i}.ts")
        times.append(time.perf_counter() - t)
    median_ms = statistics.median(times) * 1000
    row("JS/TS front end alone (3 calls/file)", f"{1 / statistics.mean(times):,.0f} files/s", "", None)
    print(f"    median {median_ms:.2f} ms per file, {len(texts)} files, in-process, one core")


def main() -> int:
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    front_end_only()
    for label, files, share, target in (
        ("mixed mostly-plain (3% call)", 2000, 0.03, 1000),
        ("mixed all-calls", 500, 1.0, 200),
    ):
        with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache_tmp:
            root, cache = Path(tmp), Path(cache_tmp) / "rice"  # an empty per-user cache folder: a cold run
            make_repo(root, files, share)  # Python half (also runs `git init`)
            make_ts_files(root, files, share)
            cold = timed_scan(root, cache)
            warm = timed_scan(root, cache)
            rate = cold["files"] / cold["wall_s"]
            row(f"{label}: cold files/s", f"{rate:,.0f}", f">= {target:,}", rate >= target)
            print(
                f"    {cold['files']} files ({files} .py + {files} .ts/.tsx), {cold['calls']} calls, "
                f"{cold['parsed']} parsed, wall {cold['wall_s']:.2f} s (in-process scan {cold['s']:.2f} s)"
            )
            row(f"{label}: warm re-run", f"{warm['wall_s']:.2f} s", "cached", warm["parsed"] == 0)
            print(f"    {warm['cached']} files from cache, {warm['parsed']} parsed; in-process {warm['s']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
