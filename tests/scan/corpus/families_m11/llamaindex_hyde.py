"""HyDE on LlamaIndex: the transform asks the global LLM for a hypothetical answer before retrieval."""

from llama_index.core import Settings
from llama_index.core.indices.query.query_transform import HyDEQueryTransform
from llama_index.llms.openai import OpenAI

Settings.llm = OpenAI(model="gpt-4o-mini", max_tokens=200)
hyde = HyDEQueryTransform(include_original=True)
bundle = hyde("How do I rotate an API key?")
print(bundle.embedding_strs[0])
