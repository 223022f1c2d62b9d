"""Look-alike: a ``@CrewBase`` class whose agents name no LLM (CrewAI's default model), and a helper method that
is not an ``@agent`` but returns an agent with a model."""

from crewai import Agent, Crew
from crewai.project import CrewBase, agent, crew


@CrewBase
class PlainCrew:
    @agent
    def analyst(self) -> Agent:
        return Agent(role="Analyst", goal="Summarise", backstory="Careful.")

    def spare(self) -> Agent:
        return Agent(role="Spare", goal="Idle", backstory="Unused.", llm="gpt-4.1")

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)

    def go(self) -> str:
        return self.crew().kickoff(inputs={"topic": "x"})
