"""Offline data augmentation with a local instruct model."""
import torch
from transformers import AutoTokenizer, pipeline

CHECKPOINT = "meta-llama/Llama-3.2-3B-Instruct"

tokenizer = AutoTokenizer.from_pretrained(CHECKPOINT)
sentiment = pipeline("sentiment-analysis")
generator = pipeline("text-generation", model=CHECKPOINT, torch_dtype=torch.bfloat16, device_map="auto")


def paraphrase(sentence: str, n: int = 3) -> list[str]:
    msgs = [{"role": "user", "content": f"Give {n} paraphrases of: {sentence}"}]
    out = generator(msgs, max_new_tokens=200, do_sample=True, temperature=0.9)
    return out[0]["generated_text"][-1]["content"].split("\n")


def is_positive(sentence: str) -> bool:
    return sentiment(sentence)[0]["label"] == "POSITIVE"
