"""Every figure ``estimate()`` and ``estimate_many()`` return over a broad grid, one JSON line per request.

A speed change must not move a number: dump before and after and compare byte for byte.

    python benchmarks/estimate_dump.py > after.jsonl
    PYTHONPATH=/path/to/old/tree python benchmarks/estimate_dump.py > before.jsonl
    cmp before.jsonl after.jsonl

The grid: every catalog model (and a few aliases, tagged and unknown names) × token counts × both engines;
every model × hardware × serving stack; config variations (region, grid, PUE, devices, batch, precision, sizes,
reasoning tokens) on a sample of models; the same requests through ``estimate_many`` (mixed, repeated rows,
columns); bad inputs (their error text). The module loaded is printed to stderr, to check which tree ran.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

TOKENS = ((1, 1), (1, 2), (50, 300), (800, 300), (4000, 1000), (120_000, 4000))
ALIASES = (
    "ollama/llama3.1:8b",
    "llama3.1:8b",
    "ollama/llama3.1:8b-instruct-q8_0",
    "openai/gpt-4o",
    "claude-3-5-sonnet-20241022",
    "gpt-9-ultra",
    "my-finetune",
)
SAMPLE = ("gpt-4o", "gpt-4o-mini", "llama-3.1-8b", "o3", "deepseek-r1", "mistral-large-2407", "ollama/llama3.1:8b")
CONFIGS: tuple[dict[str, Any], ...] = (
    {"region": "FR"},
    {"region": "US"},
    {"region": "world"},
    {"region": "aws:us-east-1"},
    {"region": "us-west-2"},
    {"region": "gcp:europe-west1"},
    {"grid_gco2e_per_kwh": 0.0},
    {"grid_gco2e_per_kwh": 300.0, "region": "FR"},
    {"pue": 1.0},
    {"pue": 1.58},
    {"pue": 1.2, "region": "azure:westeurope"},
    {"devices": 1},
    {"devices": 3},
    {"devices": 8},
    {"batch_size": 1},
    {"batch_size": 16.5},
    {"batch_size": 64, "hardware": "h100-sxm"},
    {"precision": "fp8"},
    {"precision": "int4"},
    {"precision": "bfloat16"},
    {"precision": "q4_K_M"},
    {"precision": "MXFP4"},
    {"stack": "ollama"},
    {"stack": "vllm-2024", "hardware": "a100-80gb"},
    {"hardware": "h200", "stack": "vllm-2025", "devices": 2},
    {"params_b": 70.0},
    {"params_b": 46.7, "active_params_b": 12.9},
    {"params_b": 600.0, "active_params_b": 37.0, "hardware": "b200"},
    {"active_params_b": 5.0},
    {"reasoning_tokens": 2000},
    {"reasoning_tokens": 1, "region": "FR", "pue": 1.3},
    {"power_model": "paper", "region": "FR", "pue": 1.2},
    {"power_model": "rice-paper", "hardware": "h100-sxm", "devices": 4},
)
BAD: tuple[dict[str, Any], ...] = (
    {"prompt_tokens": 0},
    {"output_tokens": -1},
    {"prompt_tokens": 1.5},
    {"output_tokens": True},
    {"hardware": "tpu-v5"},
    {"region": "atlantis"},
    {"stack": "tgi-2019"},
    {"pue": 0.5},
    {"devices": 0},
    {"batch_size": float("nan")},
    {"precision": "fp3"},
    {"power_model": "magic"},
    {"params_b": 10.0, "active_params_b": 20.0},
    {"reasoning_tokens": -5},
)


def requests() -> Iterator[dict[str, Any]]:
    """The grid of requests, each a dict of ``estimate`` keyword arguments (``model`` included)."""
    from rice_core.catalog.hardware import all_hardware
    from rice_core.catalog.models import all_models
    from rice_core.physics.stacks import STACKS

    names = [m.id for m in all_models()] + list(ALIASES)
    for name in names:
        for p, o in TOKENS:
            for pm in (None, "rice-paper"):
                yield {"model": name, "prompt_tokens": p, "output_tokens": o, "power_model": pm}
    hardware = [h.id for h in all_hardware()]
    for name in names:
        for hw in hardware:
            for stack in (None, *STACKS):
                for p, o in ((800, 300), (30_000, 2)):
                    yield {"model": name, "prompt_tokens": p, "output_tokens": o, "hardware": hw, "stack": stack}
    for name in SAMPLE:
        for config in CONFIGS:
            for p, o in ((800, 300), (3000, 1500)):
                yield {"model": name, "prompt_tokens": p, "output_tokens": o, **config}
    for config in CONFIGS:
        if "params_b" in config:
            yield {"prompt_tokens": 500, "output_tokens": 200, **config}


def row(result: Any) -> Any:
    if hasattr(result, "to_dict"):
        return result.to_dict()
    return repr(result)


def one(kwargs: dict[str, Any]) -> str:
    from rice_core.errors import InputError
    from rice_core.estimator import estimate

    try:
        value = row(estimate(**kwargs))
    except InputError as exc:
        value = f"InputError: {exc}"
    return json.dumps({"request": kwargs, "result": value}, default=repr)


def many(batch: list[dict[str, Any]]) -> list[str]:
    from rice_core.errors import InputError
    from rice_core.estimator import estimate_many

    try:
        return [json.dumps(row(r), default=repr) for r in estimate_many(batch)]
    except InputError as exc:
        return [f"InputError: {exc}"]


def main() -> int:
    import rice_core

    print(f"rice_core from {rice_core.__file__}", file=sys.stderr)
    grid = list(requests())
    out = sys.stdout
    for kwargs in grid:
        out.write(one(kwargs) + "\n")
    base = {"model": "gpt-4o", "prompt_tokens": 800, "output_tokens": 300}
    for bad in BAD:
        out.write(one({**base, **bad}) + "\n")
    # estimate_many: the whole grid at once (mixed engines and stacks), repeated rows, and columns
    for line in many(grid + grid[:50]):
        out.write("many " + line + "\n")
    columns = {"model": ["gpt-4o", "llama-3.1-8b", "o3"], "prompt_tokens": [10, 800, 5000], "output_tokens": 300}
    for line in many(columns):  # type: ignore[arg-type]
        out.write("columns " + line + "\n")
    for bad in BAD:
        for line in many([base, {**base, **bad}]):
            out.write("many-bad " + line + "\n")
    # requests asked again soon after (answered from the memos where there are some): same figures
    for start in range(0, 3000, 500):
        chunk = grid[start : start + 500]
        for kwargs in chunk + chunk:
            out.write("again " + one(kwargs) + "\n")
    for start in range(0, 2000, 40):
        chunk = grid[start : start + 40]
        for line in many(chunk) + many(chunk[::2]) + many(chunk):
            out.write("many-again " + line + "\n")
    # the same request twice with a config change in between (a memo must not return the first figure)
    for kwargs in ({**base, "pue": 1.5}, base, {**base, "region": "FR"}, base):
        out.write("repeat " + one(kwargs) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
