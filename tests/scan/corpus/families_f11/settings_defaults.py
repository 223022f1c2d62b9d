"""Models from an argparse default holding JSON, a Haystack generator's api_params, UI input defaults."""

import argparse
import json

import ollama
import streamlit as st
from haystack import Pipeline
from haystack.components.builders import PromptBuilder
from haystack.components.generators import HuggingFaceAPIGenerator
from vllm import LLM, SamplingParams

parser = argparse.ArgumentParser()
parser.add_argument("--engine", default='{"model": "microsoft/Phi-3-mini-4k-instruct", "max_model_len": 4096}')
args = parser.parse_args()
engine = LLM(**json.loads(args.engine))
outputs = engine.generate(["Name a prime number."], SamplingParams(max_tokens=8))

generator = HuggingFaceAPIGenerator(
    api_type="serverless_inference_api", api_params={"model": "mistralai/Mistral-Nemo-Instruct-2407"}
)
pipe = Pipeline()
pipe.add_component("prompt", PromptBuilder(template="Answer: {{ question }}"))
pipe.add_component("llm", generator)
pipe.connect("prompt", "llm")
result = pipe.run({"prompt": {"question": "Why is the sky blue?"}})

picked = st.sidebar.selectbox("Model", ["llama3.2:3b", "qwen2.5:7b", "gemma2:9b"], index=2)
reply = ollama.chat(model=picked, messages=[{"role": "user", "content": st.chat_input() or ""}])
