import ollama

MODEL = "llama3.1:8b"


def chunk(text, size=800):
    return [text[i : i + size] for i in range(0, len(text), size)]


def embed_chunks(chunks):
    return [ollama.embeddings(model="nomic-embed-text", prompt=c)["embedding"] for c in chunks]


def answer(question: str, context: str) -> str:
    response = ollama.chat(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Use the context to answer. Say 'I don't know' if unsure."},
            {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
        ],
        options={"num_predict": 256, "temperature": 0.1},
    )
    return response["message"]["content"]


def quick(question: str) -> str:
    return ollama.generate(model="mistral", prompt=question)["response"]
