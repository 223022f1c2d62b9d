"""CrewAI agents sharing LangChain's Gemini text-completion LLM (not a chat model class)."""

from crewai import Agent
from langchain_google_genai import GoogleGenerativeAI, GoogleGenerativeAIEmbeddings

gemini = GoogleGenerativeAI(model="gemini-1.5-flash", temperature=0.4)
vectors = GoogleGenerativeAIEmbeddings(model="models/text-embedding-004")

helper = Agent(role="Support agent", goal="Answer {customer}", backstory="Patient and precise.", llm=gemini)
reviewer = Agent(role="Reviewer", goal="Check the answer", backstory="Strict.", llm=gemini)


def embed(text: str) -> list[float]:
    return vectors.embed_query(text)
