import argparse
import json

from openai import OpenAI


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Run the GSM8K-style eval")
    p.add_argument("--model", default="gpt-4o-2024-11-20")
    p.add_argument("--data", default="eval/gsm.jsonl")
    p.add_argument("--limit", type=int, default=200)
    return p.parse_args()


def main() -> None:
    args = parse_args()
    client = OpenAI()
    correct = 0
    rows = [json.loads(line) for line in open(args.data)][: args.limit]
    for row in rows:
        out = client.chat.completions.create(
            model=args.model,
            temperature=0,
            messages=[
                {"role": "system", "content": "Solve the problem. End with 'Answer: <number>'."},
                {"role": "user", "content": row["question"]},
            ],
        )
        correct += out.choices[0].message.content.strip().endswith(str(row["answer"]))
    print(f"{args.model}: {correct}/{len(rows)}")


if __name__ == "__main__":
    main()
