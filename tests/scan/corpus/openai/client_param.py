from openai import AsyncOpenAI, OpenAI


def generate_title(client: OpenAI, body: str) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Suggest a title for this blog post:\n" + body}],
        max_tokens=20,
    )
    return out.choices[0].message.content


async def generate_tags(client: "AsyncOpenAI", body: str, model: str = "gpt-4.1-nano") -> list[str]:
    out = await client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": f"Five comma-separated tags for:\n{body}"}],
    )
    return [t.strip() for t in (out.choices[0].message.content or "").split(",")]
