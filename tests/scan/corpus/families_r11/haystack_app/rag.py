"""A RAG pipeline whose generator comes from a class of another module of the app."""

from haystack import Pipeline
from haystack.components.builders import PromptBuilder

from generators import Components


class Answerer:
    def __init__(self):
        self.pipeline = Pipeline()
        self.pipeline.add_component("prompt", PromptBuilder(template="Answer briefly: {{ question }}"))
        self.pipeline.add_component("llm", self._generator())
        self.pipeline.connect("prompt", "llm")

    def answer(self, question: str) -> str:
        result = self.pipeline.run({"prompt": {"question": question}})
        return result["llm"]["replies"][0]

    @staticmethod
    def _generator():
        parts = Components()
        return parts.generator()
