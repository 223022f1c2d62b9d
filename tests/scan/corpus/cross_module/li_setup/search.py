from llama_index.core import VectorStoreIndex


def answer(index: VectorStoreIndex, question: str) -> str:
    return str(index.as_query_engine(similarity_top_k=2).query(question))
