"""A page summariser on CrewAI < 0.30: each chunk is summarised by a task run alone with ``task.execute()``."""

from crewai import LLM, Agent, Task

writer = Agent(role="Summariser", goal="Summarise web pages", backstory="A careful editor.",
               llm=LLM(model="ollama/llama3.1:8b"))


def summarise(chunks: list[str]) -> list[str]:
    out = []
    for chunk in chunks:
        task = Task(agent=writer, description=f"Summarise in two sentences:\n{chunk}")
        out.append(task.execute())
    return out
