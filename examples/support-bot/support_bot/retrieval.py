"""Keyword retrieval over the help-centre articles (no LLM here: cheap and deterministic)."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Passage:
    title: str
    text: str


ARTICLES = (
    Passage("Resetting your password", "Open Settings, choose Security, then Reset password. A link is e-mailed."),
    Passage("Refund policy", "Orders can be refunded within 30 days. Refunds reach the card in 5 to 10 days."),
    Passage("Shipping times", "Standard shipping takes 3 to 5 working days; express shipping takes 1 to 2."),
    Passage("Changing your plan", "Plans can be changed at any time from Billing; the difference is prorated."),
)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def retrieve(question: str, k: int) -> list[Passage]:
    """The ``k`` articles sharing the most words with the question."""
    asked = _words(question)
    ranked = sorted(ARTICLES, key=lambda p: -len(asked & _words(p.title + " " + p.text)))
    return ranked[:k]
