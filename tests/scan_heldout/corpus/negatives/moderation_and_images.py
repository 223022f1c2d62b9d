from openai import OpenAI

client = OpenAI()


def is_flagged(text: str) -> bool:
    return client.moderations.create(model="omni-moderation-latest", input=text).results[0].flagged


def draw(prompt: str) -> str:
    return client.images.generate(model="dall-e-3", prompt=prompt, size="1024x1024").data[0].url


def transcribe(path: str) -> str:
    with open(path, "rb") as fh:
        return client.audio.transcriptions.create(model="whisper-1", file=fh).text
