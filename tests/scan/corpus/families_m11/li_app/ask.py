"""Imports a query engine made in another module; nothing here names an SDK."""

from rag_setup import query_engine

for token in query_engine.query("How long is the warranty?").response_gen:
    print(token, end="")
