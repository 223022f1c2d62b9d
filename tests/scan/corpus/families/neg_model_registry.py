"""Model registry and price table: names models, never calls one."""

from dataclasses import dataclass

import openai  # noqa: F401  (re-exported for plugins)


@dataclass(frozen=True)
class ModelInfo:
    name: str
    usd_per_1k_input: float
    context: int


REGISTRY = {
    "gpt-4o": ModelInfo("gpt-4o", 0.0025, 128_000),
    "gpt-4o-mini": ModelInfo("gpt-4o-mini", 0.00015, 128_000),
    "claude-3-5-sonnet": ModelInfo("claude-3-5-sonnet-20241022", 0.003, 200_000),
}


def price(model: str, prompt_tokens: int) -> float:
    return REGISTRY[model].usd_per_1k_input * prompt_tokens / 1000


def generate(model: str, messages: list) -> dict:
    """Stub the UI calls in demo mode."""
    return {"model": model, "messages": messages, "reply": "demo"}


result = generate("gpt-4o", [{"role": "user", "content": "hi"}])
