from llama_index.core import VectorStoreIndex
from llama_index.llms.ollama import Ollama

index = VectorStoreIndex.from_documents([])
query_engine = index.as_query_engine(llm=Ollama(model="gemma2:2b"), streaming=True)
