from huggingface_hub import InferenceClient

REPO = "HuggingFaceH4/zephyr-7b-beta"
client = InferenceClient(model=REPO, timeout=60)


def complete(prompt: str) -> str:
    return client.text_generation(prompt, max_new_tokens=200, temperature=0.7)


def chat(question: str) -> str:
    out = client.chat_completion(
        messages=[{"role": "user", "content": question}],
        max_tokens=300,
    )
    return out.choices[0].message.content
