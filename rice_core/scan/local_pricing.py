"""Local inference priced as local (issue 11): a call the scanner marked ``extra["local"]`` (vLLM offline,
transformers, llama.cpp, mlx-lm, Ollama) runs on the user's own hardware, one request at a time, at the runtime's
precision and with the runtime's serving stack — not on a provider's data-centre fleet at its batch size.

Hardware: ``defaults.hardware`` from rice.yaml, else the runtime's documented local default below. Batch: 1, or for a
vLLM offline job the number of prompts it is given (``extra["local"]["batch"]``). PUE: ``defaults.pue``, else 1.0
(a workstation has no data-centre overhead). Region and grid stay the configured ones.
"""

from __future__ import annotations

from typing import Any

# runtime → hardware it is priced on when rice.yaml names none. rtx-4090: the catalog's local profiles (Ollama,
# transformers) use it as the reference consumer GPU; vLLM offline jobs run on data-centre GPUs (the catalog's
# vLLM profile: h100-sxm). Apple silicon (mlx) is not in the hardware catalog: the rtx-4090 stands in for it.
LOCAL_HARDWARE = {"vllm": "h100-sxm", "hf-transformers": "rtx-4090", "llama.cpp": "rtx-4090", "mlx": "rtx-4090"}
DEFAULT_LOCAL_HARDWARE = "rtx-4090"
# runtime → serving stack of the estimator (physics/stacks.py); mlx-lm is a single-stream runtime like llama.cpp
STACKS = {
    "vllm": "vllm",
    "hf-transformers": "hf-transformers",
    "llama.cpp": "llama.cpp",
    "mlx": "llama.cpp",
    "ollama": "ollama",
}


def local_context(call_extra: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
    """The estimator context for one call: ``context`` unchanged for hosted calls, else local overrides."""
    local = call_extra.get("local")
    if not isinstance(local, dict):
        return context
    runtime = str(local.get("stack", ""))
    out = {**context, "batch_size": max(1, int(local.get("batch", 1)))}
    out["hardware"] = context.get("hardware") or LOCAL_HARDWARE.get(runtime, DEFAULT_LOCAL_HARDWARE)
    out["pue"] = context.get("pue", 1.0)
    if local.get("precision"):
        out["precision"] = local["precision"]
    if runtime in STACKS:
        out["stack"] = STACKS[runtime]
    return out


def local_line(call_extra: dict[str, Any], hardware: str, batch: float, precision: str) -> str | None:
    """One line for the hover and the report: ``Runs on your hardware: rtx-4090 (llama.cpp, int4, batch 1)``."""
    local = call_extra.get("local")
    if not isinstance(local, dict):
        return None
    return f"Runs on your hardware: {hardware} ({local.get('stack', 'local')}, {precision}, batch {batch:g})"
