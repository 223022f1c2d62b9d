from huggingface_hub import InferenceClient

client = InferenceClient("meta-llama/Meta-Llama-3-8B-Instruct", token="hf_xxx")


def chat(question: str) -> str:
    out = client.chat_completion(
        messages=[{"role": "user", "content": question}],
        max_tokens=500,
    )
    return out.choices[0].message.content


def complete(prefix: str) -> str:
    other = InferenceClient()
    return other.text_generation(prefix, model="mistralai/Mistral-7B-Instruct-v0.3", max_new_tokens=100)
