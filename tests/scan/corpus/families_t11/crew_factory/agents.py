"""Agents made by factory methods of a class that holds one LangChain Ollama LLM for all of them."""

from crewai import Agent
from langchain_community.llms import Ollama


class ReviewTeam:
    def __init__(self):
        self.llm = Ollama(model="mistral-nemo")

    def reader(self):
        return Agent(role="Reader", goal="Summarise the draft", backstory="A careful reader.", llm=self.llm)

    def critic(self):
        return Agent(role="Critic", goal="List the weak points", backstory="A strict editor.", llm=self.llm)


class DefaultTeam:
    """Look-alike: an LLM is held, but the agents are built without it (CrewAI's default model runs them)."""

    def __init__(self):
        self.llm = Ollama(model="mistral-nemo")

    def reader(self):
        return Agent(role="Reader", goal="Summarise the draft", backstory="A careful reader.")
