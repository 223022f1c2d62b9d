"""Counts tokens and prices prompts offline; never calls an API."""
import tiktoken

PRICES = {"gpt-4o": 2.5, "gpt-4o-mini": 0.15}


def count(text: str, model: str = "gpt-4o") -> int:
    enc = tiktoken.encoding_for_model(model)
    return len(enc.encode(text))


def cost_usd(text: str, model: str = "gpt-4o-mini") -> float:
    return count(text, model) / 1_000_000 * PRICES[model]
