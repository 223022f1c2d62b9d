from functools import partial

from openai import OpenAI

client = OpenAI()

cheap_chat = partial(client.chat.completions.create, model="gpt-4o-mini", temperature=0)

ask = lambda q: client.chat.completions.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])


def tldr(text: str) -> str:
    resp = cheap_chat(messages=[{"role": "user", "content": "TL;DR: " + text}])
    return resp.choices[0].message.content


if __name__ == "__main__":
    print(ask("hello").choices[0].message.content)
    print(tldr("long text " * 20))
