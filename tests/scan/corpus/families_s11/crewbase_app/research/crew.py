"""A ``@CrewBase`` project: agents and tasks come from decorated methods; the crew takes ``self.agents``."""

from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task
from langchain_groq import ChatGroq


@CrewBase
class ResearchCrew:
    agents_config = "config/agents.yaml"
    tasks_config = "config/tasks.yaml"

    def __init__(self) -> None:
        self.fast_llm = ChatGroq(model_name="llama-3.1-8b-instant", temperature=0)

    @agent
    def scout(self) -> Agent:
        return Agent(config=self.agents_config["scout"], llm=self.fast_llm)

    @agent
    def writer(self) -> Agent:
        return Agent(config=self.agents_config["writer"], llm=self.fast_llm)

    @task
    def find(self) -> Task:
        return Task(config=self.tasks_config["find"], agent=self.scout())

    @task
    def write(self) -> Task:
        return Task(config=self.tasks_config["write"], agent=self.writer())

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential)
