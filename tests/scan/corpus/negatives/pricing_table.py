"""Token prices per provider, for the billing dashboard."""
PRICES = {
    "openai": {"gpt-4o": (2.50, 10.00), "gpt-4o-mini": (0.15, 0.60)},
    "anthropic": {"claude-3-5-sonnet": (3.00, 15.00)},
}


def cost(provider: str, model: str, prompt_tokens: int, completion_tokens: int) -> float:
    p_in, p_out = PRICES[provider][model]
    return (prompt_tokens * p_in + completion_tokens * p_out) / 1_000_000
