import os

from langchain_core.tools import tool
from langchain_openai import AzureChatOpenAI, ChatOpenAI
from pydantic import BaseModel


class Sentiment(BaseModel):
    label: str
    score: float


structured_llm = ChatOpenAI(model=os.getenv("SENTIMENT_MODEL", "gpt-4o-mini"), temperature=0).with_structured_output(
    Sentiment
)

azure_llm = AzureChatOpenAI(azure_deployment="gpt-4o-prod", api_version="2024-06-01")


@tool
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def sentiment(text: str) -> Sentiment:
    return structured_llm.invoke(f"Classify the sentiment of: {text}")


def math_agent_step(question: str):
    return azure_llm.bind_tools([add]).invoke(question)
