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


from langchain_core.language_models.chat_models import BaseChatModel  # noqa: E402
from langchain_core.messages import AIMessage  # noqa: E402
from langchain_core.outputs import ChatGeneration, ChatResult  # noqa: E402
from llama_index.core.llms import CompletionResponse, CustomLLM  # noqa: E402


class ParrotChat(BaseChatModel):
    """Repeats the last message: a stand-in for tests of the UI."""

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=messages[-1].content))])

    @property
    def _llm_type(self) -> str:
        return "parrot"


class StubIndexLLM(CustomLLM):
    reply: str = "stub"

    def complete(self, prompt, **kwargs):
        return CompletionResponse(text=self.reply)

    def stream_complete(self, prompt, **kwargs):
        for piece in range(1):
            yield CompletionResponse(text=self.reply, delta=str(piece))


def echo(text: str) -> str:
    return ParrotChat().invoke(text).content + StubIndexLLM().complete(text).text
