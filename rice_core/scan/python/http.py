"""Raw HTTP calls to LLM endpoints: ``requests.post(URL, json=body)``, ``httpx``/``aiohttp`` clients' ``.post``.

Only a URL that resolves statically to a known endpoint path makes a match, so ordinary POSTs never do."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from rice_core.scan.endpoints import endpoint_in, url_models
from rice_core.scan.local_hosts import url_runtime
from rice_core.scan.python.args import argument
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import dict_items, resolve_str
from rice_core.scan.python.sdk_table import HttpEndpoint, load_table

_HOLE = "\x00"  # a part of the URL that is not static (an API key in the query, a host from the environment)
MAX_URL_DEPTH = 8


@dataclass(frozen=True)
class HttpCall:
    endpoint: HttpEndpoint
    body: ast.expr | None
    url_model: str | None
    local: str = ""  # the local runtime serving the endpoint (Ollama's REST API, a localhost server), else ""


def match_http(node: ast.Call, scope: Scope) -> HttpCall | None:
    """The endpoint a ``.post``/``post`` call targets, when its URL is static and an LLM endpoint."""
    table = load_table()
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name not in table.http_methods:
        return None
    if name == "urlopen":  # urllib: the request object built before (or inline) carries the URL and the body
        node = _request_object(argument(node, ("url", 0)), scope)  # type: ignore[assignment]
        if node is None:
            return None
    url_arg = argument(node, ("url", 1 if name == "request" else 0))
    url = url_text(url_arg, scope) if url_arg is not None else None
    if not url or _route_registration(node, scope, url):
        return None
    endpoint = next((e for e in table.http_endpoints if endpoint_in(e.match, e.pattern, url)), None)
    if endpoint is None:
        return None
    models = url_models(url)
    model = models[0] if models and _HOLE not in models[0] else None
    body = _decoded(argument(node, table.http_body) or (argument(node, (1,)) if name == "urlopen" else None))
    if name == "urlopen" and body is None:  # a GET: nothing is posted to the model
        return None
    if _HOLE in url and not models and "model" not in (dict_items(body, scope) or {}):
        return None  # ``f"{BACKEND}/api/chat"`` with {"message": ...}: the app's own route, not a model API
    return HttpCall(endpoint, body, model, http_runtime(endpoint.sdk, url))


def _route_registration(node: ast.Call, scope: Scope, url: str) -> bool:
    """``app.add_url_rule("/api/chat", view_func=chat)``, ``router.post("/v1/chat/completions", handler)``: a bare
    path given with a function is the app's own endpoint, not a request to a model API."""
    if not url.startswith("/"):
        return False
    from rice_core.scan.python.values import binding_of

    for arg in [*node.args[1:], *(k.value for k in node.keywords)]:
        if isinstance(arg, ast.Lambda):
            return True
        binding = binding_of(arg, scope) if isinstance(arg, ast.Name) else None
        if binding is not None and isinstance(binding.value, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return True
    return False


def http_runtime(sdk: str, url: str) -> str:
    """Ollama's REST API runs on the user's machine (as ``ChatOllama`` is taken to); any other endpoint on a local
    host is the runtime its port says (local.py)."""
    return "ollama" if sdk == "http-ollama" else url_runtime(url.replace(_HOLE, "")) or ""


def _request_object(arg: ast.expr | None, scope: Scope) -> ast.Call | None:
    """``urllib.request.Request(URL, data=...)`` given to ``urlopen`` inline or through a name bound to it."""
    if isinstance(arg, ast.Name):
        from rice_core.scan.python.values import binding_of

        binding = binding_of(arg, scope)
        arg = binding.value if binding is not None and binding.kind == "assign" else None  # type: ignore[assignment]
    if not isinstance(arg, ast.Call):
        return None
    func = arg.func
    return arg if (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")) == "Request" else None


def _decoded(body: ast.expr | None) -> ast.expr | None:
    """``json.dumps(payload).encode("utf-8")`` → ``json.dumps(payload)`` (the bytes of the same JSON body)."""
    if isinstance(body, ast.Call) and isinstance(body.func, ast.Attribute) and body.func.attr == "encode":
        return body.func.value
    return body


def url_text(node: ast.expr, scope: Scope, depth: int = 0) -> str | None:
    """The URL with its unknown parts as holes (``f"{BASE}/models/{M}:generateContent?key={KEY}"``): the endpoint
    path must be static, the host and query need not be. None when nothing of it is static."""
    found = resolve_str(node, scope)
    if found.value is not None:
        return found.value
    if depth > MAX_URL_DEPTH:
        return None
    if isinstance(node, ast.JoinedStr):
        parts = [
            str(v.value) if isinstance(v, ast.Constant) else url_text(v.value, scope, depth + 1) or _HOLE
            for v in node.values
            if isinstance(v, (ast.Constant, ast.FormattedValue))
        ]
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = url_text(node.left, scope, depth + 1), url_text(node.right, scope, depth + 1)
        return None if left is None and right is None else (left or _HOLE) + (right or _HOLE)
    if isinstance(node, ast.Name):
        from rice_core.scan.python.values import binding_of

        binding = binding_of(node, scope)
        if binding is not None and binding.kind == "assign" and binding.scope is not None:
            return url_text(binding.value, binding.scope, depth + 1)  # type: ignore[arg-type]
    return None
