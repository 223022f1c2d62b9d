"""Evaluation harness: the create function is bound once with functools.partial."""
from functools import partial

from openai import OpenAI

JUDGE_MODEL = "gpt-4.1"

client = OpenAI()
judge = partial(client.chat.completions.create, model=JUDGE_MODEL, temperature=0)


def grade(question: str, answer: str) -> int:
    r = judge(
        messages=[
            {"role": "system", "content": "Grade the answer from 1 to 5. Reply with the digit only."},
            {"role": "user", "content": f"Q: {question}\nA: {answer}"},
        ],
        max_tokens=1,
    )
    return int(r.choices[0].message.content)
