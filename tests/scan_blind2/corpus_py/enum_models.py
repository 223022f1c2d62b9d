from enum import Enum

from mistralai import Mistral


class Model(str, Enum):
    SMALL = "mistral-small-latest"
    CODE = "codestral-latest"


client = Mistral(api_key="...")


def fim(prefix: str, suffix: str) -> str:
    r = client.chat.complete(
        model=Model.CODE.value,
        messages=[{"role": "user", "content": f"Fill in:\n{prefix}<FILL>{suffix}"}],
        max_tokens=128,
    )
    return r.choices[0].message.content
