import asyncio

from anthropic import AsyncAnthropic

client = AsyncAnthropic()


async def guarded(prompt: str) -> str:
    try:
        resp = await asyncio.wait_for(
            client.messages.create(
                model="claude-3-5-haiku-20241022",
                max_tokens=300,
                messages=[{"role": "user", "content": prompt}],
            ),
            timeout=30,
        )
    except asyncio.TimeoutError:
        return ""
    return resp.content[0].text
