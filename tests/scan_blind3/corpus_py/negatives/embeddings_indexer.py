from openai import OpenAI

client = OpenAI()


def embed(texts: list[str]) -> list[list[float]]:
    res = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in res.data]


def is_flagged(text: str) -> bool:
    return client.moderations.create(model="omni-moderation-latest", input=text).results[0].flagged


def cover_image(title: str) -> str:
    return client.images.generate(model="dall-e-3", prompt=f"Book cover for {title}", size="1024x1024").data[0].url


def transcribe(path: str) -> str:
    with open(path, "rb") as f:
        return client.audio.transcriptions.create(model="whisper-1", file=f).text
