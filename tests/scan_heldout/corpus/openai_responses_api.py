from openai import OpenAI

client = OpenAI()

REASONING_MODEL = "o3-mini"


def plan(task: str) -> str:
    response = client.responses.create(
        model=REASONING_MODEL,
        input=f"Make a step-by-step plan for: {task}",
        max_output_tokens=2000,
    )
    return response.output_text


def quick_answer(q: str) -> str:
    return client.responses.create(model="gpt-4.1-mini", input=q).output_text
