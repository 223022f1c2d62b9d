from litellm import completion


def ask(question: str, temperature: float = 0.0):
    kwargs = {
        "model": "mistral/mistral-small-latest",
        "messages": [{"role": "user", "content": question}],
        "temperature": temperature,
        "max_tokens": 200,
    }
    return completion(**kwargs).choices[0].message.content
