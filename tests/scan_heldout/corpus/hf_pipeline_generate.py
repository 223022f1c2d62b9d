"""Generate product descriptions locally with transformers."""
import torch
from transformers import AutoTokenizer, pipeline

MODEL_ID = "mistralai/Mistral-7B-Instruct-v0.2"

tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)
generator = pipeline(
    "text-generation",
    model=MODEL_ID,
    tokenizer=tokenizer,
    torch_dtype=torch.bfloat16,
    device_map="auto",
)


def describe(product: str) -> str:
    messages = [{"role": "user", "content": f"Write a two-sentence description of: {product}"}]
    out = generator(messages, max_new_tokens=120, do_sample=True, temperature=0.7)
    return out[0]["generated_text"][-1]["content"]


if __name__ == "__main__":
    for p in ["a steel water bottle", "noise-cancelling headphones"]:
        print(describe(p))
