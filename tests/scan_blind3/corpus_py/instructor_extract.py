from typing import Literal

import instructor
from openai import OpenAI
from pydantic import BaseModel, Field


class Lead(BaseModel):
    company: str
    seats: int = Field(ge=1)
    urgency: Literal["low", "medium", "high"]


client = instructor.from_openai(OpenAI(), mode=instructor.Mode.TOOLS)


def parse_lead(email_body: str) -> Lead:
    return client.chat.completions.create(
        model="gpt-4o-mini",
        response_model=Lead,
        max_retries=3,
        messages=[{"role": "user", "content": email_body}],
    )
