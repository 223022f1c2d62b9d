from openai import OpenAI
from pydantic import BaseModel


class CalendarEvent(BaseModel):
    name: str
    date: str
    participants: list[str]


client = OpenAI()


def parse_event(text: str) -> CalendarEvent:
    completion = client.beta.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Extract the event information."},
            {"role": "user", "content": text},
        ],
        response_format=CalendarEvent,
    )
    return completion.choices[0].message.parsed


def raw_headers(text: str):
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": text}],
    )
    print(raw.headers.get("x-ratelimit-remaining-tokens"))
    return raw.parse()
