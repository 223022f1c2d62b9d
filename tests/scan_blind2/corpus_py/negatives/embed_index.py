import numpy as np
from openai import OpenAI
import cohere

client = OpenAI()
co = cohere.ClientV2()


def embed(texts: list[str]) -> np.ndarray:
    resp = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return np.array([d.embedding for d in resp.data])


def rerank(query: str, docs: list[str]) -> list[int]:
    r = co.rerank(model="rerank-v3.5", query=query, documents=docs, top_n=5)
    return [x.index for x in r.results]


def cohere_embed(texts: list[str]):
    return co.embed(model="embed-english-v3.0", texts=texts, input_type="search_document", embedding_types=["float"])
