from llama_index.core import Settings
from llama_index.llms.ollama import Ollama

Settings.llm = Ollama(model="qwen2.5:7b", request_timeout=90.0)
