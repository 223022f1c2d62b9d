from llama_index.llms.ollama import Ollama


def build_llm() -> Ollama:
    return Ollama(model="mistral:7b", request_timeout=120.0)
