"""Raw-HTTP endpoint matching shared by the Python and JS/TS front ends: where an endpoint path sits in a URL and
the model a URL names (Gemini ``models/<m>:generateContent``, Azure ``/deployments/<d>/``, Hugging Face Inference
``/models/<owner>/<name>``, Bedrock REST ``/model/<id>/invoke``, OpenAI's 2021 ``/v1/engines/<m>/completions``)."""

from __future__ import annotations

import re

URL_MODEL = (
    re.compile(r"models/([^:/?]+):"),
    re.compile(r"/deployments/([^/?]+)/"),
    re.compile(r"huggingface\.co/(?:hf-inference/)?models/([^?]+?)(?=/v1/|/pipeline/|\?|$)"),
    re.compile(r"/model/([^/?]+)/(?:invoke|converse)"),
    re.compile(r"/engines/([^/?]+)/(?:chat/)?completions"),
)


def endpoint_in(match: str, pattern: str, url: str) -> bool:
    """``match`` in the URL as a whole path part (``/api/chat`` is not in ``/api/chat.postMessage``; a ``match``
    ending in ``/`` is a prefix), and the URL also matches ``pattern`` when one is given."""
    start = url.find(match)
    while start >= 0:
        end = start + len(match)
        if match.endswith("/") or end == len(url) or not (url[end].isalnum() or url[end] in "._-"):
            return not pattern or re.search(pattern, url) is not None
        start = url.find(match, start + 1)
    return False


def url_models(url: str) -> list[str]:
    """The models the URL names, first pattern first."""
    return [found.group(1) for pattern in URL_MODEL if (found := pattern.search(url))]
