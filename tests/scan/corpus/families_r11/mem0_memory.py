"""A support bot that remembers users with mem0: facts are extracted by the configured LLM on add(), and the graph
store makes search() ask the LLM for the query's entities too."""

from mem0 import Memory

SETTINGS = {
    "llm": {"provider": "openai", "config": {"model": "gpt-4.1-mini", "temperature": 0.1}},
    "embedder": {"provider": "openai", "config": {"model": "text-embedding-3-small"}},
    "graph_store": {"provider": "neo4j", "config": {"url": "bolt://localhost:7687"}},
}
memory = Memory.from_config(SETTINGS)


def remember(user_id: str, question: str, answer: str) -> None:
    memory.add(
        [{"role": "user", "content": question}, {"role": "assistant", "content": answer}],
        user_id=user_id,
    )


def recall(user_id: str, question: str) -> list:
    found = memory.search(query=question, user_id=user_id, limit=5)
    return found["results"]


def import_notes(user_id: str, notes: list[str]) -> None:
    for note in notes:
        memory.add(note, user_id=user_id, infer=False)  # stored verbatim: no LLM step
