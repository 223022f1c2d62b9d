from openai import OpenAI

client = OpenAI()

FEW_SHOT = """Q: What is 2+2?
A: 4
Q: What is the capital of France?
A: Paris
Q: {q}
A:"""


def answer(q: str) -> str:
    r = client.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=FEW_SHOT.format(q=q),
        max_tokens=32,
        stop=["\n"],
    )
    return r.choices[0].text.strip()
