"""Chat models shared by every route."""

import os

from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

chat_model = ChatOpenAI(model=os.getenv("HELPDESK_MODEL", "gpt-4o-mini"), max_tokens=350)

SUMMARY_PROMPT = ChatPromptTemplate.from_messages(
    [("system", "Summarise the support ticket in two sentences."), ("human", "{ticket}")]
)
summary_chain = SUMMARY_PROMPT | chat_model


def make_model(name: str = "gpt-4o", temperature: float = 0.2) -> ChatOpenAI:
    """One chat model per queue."""
    return ChatOpenAI(model=name, temperature=temperature)
