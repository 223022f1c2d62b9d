"""``rice estimate``: latency, energy and CO2e of one LLM request, as a rich table or ``--format json``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rice_core.cli.estimate_tokens import add_token_options, token_plan
from rice_core.errors import InputError
from rice_core.safeio import MIB, all_finite, dumps_finite, read_regular_text

MAX_PROMPT_FILE_BYTES = 16 * MIB


def register(sub: Any, name: str, help_text: str) -> None:
    p = sub.add_parser(
        name,
        help=help_text,
        description=help_text + ". A --prompt is counted as one user chat "
        "message (OpenAI's documented overhead included) with the model's tokenizer.",
    )
    p.add_argument(
        "--model", "-m", metavar="NAME", help="model name as written in code, e.g. gpt-4o-mini (see `rice models`)"
    )
    p.add_argument(
        "--params-b", type=float, metavar="B", help="total parameters in billions (for a model not in the catalog)"
    )
    p.add_argument("--active-params-b", type=float, metavar="B", help="active parameters per token in billions (MoE)")
    prompt = p.add_mutually_exclusive_group(required=True)
    prompt.add_argument("--prompt", metavar="TEXT", help="the prompt text")
    prompt.add_argument("--prompt-file", type=Path, metavar="FILE", help="file holding the prompt text (UTF-8)")
    prompt.add_argument("--prompt-tokens", type=int, metavar="N", help="prompt length in tokens")
    add_token_options(p)
    p.add_argument("--hardware", metavar="ID", help="accelerator id, e.g. a100-80gb, h100-sxm (see `rice hardware`)")
    p.add_argument("--devices", type=int, metavar="N", help="number of accelerators serving the model")
    p.add_argument("--batch-size", type=float, metavar="B", help="average concurrent requests sharing the devices")
    p.add_argument("--precision", metavar="P", help="fp16, bf16, fp8, int8, int4 or mxfp4")
    p.add_argument(
        "--region", metavar="R", help="grid zone: world, a country code (FR) or a cloud region (aws:us-east-1)"
    )
    p.add_argument("--grid", type=float, dest="grid_gco2e_per_kwh", metavar="G", help="grid intensity in gCO2e/kWh")
    p.add_argument("--pue", type=float, metavar="X", help="data-centre PUE (>= 1)")
    p.add_argument("--power-model", metavar="P", help="calibrated (default) or rice-paper")
    p.add_argument(
        "--stack",
        metavar="S",
        help="serving stack: vllm-2025 (hosted default), vllm-2024, megatron-2022, llama.cpp (ollama), hf-transformers",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=run)


def prompt_tokens(args: argparse.Namespace) -> int:
    """Tokens of the prompt given as a count, a text or a file (one user chat message)."""
    if args.prompt_tokens is not None:
        return int(args.prompt_tokens)
    if args.prompt_file is not None:
        try:
            text = read_regular_text(args.prompt_file, MAX_PROMPT_FILE_BYTES)  # never a FIFO or /dev/zero
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise InputError(f"--prompt-file {str(args.prompt_file)!r} cannot be read as UTF-8 text: {reason}") from exc
    else:
        text = args.prompt
    from rice_core.tokens import count_messages

    return count_messages([{"role": "user", "content": text}], args.model)


def run(args: argparse.Namespace) -> int:
    from rice_core.estimator import estimate
    from rice_core.result import Estimate, UnknownModel
    from rice_core.workload.expected import with_cap_range

    if args.model is None and args.params_b is None:
        raise InputError("give --model NAME (see `rice models`) or --params-b N for a model not in the catalog")
    plan = token_plan(args)
    common: dict[str, Any] = {
        "params_b": args.params_b,
        "active_params_b": args.active_params_b,
        "prompt_tokens": prompt_tokens(args),
        "hardware": args.hardware,
        "devices": args.devices,
        "batch_size": args.batch_size,
        "precision": args.precision,
        "pue": args.pue,
        "region": args.region,
        "grid_gco2e_per_kwh": args.grid_gco2e_per_kwh,
        "power_model": args.power_model,
        "stack": args.stack,
    }
    result = estimate(args.model, output_tokens=plan.output_tokens, reasoning_tokens=plan.reasoning.tokens, **common)
    if isinstance(result, Estimate):
        at_cap = None
        if plan.high_decode_tokens > plan.output_tokens + plan.reasoning.tokens:  # the range's high end: the cap
            found = estimate(args.model, output_tokens=plan.high_decode_tokens, **common)
            at_cap = found if isinstance(found, Estimate) else None
        result = with_cap_range(result, plan, at_cap)
    if isinstance(result, UnknownModel):
        hint = f"; did you mean: {', '.join(result.suggestions)}?" if result.suggestions else ""
        raise InputError(f"unknown model {result.name!r}{hint} (or give --params-b)")
    figures = result.to_dict()
    if not all_finite(figures):  # e.g. sizes far beyond any model: the formulas overflow
        raise InputError("these inputs are outside the range the estimator can compute (a figure is not finite)")
    if args.format == "json":
        print(dumps_finite(figures, indent=2))
        return 0
    from rich.console import Console

    from rice_core.cli.estimate_view import render_estimate

    Console().print(render_estimate(result))
    return 0
