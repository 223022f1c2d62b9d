from core.base import BaseWriter
from llama_index.core.program import LLMTextCompletionProgram
from pydantic import BaseModel


class Quiz(BaseModel):
    questions: list[str]


class QuizWriter(BaseWriter):
    def write(self, topic: str) -> Quiz:
        program = LLMTextCompletionProgram.from_defaults(
            output_cls=Quiz, prompt_template_str=self.template, llm=self.llm
        )
        return program(topic=topic)
