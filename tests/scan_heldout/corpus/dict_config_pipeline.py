import yaml
from openai import OpenAI

CONFIG = {
    "generator": {"model": "gpt-4o", "temperature": 0.9, "max_tokens": 800},
    "critic": {"model": "gpt-4o-mini", "temperature": 0.0, "max_tokens": 200},
}

client = OpenAI()


def generate(topic: str) -> str:
    cfg = CONFIG["generator"]
    r = client.chat.completions.create(
        model=cfg["model"],
        temperature=cfg["temperature"],
        max_tokens=cfg["max_tokens"],
        messages=[{"role": "user", "content": f"Write a short story about {topic}."}],
    )
    return r.choices[0].message.content


def critique(story: str) -> str:
    r = client.chat.completions.create(
        **CONFIG["critic"],
        messages=[{"role": "user", "content": f"Critique this story in 3 bullet points:\n{story}"}],
    )
    return r.choices[0].message.content


def load_overrides(path):
    with open(path) as fh:
        CONFIG.update(yaml.safe_load(fh))
