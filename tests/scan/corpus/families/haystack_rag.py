from haystack import Pipeline
from haystack.components.builders import PromptBuilder
from haystack.components.generators import OpenAIGenerator
from haystack.components.retrievers.in_memory import InMemoryBM25Retriever
from haystack.components.writers import DocumentWriter
from haystack.document_stores.in_memory import InMemoryDocumentStore

store = InMemoryDocumentStore()

indexing = Pipeline()
indexing.add_component("writer", DocumentWriter(document_store=store))

TEMPLATE = """Answer from the documents.
{% for doc in documents %}{{ doc.content }}{% endfor %}
Question: {{ question }}"""

rag = Pipeline()
rag.add_component("retriever", InMemoryBM25Retriever(document_store=store))
rag.add_component("prompt", PromptBuilder(template=TEMPLATE))
rag.add_component("llm", OpenAIGenerator(model="gpt-4o-mini", generation_kwargs={"max_tokens": 350}))
rag.connect("retriever", "prompt.documents")
rag.connect("prompt", "llm")


def ingest(documents: list) -> None:
    indexing.run({"writer": {"documents": documents}})


def ask(question: str) -> str:
    result = rag.run({"retriever": {"query": question}, "prompt": {"question": question}})
    return result["llm"]["replies"][0]
