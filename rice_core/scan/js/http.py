"""Raw HTTP calls to LLM endpoints: `fetch("https://api.openai.com/v1/chat/completions", {body: JSON.stringify(p)})`.

Only an absolute URL that folds to a known endpoint path matches (the host may come from a variable or an env
default), so `fetch("/api/chat")` to the app's own route and ordinary POSTs never do. The JSON payload plays the
part of an SDK call's options object.
"""

from __future__ import annotations

import re
from typing import Any

from rice_core.scan.endpoints import endpoint_in, url_models
from rice_core.scan.js.parse import text_of
from rice_core.scan.js.table import HttpEndpoint, JsTable
from rice_core.scan.js.values import Evaluator

_VERSIONED = re.compile(r"/v\d+(?:beta\d*|alpha\d*)?/")
_BODY_KEYS = ("body", "json")


def match_http(call: Any, ev: Evaluator, table: JsTable) -> tuple[HttpEndpoint, dict[str, Any], str | None] | None:
    """(endpoint, payload key → node, model named in the URL) for an HTTP call to an LLM endpoint, else None."""
    func, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
    arg_nodes = list(args.named_children) if args is not None else []
    if func is None or not arg_nodes or text_of(func).split(".")[-1] not in table.http_functions:
        return None
    url = ev.text(arg_nodes[0])
    literal = "".join(url.parts)
    endpoint = next((e for e in table.http_endpoints if endpoint_in(e.match, "", literal)), None)
    if endpoint is None:
        return None
    remote = _remote(ev, arg_nodes[0], literal, url.holes, endpoint)
    if not remote and not _provider_path(literal, endpoint):
        return None
    payload = _payload(ev, text_of(func), arg_nodes[1] if len(arg_nodes) > 1 else None)
    models = url_models(literal)
    if not payload or (not remote and "model" not in payload and not models):
        return None
    return endpoint, payload, models[0] if models else None


def _provider_path(literal: str, endpoint: HttpEndpoint) -> bool:
    """`fetch("/openai/v1/chat/completions", ...)`: a same-origin proxy to the provider's own API path (versioned,
    with the model in the body or URL), not the app's route (`/api/chat`, which only an Ollama host makes a call)."""
    return literal.startswith("/") and not endpoint.match.startswith("/api/") and _VERSIONED.search(literal) is not None


def _remote(ev: Evaluator, node: Any, literal: str, holes: int, endpoint: HttpEndpoint) -> bool:
    """An absolute URL, or one whose host is unknown; Ollama's `/api/...` paths also need an Ollama host."""
    target = ev.deref(node) or node
    relative = target.type in ("string", "template_string") and text_of(target)[1:2] == "/"
    absolute = literal.startswith(("http://", "https://")) or (holes > 0 and not relative)
    if not absolute or not endpoint.match.startswith("/api/"):
        return absolute
    hint = (literal + text_of(node) + text_of(target)).lower()
    return "ollama" in hint or "11434" in hint


def _payload(ev: Evaluator, callee: str, options: Any) -> dict[str, Any]:
    """The request body's keys: `body: JSON.stringify(x)`, `body: x` (ofetch), `json: x` (ky/got), or axios' data."""
    pairs = ev.object_pairs(options) if options is not None else {}
    for key in _BODY_KEYS:
        if key in pairs:
            body = ev.deref(pairs[key]) or pairs[key]
            if body.type == "call_expression" and text_of(body.child_by_field_name("function")) == "JSON.stringify":
                inner = body.child_by_field_name("arguments")
                body = inner.named_children[0] if inner is not None and inner.named_children else body
            return ev.object_pairs(body)
    return pairs if callee.endswith(".post") and "headers" not in pairs else {}
