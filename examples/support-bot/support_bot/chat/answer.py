"""Retrieval-augmented answers to customer questions (the hot path: every chat message lands here)."""
from __future__ import annotations

from pathlib import Path

from openai import OpenAI

from support_bot.retrieval import retrieve
from support_bot.settings import MAX_HISTORY_TURNS, TOP_K_PASSAGES

ANSWER_MODEL = "gpt-4o"
ANSWER_MAX_TOKENS = 400

SYSTEM_PROMPT = (Path(__file__).parent.parent / "prompts" / "answer_system.txt").read_text(encoding="utf-8")

client = OpenAI()


def answer(question: str, history: list[dict[str, str]]) -> str:
    passages = retrieve(question, TOP_K_PASSAGES)
    context = "\n\n".join(f"## {p.title}\n{p.text}" for p in passages)
    response = client.chat.completions.create(
        model=ANSWER_MODEL,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            *history[-MAX_HISTORY_TURNS:],
            {"role": "user", "content": f"Help-centre passages:\n{context}\n\nCustomer question: {question}"},
        ],
        max_tokens=ANSWER_MAX_TOKENS,
        temperature=0.2,
    )
    return response.choices[0].message.content or ""
