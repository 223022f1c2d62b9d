"""Providers beyond the issue's list (reported separately)."""
from groq import Groq
from together import Together

groq_client = Groq()
together_client = Together()


def fast(prompt: str) -> str:
    r = groq_client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content


def open_model(prompt: str) -> str:
    r = together_client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=300,
    )
    return r.choices[0].message.content
