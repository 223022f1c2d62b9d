"""Index documents and query them: each query is one request with Settings.llm (issue 11; was a negative)."""
from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.llms.openai import OpenAI

Settings.llm = OpenAI(model="gpt-4o")


def build_and_query(folder: str, question: str) -> str:
    documents = SimpleDirectoryReader(folder).load_data()
    index = VectorStoreIndex.from_documents(documents)
    engine = index.as_query_engine()
    return str(engine.query(question))
