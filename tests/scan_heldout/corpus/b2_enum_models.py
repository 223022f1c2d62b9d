from enum import Enum

import anthropic


class ClaudeModel(str, Enum):
    HAIKU = "claude-3-haiku-20240307"
    SONNET = "claude-3-5-sonnet-20241022"


client = anthropic.Anthropic()


def tag(text: str) -> str:
    msg = client.messages.create(
        model=ClaudeModel.HAIKU.value,
        max_tokens=50,
        messages=[{"role": "user", "content": f"Give 3 tags for: {text}"}],
    )
    return msg.content[0].text


def count(text: str) -> int:
    return client.messages.count_tokens(
        model=ClaudeModel.SONNET, messages=[{"role": "user", "content": text}]
    ).input_tokens
