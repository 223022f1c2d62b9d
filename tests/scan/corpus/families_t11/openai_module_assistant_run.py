"""Assistants run through the openai module's default client (no client object in this module)."""

import openai


async def answer(thread_id: str, assistant_id: str) -> str:
    run = await openai.beta.threads.runs.create_and_poll(
        thread_id=thread_id,
        assistant_id=assistant_id,
        instructions="Answer briefly, citing the attached file.",
    )
    return run.status
