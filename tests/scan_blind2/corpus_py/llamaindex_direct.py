from llama_index.core.llms import ChatMessage
from llama_index.llms.anthropic import Anthropic
from llama_index.llms.openai import OpenAI

gpt = OpenAI(model="gpt-4o-mini", temperature=0.1)
claude = Anthropic(model="claude-3-haiku-20240307", max_tokens=256)


def complete(text: str) -> str:
    return gpt.complete(f"Continue the story: {text}").text


def chat(question: str) -> str:
    msgs = [ChatMessage(role="system", content="You are terse."), ChatMessage(role="user", content=question)]
    return str(claude.chat(msgs))
