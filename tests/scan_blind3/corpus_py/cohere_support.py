import cohere

co = cohere.ClientV2()


def best_articles(query: str, articles: list[str]) -> list[str]:
    ranked = co.rerank(model="rerank-english-v3.0", query=query, documents=articles, top_n=3)
    return [articles[r.index] for r in ranked.results]


def answer(query: str, articles: list[str]) -> str:
    docs = best_articles(query, articles)
    res = co.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "user", "content": query}],
        documents=[{"id": str(i), "data": {"text": d}} for i, d in enumerate(docs)],
    )
    return res.message.content[0].text


def vectors(texts: list[str]):
    return co.embed(model="embed-english-v3.0", texts=texts, input_type="search_document", embedding_types=["float"])
