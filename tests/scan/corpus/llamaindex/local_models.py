from llama_index.llms.anthropic import Anthropic
from llama_index.llms.ollama import Ollama

ollama_llm = Ollama(model="mistral:7b", request_timeout=120.0)
claude = Anthropic(model="claude-3-opus-20240229")


async def brainstorm(topic):
    fast = await ollama_llm.acomplete(f"List ten ideas about {topic}")
    good = claude.stream_complete(f"Pick the best idea and expand it:\n{fast}")
    return "".join(r.delta for r in good)
