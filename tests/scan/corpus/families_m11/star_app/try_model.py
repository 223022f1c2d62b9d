"""Tries the fine-tuned weights; every setting comes from a star import."""

from settings import *
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained(OUTPUT_DIR)
model = AutoModelForCausalLM.from_pretrained(OUTPUT_DIR, torch_dtype="auto")
inputs = tokenizer("Once upon a time,", return_tensors="pt")
print(tokenizer.decode(model.generate(**inputs, max_new_tokens=128)[0]))
