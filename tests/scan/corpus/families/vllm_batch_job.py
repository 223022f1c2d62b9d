"""Nightly offline job: summarise yesterday's tickets with a local model."""

import json

from vllm import LLM, SamplingParams

MODEL = "Qwen/Qwen2.5-7B-Instruct-AWQ"
llm = LLM(model=MODEL, quantization="awq", max_model_len=8192)
params = SamplingParams(temperature=0.0, max_tokens=200)

TEMPLATES = [
    "Summarise this support ticket in one line: {ticket}",
    "List the product areas this ticket mentions: {ticket}",
    "Rate the customer's frustration from 1 to 5: {ticket}",
]


def run(ticket: str) -> list[str]:
    prompts = [t.format(ticket=ticket) for t in TEMPLATES]
    outputs = llm.generate(prompts, params)
    return [o.outputs[0].text for o in outputs]


def classify_pair(a: str, b: str) -> list[str]:
    outs = llm.generate(["Is this spam? " + a, "Is this spam? " + b], SamplingParams(max_tokens=5, n=2))
    return [o.outputs[0].text for o in outs]


def chat_once(question: str) -> str:
    conversation = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": question}]
    result = llm.chat(conversation, sampling_params=params)
    return json.dumps(result[0].outputs[0].text)
