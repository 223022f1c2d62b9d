import cohere

co = cohere.ClientV2()


def rerank_explain(query: str, doc: str) -> str:
    response = co.chat(
        model="command-r-plus-08-2024",
        messages=[
            {"role": "system", "content": "Explain briefly why the document is relevant to the query."},
            {"role": "user", "content": f"Query: {query}\nDocument: {doc}"},
        ],
        max_tokens=200,
    )
    return response.message.content[0].text


legacy = cohere.Client()


def legacy_chat(message: str):
    return legacy.chat(message=message, model="command-r", preamble="You are a helpful assistant.")
