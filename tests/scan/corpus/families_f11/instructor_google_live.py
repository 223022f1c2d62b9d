"""instructor with Google (``messages.create`` alias) and a Gemini Live session opened in a method."""

import instructor
from google import genai
from pydantic import BaseModel


class Person(BaseModel):
    name: str
    age: int


extractor = instructor.from_provider("google/gemini-2.0-flash")


def extract(text: str) -> Person:
    return extractor.messages.create(messages=[{"role": "user", "content": text}], response_model=Person)


class LiveTutor:
    def __init__(self):
        self.client = None
        self.session = None

    def connect_client(self):
        self.client = genai.Client()

    async def open(self, model: str = "gemini-2.0-flash-live-001"):
        self.session = await self.client.aio.live.connect(model=model, config={"response_modalities": ["TEXT"]})

    async def say(self, text: str):
        await self.session.send(input=text, end_of_turn=True)


async def live_turn(client: genai.Client, question: str, chunks: list):
    async with client.aio.live.connect(model="gemini-live-2.5-flash-preview") as session:
        await session.send_realtime_input(text=question)
        for chunk in chunks:
            await session.send_realtime_input(audio=chunk)  # audio chunks of a turn: not requests of their own
