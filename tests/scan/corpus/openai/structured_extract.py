from pydantic import BaseModel
from openai import OpenAI


class Invoice(BaseModel):
    vendor: str
    total: float
    currency: str


client = OpenAI()


def extract_invoice(raw_text: str) -> Invoice:
    completion = client.beta.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Extract the invoice fields."},
            {"role": "user", "content": raw_text},
        ],
        response_format=Invoice,
    )
    return completion.choices[0].message.parsed


def raw_headers(raw_text: str):
    response = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": raw_text}],
    )
    return response.headers.get("x-ratelimit-remaining-tokens")
