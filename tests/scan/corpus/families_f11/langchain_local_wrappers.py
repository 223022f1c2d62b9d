"""LangChain community wrappers of local runtimes: priced on the user's hardware."""

from langchain_community.llms import VLLM, LlamaCpp
from langchain_huggingface import HuggingFacePipeline
from transformers import pipeline

WEIGHTS = "./models/phi-3-mini-4k-instruct.Q4_K_M.gguf"

cpp = LlamaCpp(model_path=WEIGHTS, n_ctx=4096, max_tokens=200, temperature=0.2)
offline = VLLM(model="mistralai/Mistral-7B-Instruct-v0.3", max_new_tokens=160, trust_remote_code=True)
hub = HuggingFacePipeline.from_model_id(
    model_id="Qwen/Qwen2.5-0.5B-Instruct", task="text-generation", pipeline_kwargs={"max_new_tokens": 96}
)
generator = pipeline("text-generation", model="HuggingFaceTB/SmolLM2-360M-Instruct")
wrapped = HuggingFacePipeline(pipeline=generator)


def tag_line(product: str) -> str:
    return cpp.invoke(f"Write a tag line for {product}.")


def summarise(text: str) -> str:
    return offline.invoke("Summarise in two sentences:\n" + text)


def classify(ticket: str) -> str:
    return hub.invoke(f"Is this ticket about billing or shipping? {ticket}")


def greet(name: str) -> str:
    return wrapped.invoke(f"Say hello to {name}.")
