from huggingface_hub import InferenceClient
from transformers import pipeline

hf = InferenceClient(model="meta-llama/Llama-3.1-8B-Instruct", timeout=60)
generator = pipeline("text-generation", model="Qwen/Qwen2.5-1.5B-Instruct", device_map="auto")


def remote(q: str) -> str:
    out = hf.chat_completion(messages=[{"role": "user", "content": q}], max_tokens=300)
    return out.choices[0].message.content


def local(q: str) -> str:
    msgs = [{"role": "user", "content": q}]
    return generator(msgs, max_new_tokens=200)[0]["generated_text"][-1]["content"]
