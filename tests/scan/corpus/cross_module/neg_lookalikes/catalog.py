"""Model names and prices for the cost report (no requests are sent from here)."""

MODELS = {"fast": "gpt-4o-mini", "smart": "gpt-4o"}
PRICES_PER_MTOK = {"gpt-4o-mini": (0.15, 0.6), "gpt-4o": (2.5, 10.0)}


def price_of(model: str, tokens_in: int, tokens_out: int) -> float:
    rate_in, rate_out = PRICES_PER_MTOK[model]
    return (tokens_in * rate_in + tokens_out * rate_out) / 1e6
