"""Shared LLM clients for the whole service (imported by the handlers)."""
import os

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

openai_client = AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
anthropic_client = AsyncAnthropic()
