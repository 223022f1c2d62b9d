import instructor
from openai import OpenAI
from pydantic import BaseModel


class Contact(BaseModel):
    name: str
    email: str


client = instructor.from_openai(OpenAI())


def parse_contact(text: str) -> Contact:
    return client.chat.completions.create(
        model="gpt-4o-mini",
        response_model=Contact,
        messages=[{"role": "user", "content": f"Extract the contact from: {text}"}],
    )
