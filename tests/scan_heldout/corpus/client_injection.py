"""Functions receiving a client, as in many service layers."""
from openai import OpenAI


def classify_intent(client: OpenAI, utterance: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Classify the intent: greeting, order_status, refund, other."},
            {"role": "user", "content": utterance},
        ],
        max_tokens=5,
    )
    return r.choices[0].message.content.strip()


def make_client() -> OpenAI:
    return OpenAI(max_retries=3)


def handle(utterance: str) -> str:
    c = make_client()
    intent = classify_intent(c, utterance)
    if intent == "refund":
        follow = c.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": f"Write a polite refund acknowledgement for: {utterance}"}],
        )
        return follow.choices[0].message.content
    return intent
