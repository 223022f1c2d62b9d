"""Look-alike: a PEFT model prepared for training; it is trained and saved, never asked to generate."""

from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

base = AutoModelForCausalLM.from_pretrained("HuggingFaceTB/SmolLM2-360M")
model = get_peft_model(base, LoraConfig(r=8, target_modules=["q_proj", "v_proj"]))
model.print_trainable_parameters()
model.train()
model.save_pretrained("./adapters/smol-lora")
