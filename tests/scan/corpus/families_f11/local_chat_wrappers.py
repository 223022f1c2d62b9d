"""Chat wrappers and LlamaIndex classes around local runtimes: priced where the wrapped runtime runs."""

from langchain_community.chat_models import ChatLlamaCpp
from langchain_huggingface import ChatHuggingFace, HuggingFaceEndpoint, HuggingFacePipeline
from llama_index.llms.llama_cpp import LlamaCPP

gguf_chat = ChatLlamaCpp(model_path="./weights/gemma-2-2b-it.Q8_0.gguf", max_tokens=128)
local_chat = ChatHuggingFace(
    llm=HuggingFacePipeline.from_model_id(model_id="microsoft/Phi-3.5-mini-instruct", task="text-generation")
)
hosted_chat = ChatHuggingFace(llm=HuggingFaceEndpoint(repo_id="HuggingFaceH4/zephyr-7b-beta", max_new_tokens=200))
index_llm = LlamaCPP(model_path="./weights/mistral-7b-instruct-v0.2.Q4_K_M.gguf", max_new_tokens=300)


def rhyme(word: str) -> str:
    return gguf_chat.invoke(f"Give a rhyme for {word}.").content


def explain(topic: str) -> str:
    return local_chat.invoke([("system", "Explain simply."), ("user", topic)]).content


def hosted(topic: str) -> str:
    return hosted_chat.invoke(topic).content


def complete(text: str) -> str:
    return index_llm.complete(text).text
