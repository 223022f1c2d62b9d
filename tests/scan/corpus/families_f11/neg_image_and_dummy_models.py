"""Look-alikes: Bedrock image models through invoke_model, and a chain over a project-defined dummy LLM."""

import json

import boto3
from langchain.chains import RetrievalQA
from langchain_core.language_models.llms import LLM

bedrock = boto3.client("bedrock-runtime", region_name="us-west-2")


def poster(prompt: str) -> bytes:
    body = json.dumps({"text_prompts": [{"text": prompt}], "cfg_scale": 7, "steps": 30})
    return bedrock.invoke_model(modelId="stability.stable-diffusion-xl-v1", body=body)["body"].read()


def thumbnail(prompt: str) -> bytes:
    body = json.dumps({"taskType": "TEXT_IMAGE", "textToImageParams": {"text": prompt}})
    return bedrock.invoke_model(modelId="amazon.titan-image-generator-v2:0", body=body)["body"].read()


def generate_image(model_id: str, request: dict) -> bytes:
    return bedrock.invoke_model(modelId=model_id, body=json.dumps(request))["body"].read()


class CannedLLM(LLM):
    """Stands in for a model in the demo: always the same answer."""

    def _call(self, prompt: str, stop=None, run_manager=None, **kwargs) -> str:
        return "This is a placeholder answer."

    @property
    def _llm_type(self) -> str:
        return "canned"


qa = RetrievalQA.from_chain_type(llm=CannedLLM(), chain_type="stuff", retriever=None)


def ask(question: str) -> str:
    return qa.run(question)
