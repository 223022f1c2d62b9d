from groq import Groq
from together import Together

groq_client = Groq()
together_client = Together()


def fast_answer(q: str) -> str:
    r = groq_client.chat.completions.create(model="llama-3.3-70b-versatile", messages=[{"role": "user", "content": q}])
    return r.choices[0].message.content


def open_answer(q: str) -> str:
    r = together_client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": q}],
        max_tokens=512,
    )
    return r.choices[0].message.content
