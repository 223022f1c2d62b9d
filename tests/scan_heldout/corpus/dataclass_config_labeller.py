"""Label a JSONL dataset with an LLM (weak supervision)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from anthropic import Anthropic


@dataclass
class LabelConfig:
    model: str = "claude-3-5-haiku-latest"
    max_tokens: int = 16
    labels: list[str] = field(default_factory=lambda: ["toxic", "safe"])


INSTRUCTIONS = "Label the text as one of {labels}. Reply with the label only."


def label_file(src: Path, dst: Path, cfg: LabelConfig = LabelConfig()) -> int:
    client = Anthropic()
    n = 0
    with src.open() as fin, dst.open("w") as fout:
        for line in fin:
            rec = json.loads(line)
            msg = client.messages.create(
                model=cfg.model,
                max_tokens=cfg.max_tokens,
                system=INSTRUCTIONS.format(labels=", ".join(cfg.labels)),
                messages=[{"role": "user", "content": rec["text"]}],
            )
            rec["label"] = msg.content[0].text.strip().lower()
            fout.write(json.dumps(rec) + "\n")
            n += 1
    return n
