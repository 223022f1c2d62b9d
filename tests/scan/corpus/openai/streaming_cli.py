import sys

import openai

client = openai.OpenAI()


def main() -> None:
    question = " ".join(sys.argv[1:]) or "Tell me a joke about compilers."
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    for chunk in stream:
        delta = chunk.choices[0].delta.content
        if delta:
            print(delta, end="", flush=True)


if __name__ == "__main__":
    main()
