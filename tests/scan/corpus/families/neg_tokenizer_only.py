"""Counts tokens; loads tokenizers only — no generation."""

import tiktoken
from transformers import AutoTokenizer
from vllm import SamplingParams

ENC = tiktoken.encoding_for_model("gpt-4o")
TOKENIZER = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
DEFAULT_PARAMS = SamplingParams(max_tokens=256)


def count(messages: list[dict]) -> int:
    text = TOKENIZER.apply_chat_template(messages, tokenize=False)
    return len(ENC.encode(text)) + len(TOKENIZER(text)["input_ids"])
