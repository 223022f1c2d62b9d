from llama_index.core.llms import ChatMessage
from llama_index.llms.openai import OpenAI

llm = OpenAI(model="gpt-4o-mini", temperature=0.1, max_tokens=256)


def complete(text: str) -> str:
    return llm.complete(f"Continue the text:\n{text}").text


def chat(question: str) -> str:
    messages = [
        ChatMessage(role="system", content="You are a pirate with a colorful personality."),
        ChatMessage(role="user", content=question),
    ]
    return str(llm.chat(messages))
