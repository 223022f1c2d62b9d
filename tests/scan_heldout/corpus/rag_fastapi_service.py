import os
from typing import List

from fastapi import FastAPI, HTTPException
from openai import AsyncOpenAI
from pydantic import BaseModel

app = FastAPI(title="docs-qa")
aclient = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])

CHAT_MODEL = os.getenv("CHAT_MODEL", "gpt-4o")
EMBED_MODEL = "text-embedding-3-small"


class Question(BaseModel):
    question: str
    top_k: int = 4


class Answer(BaseModel):
    answer: str
    sources: List[str]


async def embed(text: str) -> list[float]:
    r = await aclient.embeddings.create(model=EMBED_MODEL, input=text)
    return r.data[0].embedding


def retrieve(vec, k):  # pragma: no cover - stub for vector db
    return [("doc-1", "R-ICE is a tool."), ("doc-2", "It estimates energy.")][:k]


@app.post("/ask", response_model=Answer)
async def ask(q: Question) -> Answer:
    if not q.question.strip():
        raise HTTPException(400, "empty question")
    vec = await embed(q.question)
    hits = retrieve(vec, q.top_k)
    context = "\n\n".join(f"[{doc_id}] {text}" for doc_id, text in hits)
    completion = await aclient.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Answer only from the context. Cite sources like [doc-1]."},
            {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {q.question}"},
        ],
        max_tokens=512,
    )
    return Answer(answer=completion.choices[0].message.content, sources=[h[0] for h in hits])
