from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.llms.openai import OpenAI
from llama_index.llms.anthropic import Anthropic as AnthropicLLM

Settings.llm = OpenAI(model="gpt-4o-mini", temperature=0.1)

documents = SimpleDirectoryReader("data").load_data()
index = VectorStoreIndex.from_documents(documents)


def draft_title(summary: str) -> str:
    llm = AnthropicLLM(model="claude-3-haiku-20240307", max_tokens=40)
    resp = llm.complete(f"Propose a short title for this summary:\n{summary}")
    return resp.text.strip()


def chat_once(question: str) -> str:
    llm = OpenAI(model="gpt-4-turbo")
    from llama_index.core.llms import ChatMessage

    reply = llm.chat([ChatMessage(role="user", content=question)])
    return reply.message.content
