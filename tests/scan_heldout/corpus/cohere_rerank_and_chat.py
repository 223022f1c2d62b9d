import cohere

co = cohere.ClientV2()

docs = ["Carbon is element 6.", "The Eiffel tower is in Paris.", "Water boils at 100C."]


def rerank(query: str):
    return co.rerank(model="rerank-english-v3.0", query=query, documents=docs, top_n=2)


def answer(query: str) -> str:
    top = rerank(query)
    context = "\n".join(docs[r.index] for r in top.results)
    res = co.chat(
        model="command-r-plus",
        messages=[{"role": "user", "content": f"{context}\n\n{query}"}],
        max_tokens=300,
    )
    return res.message.content[0].text
