from typing import List

import instructor
from openai import OpenAI
from pydantic import BaseModel, Field


class Person(BaseModel):
    name: str
    age: int | None = None
    email: str | None = Field(default=None, description="Email address if present")


class People(BaseModel):
    people: List[Person]


client = instructor.from_openai(OpenAI())


def extract_people(text: str) -> People:
    return client.chat.completions.create(
        model="gpt-4o-2024-08-06",
        response_model=People,
        max_retries=2,
        messages=[
            {"role": "system", "content": "Extract every person mentioned in the text."},
            {"role": "user", "content": text},
        ],
    )


if __name__ == "__main__":
    print(extract_people("Alice (31, alice@example.com) met Bob yesterday."))
