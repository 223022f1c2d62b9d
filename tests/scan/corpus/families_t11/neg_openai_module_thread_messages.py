"""Look-alike: the openai module's thread and message book-keeping, which runs no model."""

import openai


async def history(thread_id: str) -> list:
    await openai.beta.threads.messages.create(thread_id=thread_id, role="user", content="hello")
    page = await openai.beta.threads.messages.list(thread_id)
    return list(page.data)
