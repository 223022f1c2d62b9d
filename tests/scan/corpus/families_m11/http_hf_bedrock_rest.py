"""Raw HTTP to model APIs without an SDK: the Hugging Face Inference API (the model is the URL path) and Bedrock's
runtime REST endpoint signed by hand."""

import os

import httpx
import requests

HF_API = "https://api-inference.huggingface.co/models/"
CHAT_MODEL = "HuggingFaceH4/zephyr-7b-beta"
HEADERS = {"Authorization": f"Bearer {os.environ.get('HF_TOKEN', '')}"}


def ask(question: str) -> list:
    body = {"inputs": question, "parameters": {"max_new_tokens": 120}}
    return requests.post(HF_API + CHAT_MODEL, headers=HEADERS, json=body).json()


def ask_router(question: str) -> list:
    url = "https://router.huggingface.co/hf-inference/models/google/gemma-2-2b-it"
    return requests.post(url, headers=HEADERS, json={"inputs": question}).json()


REGION = "eu-west-1"
MODEL_ID = "meta.llama3-8b-instruct-v1:0"


def summarise(text: str, signed: dict) -> dict:
    url = f"https://bedrock-runtime.{REGION}.amazonaws.com/model/{MODEL_ID}/invoke"
    payload = {"prompt": f"Summarise:\n{text}", "max_gen_len": 256}
    with httpx.Client() as client:
        return client.post(url, headers=signed, json=payload).json()
