"""Embeddings only: builds a vector index, makes no chat/completion/generation call."""
import numpy as np
from openai import OpenAI

client = OpenAI()
EMBED_MODEL = "text-embedding-3-large"


def embed_batch(texts: list[str]) -> np.ndarray:
    resp = client.embeddings.create(model=EMBED_MODEL, input=texts)
    return np.array([d.embedding for d in resp.data])


def build_index(docs: list[str]) -> np.ndarray:
    vecs = [embed_batch(docs[i : i + 64]) for i in range(0, len(docs), 64)]
    return np.vstack(vecs)
