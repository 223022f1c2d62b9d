"""Docs Q&A service: one global LLM, a query engine per request."""

from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.core.prompts import PromptTemplate
from llama_index.llms.openai import OpenAI

Settings.llm = OpenAI(model="gpt-4o-mini", temperature=0.1, max_tokens=400)

ANSWER_TEMPLATE = PromptTemplate(
    "You answer questions about the internal handbook.\n"
    "Handbook excerpts:\n{context_str}\n"
    "Question: {query_str}\n"
    "Answer in two sentences."
)


def build_index(folder: str) -> VectorStoreIndex:
    documents = SimpleDirectoryReader(folder).load_data()
    return VectorStoreIndex.from_documents(documents)


class HandbookBot:
    def __init__(self, folder: str) -> None:
        self.index = build_index(folder)
        self.engine = self.index.as_query_engine(text_qa_template=ANSWER_TEMPLATE, similarity_top_k=3)

    def ask(self, question: str) -> str:
        response = self.engine.query(question)
        return str(response)
