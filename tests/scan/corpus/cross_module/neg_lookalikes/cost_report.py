from catalog import MODELS, price_of

import openai


def monthly_cost(rows: list[dict]) -> float:
    model = MODELS["fast"]
    return sum(price_of(model, r["in"], r["out"]) for r in rows)


def list_models() -> list[str]:
    return [m.id for m in openai.models.list()]
