#!/usr/bin/env python3
"""commitgen: write a commit message from the staged diff."""
import argparse
import subprocess
import sys

from openai import OpenAI


def staged_diff() -> str:
    return subprocess.run(["git", "diff", "--cached"], capture_output=True, text=True, check=True).stdout


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="commitgen")
    p.add_argument("--model", default="gpt-4o-mini", help="OpenAI model")
    p.add_argument("--max-tokens", type=int, default=120)
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    diff = staged_diff()
    if not diff:
        print("nothing staged", file=sys.stderr)
        return 1
    client = OpenAI()
    resp = client.chat.completions.create(
        model=args.model,
        max_tokens=args.max_tokens,
        messages=[
            {"role": "system", "content": "Write a conventional commit message for this diff."},
            {"role": "user", "content": diff[:12000]},
        ],
    )
    print(resp.choices[0].message.content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
