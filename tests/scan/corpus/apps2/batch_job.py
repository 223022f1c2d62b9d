"""Nightly job: classify yesterday's support tickets."""
import json
import logging
import sys
from pathlib import Path

import litellm

log = logging.getLogger("classify")
PROMPT_PATH = Path(__file__).with_name("classify_prompt.txt")


def classify(tickets: list[dict], model: str = "claude-3-haiku-20240307") -> list[str]:
    system = PROMPT_PATH.read_text() if PROMPT_PATH.exists() else "Classify the ticket."
    labels = []
    for ticket in tickets:
        # rice: volume=20000/day
        resp = litellm.completion(
            model=model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": ticket["body"]}],
            max_tokens=5,
        )
        labels.append(resp.choices[0].message.content.strip())
    return labels


if __name__ == "__main__":
    data = json.loads(Path(sys.argv[1]).read_text())
    log.info("classified %d", len(classify(data)))
