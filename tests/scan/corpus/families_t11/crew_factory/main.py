from crewai import Crew, Task

from crew_factory.agents import DefaultTeam, ReviewTeam

team = ReviewTeam()
reader = team.reader()
critic = team.critic()
summary = Task(description="Summarise the draft.", expected_output="Five bullets.", agent=reader)
review = Task(description="Criticise the summary.", expected_output="A list.", agent=critic)
Crew(agents=[reader, critic], tasks=[summary, review]).kickoff()

plain = DefaultTeam().reader()
Crew(agents=[plain], tasks=[Task(description="Summarise.", expected_output="Bullets.", agent=plain)]).kickoff()
