from openai import OpenAI

client = OpenAI()
TEMPLATE = "Rewrite the following product description for %s in a %s tone:\n\n%s"
DEFAULT_MODEL = "gpt-4.1-mini"


def rewrite(description, audience, tone="playful"):
    prompt = TEMPLATE % (audience, tone, description)
    completion = client.completions.create(model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=200)
    return completion.choices[0].text


def rewrite_chat(description, audience):
    return client.chat.completions.create(
        model=DEFAULT_MODEL,
        messages=[{"role": "user", "content": TEMPLATE % (audience, "neutral", description)}],
    )
