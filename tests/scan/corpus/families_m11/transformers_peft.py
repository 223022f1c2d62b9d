"""Trying a LoRA adapter: the base model is loaded in 4 bit, the adapter wrapped around it with PEFT (the name is
reused), and the adapted model generates."""

import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

BASE = "Qwen/Qwen2.5-1.5B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(BASE)
model = AutoModelForCausalLM.from_pretrained(BASE, quantization_config=BitsAndBytesConfig(load_in_4bit=True))
model = PeftModel.from_pretrained(
    model,
    "./adapters/recipes-lora",
)
merged = model.merge_and_unload()


def ask(text: str) -> str:
    inputs = tokenizer(text, return_tensors="pt")
    with torch.no_grad():
        out = merged.generate(**inputs, max_new_tokens=80)
    return tokenizer.decode(out[0], skip_special_tokens=True)
