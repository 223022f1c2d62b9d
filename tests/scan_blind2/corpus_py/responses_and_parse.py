from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()


class Step(BaseModel):
    explanation: str
    output: str


class Solution(BaseModel):
    steps: list[Step]
    final_answer: str


def solve(problem: str) -> Solution:
    completion = client.beta.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[{"role": "system", "content": "Solve step by step."}, {"role": "user", "content": problem}],
        response_format=Solution,
    )
    return completion.choices[0].message.parsed


def search_answer(q: str) -> str:
    resp = client.responses.create(
        model="gpt-4.1",
        instructions="Cite sources.",
        input=q,
        tools=[{"type": "web_search_preview"}],
    )
    return resp.output_text
