"""Peak memory and time of scanning hostile Python files, bounded (the scanner) vs unbounded (``scan_python``).

    python benchmarks/bench_parse_bounds.py            # bounded: what `rice scan` and the editor do
    python benchmarks/bench_parse_bounds.py --before   # unbounded parse, for comparison (slow: minutes, GBs)

Each case runs in a fresh interpreter; peak RSS is the larger of that process and its (joined) parse child.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

CASES = {  # Python expressions building each file's text (evaluated in the benchmark's child interpreter)
    "list-8MB": "'x = [' + '1,' * 4_000_000 + ']'",
    "fstring-1M-placeholders": "'x = f\"' + '{a}' * 1_000_000 + '\"'",
    "fstring-150k-placeholders": "'x = f\"' + '{a}' * 150_000 + '\"'",
    "lines-2.5MB": "'a\\n' * 1_250_000",
}
HARNESS = """
import json, resource, sys, time
from rice_core.config import RiceConfig
text = "import openai\\n" + {case}
started = time.perf_counter()
if {before!r}:
    from rice_core.scan.python.front import scan_python
    calls, problems = scan_python(text, "x.py", RiceConfig(), None)
else:
    from rice_core.scan import scan_source_with_problems
    calls, problems = scan_source_with_problems(text, "x.py", config=RiceConfig())
seconds = time.perf_counter() - started
peak_kib = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({{"seconds": seconds, "peak_mib": peak_kib // 1024, "codes": [p.code for p in problems]}}))
"""


def run_case(name: str, before: bool, timeout_s: float) -> dict[str, object]:
    code = HARNESS.format(case=CASES[name], before=before)
    started = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        return {"case": name, "seconds": f"> {timeout_s:g} (killed)"}
    if out.returncode != 0:
        return {"case": name, "exit": out.returncode, "stderr": out.stderr[-300:]}
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return {"case": name, **result, "wall_s": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", action="store_true", help="unbounded scan_python (the behaviour before)")
    parser.add_argument("--timeout", type=float, default=180.0, help="kill a case after this many seconds")
    parser.add_argument("cases", nargs="*", default=list(CASES))
    args = parser.parse_args()
    for name in args.cases:
        print(json.dumps(run_case(name, args.before, args.timeout)), flush=True)


if __name__ == "__main__":
    main()
