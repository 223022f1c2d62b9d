# Old script still run by the marketing team (openai==0.28)
import openai
import sys

openai.api_key_path = ".openai_key"


def tagline(product):
    r = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Write a tagline for " + product}],
        max_tokens=30,
    )
    return r["choices"][0]["message"]["content"]


def legacy_complete(prefix):
    return openai.Completion.create(engine="text-davinci-003", prompt=prefix, max_tokens=64)["choices"][0]["text"]


if __name__ == "__main__":
    print(tagline(sys.argv[1]))
