from fastapi import Depends, FastAPI
from fastapi.responses import StreamingResponse
from openai import AsyncOpenAI
from pydantic import BaseModel

app = FastAPI()


class ChatIn(BaseModel):
    message: str
    model: str = "gpt-4o-mini"


def get_llm() -> AsyncOpenAI:
    return AsyncOpenAI()


@app.post("/chat")
async def chat(body: ChatIn, llm: AsyncOpenAI = Depends(get_llm)):
    async def events():
        stream = await llm.chat.completions.create(
            model=body.model,
            messages=[{"role": "user", "content": body.message}],
            stream=True,
        )
        async for chunk in stream:
            yield f"data: {chunk.choices[0].delta.content or ''}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
