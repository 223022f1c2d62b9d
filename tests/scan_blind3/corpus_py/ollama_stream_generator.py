from collections.abc import Iterator

import ollama

LOCAL_MODEL = "llama3.1:8b"


def stream_answer(question: str, context: str) -> Iterator[str]:
    stream = ollama.chat(
        model=LOCAL_MODEL,
        messages=[
            {"role": "system", "content": "Answer only from the context.\n\n" + context},
            {"role": "user", "content": question},
        ],
        stream=True,
        options={"num_predict": 256},
    )
    for chunk in stream:
        yield chunk["message"]["content"]


def one_shot(prompt: str) -> str:
    client = ollama.Client(host="http://gpu-box:11434")
    return client.generate(model="qwen2.5-coder:7b", prompt=prompt)["response"]
