from openai import OpenAI

client = OpenAI()
GREETING = "こんにちは！🌸 Réponds en français, s'il te plaît."


def greet(name: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"{GREETING} {name}"}])
    return r.choices[0].message.content
