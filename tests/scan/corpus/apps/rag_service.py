"""Retrieval-augmented answer service used by the support portal."""
from __future__ import annotations

import os
from dataclasses import dataclass

from openai import OpenAI

from .retriever import Retriever  # local module

ANSWER_MODEL = os.getenv("RAG_ANSWER_MODEL", "gpt-4o-mini")
REWRITE_MODEL = "gpt-4.1-nano"

REWRITE_PROMPT = """Rewrite the user question into a standalone search query.
Conversation so far:
{history}
Question: {question}
Search query:"""

ANSWER_SYSTEM = (
    "You answer questions about Acme's products. "
    "Use the numbered sources; cite them like [1]. "
    "If the sources do not contain the answer, say you don't know."
)


@dataclass
class Answer:
    text: str
    sources: list[str]


class RagService:
    def __init__(self, retriever: Retriever, client: OpenAI | None = None) -> None:
        self.retriever = retriever
        self.client = client or OpenAI()

    def _rewrite(self, question: str, history: list[str]) -> str:
        out = self.client.chat.completions.create(
            model=REWRITE_MODEL,
            messages=[{"role": "user", "content": REWRITE_PROMPT.format(history="\n".join(history), question=question)}],
            max_tokens=40,
        )
        return out.choices[0].message.content.strip()

    def answer(self, question: str, history: list[str]) -> Answer:
        query = self._rewrite(question, history) if history else question
        docs = self.retriever.search(query, k=5)
        sources = "\n".join(f"[{i + 1}] {d.text}" for i, d in enumerate(docs))
        out = self.client.chat.completions.create(
            model=ANSWER_MODEL,
            messages=[
                {"role": "system", "content": ANSWER_SYSTEM},
                {"role": "user", "content": f"Sources:\n{sources}\n\nQuestion: {question}"},
            ],
            max_tokens=700,
        )
        return Answer(out.choices[0].message.content, [d.id for d in docs])
