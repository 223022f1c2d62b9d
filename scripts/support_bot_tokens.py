"""The support-bot projection with issue 16's expected tokens (``after``) and with the old ceilings (``before``),
on the same engine, so the difference is the token side alone (docs/tokens.md).

before: output = the cap (``max_tokens`` or ``defaults.output_tokens``), no reasoning, every placeholder at
``defaults.placeholder_tokens``; after: what ``rice check`` does. Run from the repository root:

    python scripts/support_bot_tokens.py before
    python scripts/support_bot_tokens.py after
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from dataclasses import replace
from typing import Any

EXAMPLE = "examples/support-bot"


def use_ceilings() -> None:
    """Patch pricing and the Python scanner back to the pre-issue-16 token rules (and skip the scan cache)."""
    import rice_core.scan.cache as cache
    import rice_core.scan.pricing as pricing
    import rice_core.scan.python.build as build
    from rice_core.workload.reasoning import NO_REASONING

    real_plan, real_open = pricing.plan_for, cache.open_cache

    def old_plan(call: Any, config: Any, model: str | None = None) -> Any:
        return replace(real_plan(call, config, model), output_tokens=call.output_tokens, reasoning=NO_REASONING)

    def old_sizes(found: Any, total: int, config: Any) -> tuple[tuple[str, int, str], ...]:
        return tuple(("", config.defaults.placeholder_tokens, "default") for _ in range(total))

    pricing.plan_for = old_plan  # type: ignore[assignment]
    build.size_placeholders = old_sizes  # type: ignore[assignment]
    cache.open_cache = lambda directory, fingerprint: real_open(None, fingerprint)  # type: ignore[assignment]


def check_json() -> dict[str, Any]:
    from rice_core.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", EXAMPLE, "--format", "json"])
    return dict(json.loads(out.getvalue()))


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "after"
    if mode == "before":
        use_ceilings()
    data = check_json()
    low, high = data["total_range_kg"]
    print(f"{mode}: {data['total_kg']:.1f} kg CO2e/{data['period']} (range {low:.1f} – {high:.1f})")
    for call in data["calls"]:
        t = call["tokens"]
        print(
            f"  {call['path']}:{call['line']}  {call['co2e_kg']:.3f} kg  prompt {t['prompt_tokens']:,}  "
            f"output {t['output_tokens']:,} (cap {t['output_cap_tokens']:,})  reasoning {t['reasoning_tokens']:,}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
