"""Tag every new ticket with a queue so that it reaches the right team."""
from __future__ import annotations

from openai import OpenAI

CLASSIFIER_MODEL = "gpt-4o-mini"

QUEUES = ("billing", "shipping", "account", "bug", "other")
CLASSIFY_SYSTEM = (
    "You label customer-support tickets. Answer with one label from this list and nothing else: "
    + ", ".join(QUEUES)
    + "."
)

client = OpenAI()


def classify_ticket(subject: str, body: str) -> str:
    completion = client.chat.completions.create(
        model=CLASSIFIER_MODEL,
        messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": f"Subject: {subject}\n\n{body}"},
        ],
        max_tokens=5,
    )
    label = (completion.choices[0].message.content or "other").strip().lower()
    return label if label in QUEUES else "other"
