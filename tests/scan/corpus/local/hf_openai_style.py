import os

from huggingface_hub import InferenceClient

client = InferenceClient(provider="together", api_key=os.environ["HF_TOKEN"])


def ask(q):
    completion = client.chat.completions.create(
        model="deepseek-ai/DeepSeek-V3",
        messages=[{"role": "user", "content": q}],
        max_tokens=512,
    )
    return completion.choices[0].message
