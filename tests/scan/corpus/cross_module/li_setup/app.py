import setup_llm  # noqa: F401  (sets Settings.llm for the whole process)
from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from search import answer

if __name__ == "__main__":
    index = VectorStoreIndex.from_documents(SimpleDirectoryReader("handbook").load_data())
    print(answer(index, "How many vacation days do I get?"))
