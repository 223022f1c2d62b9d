"""Compare several models on a small QA set."""
import csv

from openai import OpenAI

CANDIDATES = ["gpt-4o-mini", "gpt-4.1-nano", "gpt-4.1-mini"]
JUDGE_MODEL = "gpt-4o"
client = OpenAI()


def run_eval(rows: list[dict]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for name in CANDIDATES:
        ok = 0
        for row in rows:
            pred = client.chat.completions.create(
                model=name, messages=[{"role": "user", "content": row["question"]}], max_tokens=64
            ).choices[0].message.content
            verdict = client.chat.completions.create(
                model=JUDGE_MODEL,
                messages=[{"role": "user", "content": f"Q: {row['question']}\nGold: {row['answer']}\nPred: {pred}\nCorrect? yes/no"}],
                max_tokens=1,
            ).choices[0].message.content
            ok += verdict.strip().lower().startswith("y")
        scores[name] = ok / len(rows)
    return scores


if __name__ == "__main__":
    print(run_eval(list(csv.DictReader(open("qa.csv")))))
