from fastapi import APIRouter

from .config import settings
from .llm_clients import anthropic_client, openai_client

router = APIRouter()


@router.post("/summaries")
async def summarize(body: dict):
    resp = await openai_client.chat.completions.create(
        model=settings.summary_model,
        messages=[{"role": "user", "content": "Summarize:\n" + body["text"]}],
        max_tokens=300,
    )
    return {"summary": resp.choices[0].message.content}


@router.post("/critique")
async def critique(body: dict):
    msg = await anthropic_client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1000,
        messages=[{"role": "user", "content": body["draft"]}],
    )
    return {"critique": msg.content[0].text}
