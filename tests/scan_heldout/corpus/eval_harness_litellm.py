#!/usr/bin/env python
"""Run a small QA eval across providers with litellm."""
import argparse
import csv
import time

import litellm
from litellm import completion

PROVIDER = "anthropic"
MODEL_NAME = "claude-3-haiku-20240307"
JUDGE_MODEL = "gpt-4o"

litellm.drop_params = True


def load_rows(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def answer(question: str) -> str:
    r = completion(
        model=f"{PROVIDER}/{MODEL_NAME}",
        messages=[{"role": "user", "content": question}],
        max_tokens=256,
    )
    return r.choices[0].message.content


def judge(question: str, reference: str, candidate: str) -> bool:
    prompt = (
        "Is the candidate answer equivalent to the reference?\n"
        f"Question: {question}\nReference: {reference}\nCandidate: {candidate}\n"
        "Reply YES or NO."
    )
    r = litellm.completion(model=JUDGE_MODEL, messages=[{"role": "user", "content": prompt}], max_tokens=3)
    return r.choices[0].message.content.strip().upper().startswith("YES")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    args = ap.parse_args()
    rows = load_rows(args.csv)
    correct = 0
    t0 = time.time()
    for row in rows:
        cand = answer(row["question"])
        correct += judge(row["question"], row["answer"], cand)
    print(f"accuracy={correct/len(rows):.3f} in {time.time()-t0:.1f}s")


if __name__ == "__main__":
    main()
