from llama_index.core.llms import ChatMessage
from llama_index.llms.openai import OpenAI as LIOpenAI

llm = LIOpenAI(model="gpt-4o", temperature=0.1, max_tokens=512)


def outline(topic: str) -> str:
    return llm.complete(f"Write a 5-point outline about {topic}.").text


def chat(history: list[tuple[str, str]], user: str) -> str:
    msgs = [ChatMessage(role=r, content=c) for r, c in history]
    msgs.append(ChatMessage(role="user", content=user))
    return llm.chat(msgs).message.content


def live(topic: str):
    for delta in llm.stream_complete(f"Explain {topic} step by step"):
        print(delta.delta, end="")
