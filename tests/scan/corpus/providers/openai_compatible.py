"""Talk to a local vLLM / Ollama server through the OpenAI SDK."""
from openai import OpenAI

local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")


def local_chat(prompt: str, model: str = "qwen2.5:7b") -> str:
    out = local.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}], max_tokens=128)
    return out.choices[0].message.content
