"""Support bot: the sample file the real-editor tests open (the second model is unknown to R-ICE)."""
from openai import OpenAI

client = OpenAI()


def summarise(ticket: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "You are a concise support assistant. Summarise in three bullets."},
            {"role": "user", "content": "Customer says the invoice PDF is blank since the last update."},
        ],
        max_tokens=300,
    )
    return response.choices[0].message.content or ""


def classify(ticket: str) -> str:
    messages = [{"role": "user", "content": "Classify: refund or bug?"}]
    reply = client.chat.completions.create(model="acme-llm-9000", messages=messages, max_tokens=5)
    return reply.choices[0].message.content or ""
