"""Customer support answer generation."""
from openai import OpenAI

client = OpenAI()

SYSTEM_PROMPT = (
    "You are a friendly support agent for Acme Cloud. "
    "Answer using only the provided knowledge base excerpts. "
    "If you do not know the answer, say so and offer to open a ticket."
)


def answer(question: str, excerpts: list[str]) -> str:
    context = "\n\n".join(excerpts)
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": f"Knowledge base:\n{context}\n\nQuestion: {question}"},
        ],
        temperature=0.2,
        max_tokens=400,
    )
    return response.choices[0].message.content
