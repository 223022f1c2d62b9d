import torch
from transformers import pipeline

generator = pipeline(
    "text-generation",
    model="Qwen/Qwen2.5-1.5B-Instruct",
    torch_dtype=torch.bfloat16,
    device_map="auto",
)
sentiment = pipeline("sentiment-analysis")


def reply(user_text: str) -> str:
    messages = [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": user_text},
    ]
    out = generator(messages, max_new_tokens=256)
    return out[0]["generated_text"][-1]["content"]


def mood(text: str) -> str:
    return sentiment(text)[0]["label"]
