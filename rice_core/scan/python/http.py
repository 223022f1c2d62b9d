"""Raw HTTP calls to LLM endpoints: ``requests.post(URL, json=body)``, ``httpx``/``aiohttp`` clients' ``.post``.

Only a URL that resolves statically to a known endpoint path makes a match, so ordinary POSTs never do."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from rice_core.scan.python.args import argument
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import resolve_str
from rice_core.scan.python.sdk_table import HttpEndpoint, load_table

_GEMINI_MODEL = re.compile(r"models/([^:/?]+):")


@dataclass(frozen=True)
class HttpCall:
    endpoint: HttpEndpoint
    body: ast.expr | None
    url_model: str | None


def match_http(node: ast.Call, scope: Scope) -> HttpCall | None:
    """The endpoint a ``.post``/``post`` call targets, when its URL is static and an LLM endpoint."""
    table = load_table()
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name not in table.http_methods:
        return None
    url_arg = argument(node, ("url", 1 if name == "request" else 0))
    url = resolve_str(url_arg, scope).value if url_arg is not None else None
    if not url:
        return None
    endpoint = next((e for e in table.http_endpoints if e.match in url), None)
    if endpoint is None:
        return None
    found = _GEMINI_MODEL.search(url)
    return HttpCall(endpoint, argument(node, table.http_body), found.group(1) if found else None)
