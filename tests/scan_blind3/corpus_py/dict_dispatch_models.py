from openai import OpenAI

TIERS = {
    "free": "gpt-4o-mini",
    "pro": "gpt-4.1",
    "reasoning": "o3",
}

client = OpenAI()


def run(tier: str, prompt: str) -> str:
    r = client.chat.completions.create(model=TIERS[tier], messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content


def deep_think(prompt: str) -> str:
    r = client.chat.completions.create(
        model=TIERS["reasoning"],
        reasoning_effort="high",
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content


HANDLERS = {
    "summary": lambda text: client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Summarise: " + text}]),
}
