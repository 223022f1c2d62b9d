"""Classify and answer incoming emails with prompts from config/prompts.yaml."""
from pathlib import Path

import yaml
from anthropic import Anthropic

PROMPTS = yaml.safe_load((Path(__file__).parent / "config" / "prompts.yaml").read_text())
claude = Anthropic()
FAST = "claude-3-5-haiku-latest"
GOOD = "claude-sonnet-4-20250514"


def classify(email: str) -> str:
    out = claude.messages.create(
        model=FAST,
        max_tokens=5,
        system=PROMPTS["classify"]["system"],
        messages=[{"role": "user", "content": PROMPTS["classify"]["user"].format(email=email)}],
    )
    return out.content[0].text.strip()


def reply(email: str) -> str:
    out = claude.messages.create(
        model=GOOD,
        max_tokens=400,
        system=PROMPTS["reply"]["system"],
        messages=[{"role": "user", "content": email}],
    )
    return out.content[0].text
