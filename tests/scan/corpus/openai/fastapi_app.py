from fastapi import FastAPI
from openai import AsyncOpenAI
from pydantic import BaseModel

app = FastAPI()
llm = AsyncOpenAI()


class ChatRequest(BaseModel):
    message: str
    history: list[dict] = []


@app.post("/chat")
async def chat(req: ChatRequest):
    messages = [{"role": "system", "content": "You are Acme's shopping assistant. Be concise."}]
    messages.extend(req.history)
    messages.append({"role": "user", "content": req.message})
    completion = await llm.chat.completions.create(model="gpt-4o-mini", messages=messages, max_tokens=350)
    return {"reply": completion.choices[0].message.content}


@app.get("/health")
async def health():
    return {"ok": True}
