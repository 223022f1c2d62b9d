"""Builds the app's Haystack components; which generator is used is decided here only."""

from haystack.components.embedders import SentenceTransformersTextEmbedder
from haystack_integrations.components.generators.ollama import OllamaGenerator


class Components:
    @staticmethod
    def generator():
        return OllamaGenerator(model="mistral:7b", generation_kwargs={"num_predict": 256})

    @staticmethod
    def embedder():
        return SentenceTransformersTextEmbedder(model="sentence-transformers/all-MiniLM-L6-v2")
