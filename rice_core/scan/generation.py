"""Calls that reach an LLM API but generate no text: embedding models, and image or video models sent through a
multi-modal endpoint (Bedrock ``invoke_model``/``InvokeModelCommand`` with Stable Diffusion, Titan Image, Nova
Canvas). Shared by the Python and JS/TS front ends, which drop such calls after building them."""

from __future__ import annotations

import re

from rice_core.scan.callsite import CallSite

# Model-id fragments of non-text models (sources: the Bedrock model-id list,
# https://docs.aws.amazon.com/bedrock/latest/userguide/model-ids.html; OpenAI and Google image model names).
_NOT_TEXT = re.compile(
    r"embed|stable-diffusion|stable-image|stability\.|sdxl|\bsd3|titan-image|nova-canvas|nova-reel|dall-e|imagen|"
    r"gpt-image|flux|rerank|"
    # encoder, speech and vision model families served by the same endpoints (Hugging Face Inference URLs, pipelines)
    r"sentence-transformers/|whisper|wav2vec|distilbert|roberta|\bbert-|\bvit-|detr-|resnet|segformer|yolo|blip|"
    r"musicgen|speecht5"
)
# APIs that take any model (text, image, embedding): only there does an image context make the call an image one.
_MULTI_MODAL_APIS = frozenset(
    {"invoke_model", "invoke_model_with_response_stream", "InvokeModelCommand", "InvokeModelWithResponseStreamCommand"}
)
# image *generation* words (a function that describes or captions an image still asks a text model)
_IMAGE_WORD = re.compile(
    r"(?:generat|creat|make|draw|render|paint)\w{0,6}?_?(?:image|picture)|image_?(?:generat|creat)|text_?to_?image|"
    r"txt2img|diffusion",
    re.IGNORECASE,
)


def non_text_model(call: CallSite) -> bool:
    """A statically named model that generates no text (an embedding or image model)."""
    return call.model_source != "config-default" and _NOT_TEXT.search((call.model or "").lower()) is not None


def image_request(call: CallSite, body_text: str = "") -> bool:
    """A multi-modal API call with an unresolved model whose enclosing function or request body speaks of making
    images (``generateImage`` building ``createBodyImage(model, params)``): an image generation, not a text request
    (``caption_image``/``describe_image`` send an image to a text model and stay calls)."""
    if call.api.rsplit(".", 1)[-1] not in _MULTI_MODAL_APIS or call.model_source != "config-default":
        return False
    return _IMAGE_WORD.search(call.function or "") is not None or _IMAGE_WORD.search(body_text) is not None


def generates_text(call: CallSite, body_text: str = "") -> bool:
    """Whether the call is a text generation (keep it) rather than an embedding or image request."""
    return not (non_text_model(call) or image_request(call, body_text))
