import os

from langchain_groq import ChatGroq
from langchain_mistralai import ChatMistralAI

mistral = ChatMistralAI(model="mistral-large-latest", max_tokens=800)
groq = ChatGroq(model=os.getenv("GROQ_MODEL", "llama-3.1-70b-versatile"))


def compare(question: str) -> dict:
    return {
        "mistral": mistral.invoke(question).content,
        "groq": groq.invoke(question).content,
    }
