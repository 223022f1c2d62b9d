from llama_index.core import VectorStoreIndex
from llama_index.core.chat_engine import SimpleChatEngine
from llama_index.llms.anthropic import Anthropic
from llama_index.llms.ollama import Ollama

claude = Anthropic(model="claude-3-5-haiku-20241022", max_tokens=512)
local = Ollama(model="llama3.1:8b", request_timeout=120.0)


def support_chat(index: VectorStoreIndex, message: str) -> str:
    engine = index.as_chat_engine(llm=claude, chat_mode="condense_plus_context")
    return engine.chat(message).response


def small_talk(message: str) -> str:
    bot = SimpleChatEngine.from_defaults(llm=local, system_prompt="You are a cheerful receptionist.")
    return bot.chat(message).response


async def streaming_answer(index: VectorStoreIndex, question: str):
    engine = index.as_query_engine(llm=claude, streaming=True)
    return await engine.aquery(question)
