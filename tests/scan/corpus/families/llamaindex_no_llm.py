# A quick-start script: no LLM is configured, so LlamaIndex uses its default OpenAI model.
from llama_index.core import SimpleDirectoryReader, VectorStoreIndex

docs = SimpleDirectoryReader("data").load_data()
index = VectorStoreIndex.from_documents(docs)
query_engine = index.as_query_engine()
print(query_engine.query("What did the author do growing up?"))
