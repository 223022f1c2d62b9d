from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llm_factory import build_llm

Settings.llm = build_llm()


def ask(question: str) -> str:
    documents = SimpleDirectoryReader("docs").load_data()
    engine = VectorStoreIndex.from_documents(documents).as_query_engine(similarity_top_k=3)
    return str(engine.query(question))
