import os

from crewai import LLM

llm = LLM(model="ollama/qwen2.5:7b", base_url=os.getenv("OLLAMA_HOST", "http://localhost:11434"), temperature=0.3)
