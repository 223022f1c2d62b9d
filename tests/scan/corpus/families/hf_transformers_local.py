import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig, pipeline

CHECKPOINT = "meta-llama/Llama-3.2-3B-Instruct"

writer = pipeline("text-generation", model=CHECKPOINT, torch_dtype=torch.bfloat16, device_map="auto")


def draft_reply(message: str) -> str:
    out = writer(f"Write a polite reply to: {message}", max_new_tokens=150, do_sample=False)
    return out[0]["generated_text"]


def load_quantised(name: str = "mistralai/Mistral-7B-Instruct-v0.3"):
    tokenizer = AutoTokenizer.from_pretrained(name)
    quant = BitsAndBytesConfig(load_in_4bit=True)
    model = AutoModelForCausalLM.from_pretrained(name, quantization_config=quant)
    return tokenizer, model


def summarise(model, tokenizer, text: str) -> str:
    inputs = tokenizer(f"Summarise: {text}", return_tensors="pt").to(model.device)
    ids = model.generate(**inputs, max_new_tokens=120)
    return tokenizer.decode(ids[0], skip_special_tokens=True)


tok, mdl = load_quantised()
print(summarise(mdl, tok, "The meeting moved to Thursday."))
