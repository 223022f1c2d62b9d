"""Route a request to a model tier."""
from typing import Literal

from anthropic import Anthropic

MODELS = {
    "fast": "claude-3-5-haiku-latest",
    "balanced": "claude-sonnet-4-20250514",
    "deep": "claude-opus-4-1-20250805",
}

client = Anthropic()


def run_tier(prompt: str, tier: Literal["fast", "balanced", "deep"]) -> str:
    out = client.messages.create(
        model=MODELS[tier],
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    )
    return out.content[0].text


def quick_title(text: str) -> str:
    out = client.messages.create(
        model=MODELS["fast"],
        max_tokens=20,
        messages=[{"role": "user", "content": f"Give a 5-word title for: {text}"}],
    )
    return out.content[0].text
