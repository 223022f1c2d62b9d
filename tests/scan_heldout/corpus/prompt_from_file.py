from pathlib import Path

from openai import OpenAI

HERE = Path(__file__).parent
SYSTEM = (HERE / "prompts" / "reviewer_system.txt").read_text()

client = OpenAI()


def review(diff: str) -> str:
    result = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": diff}],
        max_completion_tokens=1500,
    )
    return result.choices[0].message.content
