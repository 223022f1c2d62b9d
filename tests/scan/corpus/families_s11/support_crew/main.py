from crewai import Crew

from agents import helper, reviewer
from tasks import answer, review

crew = Crew(agents=[helper, reviewer], tasks=[answer, review])
result = crew.kickoff(inputs={"customer": "ACME"})
