"""Pick a provider at run time; both branches are real calls."""
import os

import anthropic
import openai

PROVIDER = os.getenv("LLM_PROVIDER", "openai")
OPENAI_MODEL = "gpt-4o"
CLAUDE_MODEL = "claude-3-7-sonnet-latest"


def complete(prompt: str, max_tokens: int = 800) -> str:
    if PROVIDER == "anthropic":
        client = anthropic.Anthropic()
        msg = client.messages.create(model=CLAUDE_MODEL, max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
        return msg.content[0].text
    client = openai.OpenAI()
    resp = client.chat.completions.create(model=OPENAI_MODEL, max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content
