#!/usr/bin/env python
"""Quick commit message generator: git diff | python oneliner_scripts.py"""
import sys

import openai

diff = sys.stdin.read()[:12000]

msg = openai.OpenAI().chat.completions.create(
    model="gpt-4o",
    messages=[{"role": "user", "content": "Write a conventional commit message for:\n" + diff}],
).choices[0].message.content

print(msg)
