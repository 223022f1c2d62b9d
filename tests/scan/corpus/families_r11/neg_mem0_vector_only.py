"""mem0 used as a vector memory only: search() embeds the query (no graph store), add(infer=False) stores the
messages as given, and the hosted client's calls run on mem0's side."""

from mem0 import Memory, MemoryClient

store = Memory()
hosted = MemoryClient(api_key="m0-key")


def lookup(user_id: str, text: str) -> list:
    return store.search(text, user_id=user_id)["results"]


def keep(user_id: str, text: str) -> None:
    store.add([{"role": "user", "content": text}], user_id=user_id, infer=False)


def hosted_lookup(user_id: str, text: str) -> list:
    return hosted.search(text, user_id=user_id)
