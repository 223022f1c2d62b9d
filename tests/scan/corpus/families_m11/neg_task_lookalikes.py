"""Look-alike: a CrewAI task that is only built (never run), and a job queue's own Task class with execute()."""

from crewai import Agent, Task


class Job:
    def __init__(self, name: str) -> None:
        self.name = name

    def execute(self) -> str:
        return self.name


reviewer = Agent(role="Reviewer", goal="Review", backstory="Strict.", llm="gpt-4o-mini")
planned = Task(agent=reviewer, description="Review the release notes.")
Job("cleanup").execute()
