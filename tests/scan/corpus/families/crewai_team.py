from crewai import LLM, Agent, Crew, Task

writer_llm = LLM(model="anthropic/claude-3-5-sonnet-20241022", temperature=0.3)

researcher = Agent(role="Researcher", goal="Find facts", backstory="A careful analyst.", llm=writer_llm)
writer = Agent(role="Writer", goal="Write clearly", backstory="A tech journalist.", llm=writer_llm)

research = Task(description="Research {topic}.", expected_output="Bullet points", agent=researcher)
article = Task(description="Write an article on {topic}.", expected_output="600 words", agent=writer)


def run(topic: str) -> str:
    crew = Crew(agents=[researcher, writer], tasks=[research, article], verbose=False)
    return crew.kickoff(inputs={"topic": topic}).raw
