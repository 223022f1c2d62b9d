from config import llm
from crewai import Agent, Crew, Task

researcher = Agent(role="Researcher", goal="Find three facts", backstory="Careful.", llm=llm)
writer = Agent(role="Writer", goal="Write a paragraph", backstory="Concise.", llm=llm)

facts = Task(description="Three facts about {topic}", expected_output="A list", agent=researcher)
text = Task(description="A paragraph from the facts", expected_output="A paragraph", agent=writer)


def run(topic: str) -> str:
    return Crew(agents=[researcher, writer], tasks=[facts, text]).kickoff(inputs={"topic": topic}).raw
