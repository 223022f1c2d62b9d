"""Classify incoming support tickets with OpenAI."""
import json
import logging

from openai import OpenAI

logger = logging.getLogger(__name__)

TRIAGE_MODEL = "gpt-4o-mini"
SYSTEM_PROMPT = (
    "You are a support triage assistant. "
    "Classify the ticket into one of: billing, bug, feature, other. "
    "Answer with JSON {\"category\": ..., \"urgency\": 1-5}."
)

client = OpenAI()


def triage(ticket_text: str) -> dict:
    resp = client.chat.completions.create(
        model=TRIAGE_MODEL,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": ticket_text},
        ],
        response_format={"type": "json_object"},
        temperature=0,
        max_tokens=100,
    )
    try:
        return json.loads(resp.choices[0].message.content)
    except json.JSONDecodeError:
        logger.warning("bad json from model")
        return {"category": "other", "urgency": 3}
