"""Look-alike: a class of the same name in a module nobody imports; run.py's model is not its model."""

from langchain_core.output_parsers import StrOutputParser


class CareerAdvisor:
    def __init__(self, llm):
        self.llm = llm
        self.parser = StrOutputParser()

    def suggest(self, profile: str) -> str:
        return self.llm.invoke(f"Careers for: {profile}")
