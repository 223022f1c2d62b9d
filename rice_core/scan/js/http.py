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
_SCOPES = ("function_declaration", "function_expression", "arrow_function", "method_definition", "program")
_MAX_NODES = 4000
_HANDLERS = frozenset({"arrow_function", "function_expression", "function"})  # a route handler, not a request body
_CONFIG_CALLS = frozenset({"axios", "axios.request"})


def match_http(call: Any, ev: Evaluator, table: JsTable) -> tuple[HttpEndpoint, dict[str, Any], str | None] | None:
    """(endpoint, payload key → node, model named in the URL) for an HTTP call to an LLM endpoint, else None."""
    func, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
    arg_nodes = list(args.named_children) if args is not None else []
    if func is None or not arg_nodes or text_of(func).split(".")[-1] not in table.http_functions:
        return None
    if any(a.type in _HANDLERS for a in arg_nodes[1:]):  # router.post("/v1/chat/completions", (req, res) => …)
        return None
    if len(arg_nodes) == 1 and text_of(func) in _CONFIG_CALLS:  # axios({ method: "post", url, data })
        return _from_config(ev, table, arg_nodes[0])
    return _to_endpoint(
        ev, table, arg_nodes[0], _payload(ev, text_of(func), arg_nodes[1] if len(arg_nodes) > 1 else None)
    )


def _from_config(ev: Evaluator, table: JsTable, config: Any) -> tuple[HttpEndpoint, dict[str, Any], str | None] | None:
    """`axios(config)` / `axios.request(config)`: the URL, method and JSON body sit in one request config object."""
    pairs = ev.object_pairs(config)
    method = "".join(ev.text(pairs["method"]).parts).upper() if "method" in pairs else "GET"
    if "url" not in pairs or "data" not in pairs or method != "POST":
        return None
    return _to_endpoint(ev, table, pairs["url"], ev.object_pairs(pairs["data"]))


def match_xhr(call: Any, ev: Evaluator, table: JsTable) -> tuple[HttpEndpoint, dict[str, Any], str | None] | None:
    """`xhr.send(JSON.stringify(body))` after `xhr.open("POST", URL)` in the same function (browser code without
    fetch): the request is sent by `send`, so that is the call site; the URL and method come from `open`."""
    func, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
    receiver = func.child_by_field_name("object") if func is not None and func.type == "member_expression" else None
    if receiver is None or receiver.type != "identifier" or args is None or not args.named_children:
        return None
    opened = _xhr_open(call, text_of(receiver))
    if opened is None or "".join(ev.text(opened[0]).parts).upper() != "POST":
        return None
    return _to_endpoint(ev, table, opened[1], ev.object_pairs(args.named_children[0]))


def _xhr_open(call: Any, name: str) -> tuple[Any, Any] | None:
    """(method, URL) nodes of `name.open(method, URL, ...)` in the function around ``call`` (bounded walk)."""
    scope = call.parent
    while scope is not None and scope.type not in _SCOPES:
        scope = scope.parent
    stack, seen = ([scope] if scope is not None else []), 0
    while stack and seen < _MAX_NODES:
        node, seen = stack.pop(), seen + 1
        if node.type == "call_expression" and text_of(node.child_by_field_name("function")) == name + ".open":
            args = node.child_by_field_name("arguments")
            if args is not None and len(args.named_children) >= 2:
                return args.named_children[0], args.named_children[1]
        stack.extend(node.named_children)
    return None


def _to_endpoint(
    ev: Evaluator, table: JsTable, url_node: Any, payload: dict[str, Any] | None
) -> tuple[HttpEndpoint, dict[str, Any], str | None] | None:
    """The endpoint ``url_node`` posts to with ``payload`` (None: no body at all; empty: a body built elsewhere,
    enough for an absolute provider URL, as a route forwarding `await req.json()` to api.anthropic.com)."""
    url = ev.text(url_node)
    literal = "".join(url.parts)
    endpoint = next((e for e in table.http_endpoints if endpoint_in(e.match, e.pattern, literal)), None)
    if endpoint is None:
        return None
    remote = _remote(ev, url_node, literal, url.holes, endpoint)
    if not remote and not _provider_path(literal, endpoint):
        return None
    models = url_models(literal)
    if payload is None or (not payload and not remote) or (not remote and "model" not in payload and not models):
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


def _payload(ev: Evaluator, callee: str, options: Any) -> dict[str, Any] | None:
    """The request body's keys: `body: JSON.stringify(x)`, `body: x` (ofetch), `json: x` (ky/got), or axios' data;
    None when the call sends no body."""
    pairs = ev.object_pairs(options) if options is not None else {}
    for key in _BODY_KEYS:
        if key in pairs:
            body = ev.deref(pairs[key]) or _from_caller(pairs[key])
            if body is None:  # `body` a parameter no caller in the file gives: a JSON body built elsewhere
                return {}
            json_body = key == "json"
            if body.type == "call_expression" and text_of(body.child_by_field_name("function")) == "JSON.stringify":
                inner = body.child_by_field_name("arguments")
                body = inner.named_children[0] if inner is not None and inner.named_children else body
                json_body = True
            found = ev.object_pairs(body)
            return found if found or json_body else None  # a Blob or form body is no JSON request
    if callee.endswith(".post") and options is not None and "headers" not in pairs:
        return pairs
    return None


def _from_caller(node: Any) -> Any:
    """`async function request(body) { … fetch(URL, { body }) }` called as `request(JSON.stringify(data))`: the one
    argument the file's callers pass for that parameter; the node itself when it is not a parameter."""
    from rice_core.scan.js.param_callers import caller_arguments

    if node.type not in ("identifier", "shorthand_property_identifier"):
        return node
    given = caller_arguments(node)
    return given[0] if given else None
