import logging

from openai import OpenAI

log = logging.getLogger("ratelimits")
client = OpenAI()
MODEL = "gpt-4o"


def ask_with_headers(question: str) -> str:
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL,
        messages=[{"role": "user", "content": question}],
    )
    log.info("remaining=%s", raw.headers.get("x-ratelimit-remaining-tokens"))
    completion = raw.parse()
    return completion.choices[0].message.content
