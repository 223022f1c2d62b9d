from pathlib import Path

from openai import OpenAI

PROMPTS = Path(__file__).parent / "prompts"
SYSTEM = (PROMPTS / "grader_system.txt").read_text(encoding="utf-8")
client = OpenAI()


def grade(answer: str, rubric: str) -> str:
    with open(PROMPTS / "grader_user.txt") as fh:
        template = fh.read()
    msg = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": template.format(answer=answer, rubric=rubric)},
        ],
        max_tokens=300,
    )
    return msg.choices[0].message.content
