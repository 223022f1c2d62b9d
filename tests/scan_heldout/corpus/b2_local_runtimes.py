from ollama import AsyncClient, Client
from transformers import pipeline
from vllm import LLM, SamplingParams

ollama_client = Client(host="http://gpu-box:11434")
pipe = pipeline(task="text-generation", model="Qwen/Qwen2.5-1.5B-Instruct")
engine = LLM(model="Qwen/Qwen2.5-7B-Instruct")


def via_ollama(q: str) -> str:
    return ollama_client.chat(model="qwen2.5:7b", messages=[{"role": "user", "content": q}])["message"]["content"]


async def via_ollama_async(q: str) -> str:
    r = await AsyncClient().chat(model="phi3", messages=[{"role": "user", "content": q}])
    return r["message"]["content"]


def via_pipeline(q: str) -> str:
    return pipe(q, max_new_tokens=64)[0]["generated_text"]


def via_vllm(q: str) -> str:
    outs = engine.chat([{"role": "user", "content": q}], SamplingParams(max_tokens=128))
    return outs[0].outputs[0].text
