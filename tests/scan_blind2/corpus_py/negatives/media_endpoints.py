from pathlib import Path

from openai import OpenAI

client = OpenAI()


def moderate(text: str) -> bool:
    return client.moderations.create(model="omni-moderation-latest", input=text).results[0].flagged


def draw(prompt: str) -> str:
    return client.images.generate(model="dall-e-3", prompt=prompt, size="1024x1024").data[0].url


def transcribe(path: Path) -> str:
    with path.open("rb") as f:
        return client.audio.transcriptions.create(model="whisper-1", file=f).text


def speak(text: str) -> bytes:
    return client.audio.speech.create(model="tts-1", voice="alloy", input=text).content
