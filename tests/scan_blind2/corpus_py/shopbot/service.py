"""Product Q&A and review summaries."""
from __future__ import annotations

import logging

from .clients import get_openai, openai_client
from .settings import DEFAULT_MODEL, REVIEW_MODEL

log = logging.getLogger(__name__)

SYSTEM = "You are a helpful shopping assistant. Answer only from the product data."


def answer_question(product: dict, question: str) -> str:
    resp = openai_client.chat.completions.create(
        model=DEFAULT_MODEL,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Product: {product}\n\nQuestion: {question}"},
        ],
        temperature=0.2,
    )
    return resp.choices[0].message.content or ""


def summarize_reviews(reviews: list[str]) -> str:
    joined = "\n".join(f"- {r}" for r in reviews[:50])
    client = get_openai()
    completion = client.chat.completions.create(
        model=REVIEW_MODEL,
        messages=[{"role": "user", "content": "Summarize these reviews in 3 bullets:\n" + joined}],
        max_tokens=300,
    )
    log.info("summary tokens=%s", completion.usage.total_tokens)
    return completion.choices[0].message.content
