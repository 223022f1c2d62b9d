import instructor
from anthropic import Anthropic
from openai import OpenAI
from pydantic import BaseModel


class Invoice(BaseModel):
    vendor: str
    total: float
    currency: str


oa = instructor.from_openai(OpenAI(), mode=instructor.Mode.TOOLS)
cl = instructor.from_anthropic(Anthropic())


def parse_invoice(text: str) -> Invoice:
    return oa.chat.completions.create(
        model="gpt-4o-2024-08-06",
        response_model=Invoice,
        max_retries=2,
        messages=[{"role": "user", "content": text}],
    )


def parse_invoice_claude(text: str) -> Invoice:
    return cl.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=1024,
        response_model=Invoice,
        messages=[{"role": "user", "content": text}],
    )
