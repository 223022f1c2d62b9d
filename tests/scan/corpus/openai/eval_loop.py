"""Offline evaluation: run every test case through the model and score exact matches."""
import csv
import json
import os

from openai import OpenAI

client = OpenAI()
MODELS = ["gpt-4o-mini", "gpt-4o"]


def load_cases(path):
    with open(path) as f:
        return list(csv.DictReader(f))


def run_eval(path="cases.csv"):
    cases = load_cases(path)
    scores = {}
    for model in MODELS:
        correct = 0
        for case in cases:
            r = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": case["question"]}],
                temperature=0,
                max_tokens=64,
            )
            correct += r.choices[0].message.content.strip() == case["answer"]
        scores[model] = correct / len(cases)
    print(json.dumps(scores, indent=2))


if __name__ == "__main__":
    run_eval(os.environ.get("CASES", "cases.csv"))
