"""An indexing pipeline built from the same components class: it embeds documents, no generator is added."""

from haystack import Pipeline

from generators import Components


def embed(texts: list[str]) -> dict:
    pipe = Pipeline()
    pipe.add_component("embedder", Components().embedder())
    return pipe.run({"embedder": {"text": texts[0]}})
