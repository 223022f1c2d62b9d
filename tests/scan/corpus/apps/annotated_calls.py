from openai import OpenAI

client = OpenAI()


def nightly_digest(items: list[str]) -> str:
    # rice: volume=1/day output_tokens=1500
    r = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Write a digest of:\n" + "\n".join(items)}],
    )
    return r.choices[0].message.content


def debug_probe():
    # rice: ignore
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])


def dynamic(model_name: str, text: str):
    return client.chat.completions.create(model=model_name, messages=[{"role": "user", "content": text}])  # rice: model=gpt-4.1
