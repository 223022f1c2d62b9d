"""Plain statistics helpers."""


def model_summary(rows: list[dict], precision: int = 2) -> str:
    return ", ".join(f"{k}={round(v, precision)}" for row in rows for k, v in row.items())
