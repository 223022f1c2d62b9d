"""Uploads files and lists fine-tuning jobs: OpenAI SDK calls that are not chat/completion/generation."""
from openai import OpenAI

client = OpenAI()


def upload(path: str) -> str:
    with open(path, "rb") as fh:
        return client.files.create(file=fh, purpose="fine-tune").id


def jobs():
    return [j.id for j in client.fine_tuning.jobs.list(limit=10)]


def models():
    return [m.id for m in client.models.list()]
