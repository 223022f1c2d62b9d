from research.crew import ResearchCrew


def run() -> None:
    ResearchCrew().crew().kickoff(inputs={"topic": "solid-state batteries"})
