"""Which models a call could switch to, spelled for the route the code already uses.

A model name in code carries its route: ``ollama/llama3.1:8b`` (a local Ollama), ``us.anthropic.claude-…-v1:0``
(Bedrock), ``openrouter/anthropic/claude-3.5-sonnet`` or ``anthropic/claude-3.5-sonnet`` (OpenRouter),
``anthropic/claude-…`` or ``openai:gpt-4o`` (a vendor's API through litellm / LangChain), or a bare vendor id. A
switch keeps that route and its prefixes, so the call still goes to the same runtime, priced on the same provider
profile. Targets: the same vendor's models of the same or a lighter tier; on routes that serve several vendors
(OpenRouter, Bedrock, Ollama) also other vendors' models of the same tier. Models without a tier entry, and names
whose route cannot be spelled for the target, get nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rice_core.catalog._names import provider_prefix
from rice_core.catalog.models import lookup_model
from rice_core.catalog.tiers import TierEntry, all_tiers, tier_of

_BEDROCK_REGION = re.compile(r"^(?:us|eu|apac|au|ca|jp|us-gov|global)\.", re.I)
_API_PREFIX = re.compile(
    r"^(openai|anthropic|gemini|vertex_ai|mistral|deepseek)/|^(openai|anthropic|google_genai|mistralai):"
)


@dataclass(frozen=True)
class Route:
    kind: str  # "ollama" | "bedrock" | "openrouter" | "api"
    spell: Callable[[TierEntry], str | None]  # the target's name on this route, prefixes kept
    multi_vendor: bool


@dataclass(frozen=True)
class Switch:
    model_id: str  # target catalog id
    text: str  # the model name to write
    tier: str
    from_tier: str
    same_vendor: bool
    same_family: bool


def route_of(written: str, entry: TierEntry) -> Route | None:
    """The route ``written`` (the model name in code, resolving to ``entry``'s model) uses, or ``None``."""
    text = written.strip()
    lower = text.lower()
    router_id = entry.routes.get("openrouter", "").lower()
    if router_id and lower.endswith(router_id) and lower[: len(lower) - len(router_id)] in ("", "openrouter/"):
        outer = text[: len(text) - len(router_id)]
        return Route("openrouter", lambda t: _join(outer, t.routes.get("openrouter")), True)
    prefix = provider_prefix(text)
    outer, _, inner = text.rpartition("/")
    outer = outer + "/" if outer else ""
    if prefix in ("ollama", "ollama_chat"):
        tag = entry.routes.get("ollama", "")
        rest = inner[len(tag) :]
        if not tag or not inner.lower().startswith(tag.lower()) or rest[:1] not in ("", "-"):
            return None
        # a tag suffix (-instruct-q8_0) follows the vendor's naming: carried only to the same vendor's models
        return Route("ollama", lambda t: _join(outer, t.routes.get("ollama"), rest), not rest)
    if prefix == "bedrock":
        region = _BEDROCK_REGION.match(inner)
        head = outer + (region.group(0) if region else "")
        return Route("bedrock", lambda t: _join(head, t.routes.get("bedrock")), True)
    api = _API_PREFIX.match(text)
    if api is not None:
        return Route("api", lambda t: _join(api.group(0), t.routes.get("api")), False)
    if prefix is None and "/" not in text:
        return Route("api", lambda t: t.routes.get("api"), False)
    return None


def _join(head: str, name: str | None, tail: str = "") -> str | None:
    return None if name is None else f"{head}{name}{tail}"


def switch_targets(written: str) -> list[Switch]:
    """Every model ``written`` could be switched to on its own route, unordered and not yet priced."""
    spec = lookup_model(written)
    entry = tier_of(spec.id) if spec is not None else None
    route = route_of(written, entry) if entry is not None else None
    if spec is None or entry is None or route is None:
        return []
    out = []
    for other in all_tiers():
        other_spec = lookup_model(other.model_id)
        if other.model_id == entry.model_id or other_spec is None or other.rank < entry.rank:
            continue
        same_vendor = other_spec.provider == spec.provider
        if not same_vendor and not (route.multi_vendor and other.rank == entry.rank):
            continue
        text = route.spell(other)
        if text is None or not _same_route(text, other, route.kind):
            continue
        out.append(
            Switch(
                model_id=other.model_id,
                text=text,
                tier=other.tier,
                from_tier=entry.tier,
                same_vendor=same_vendor,
                same_family=other_spec.family == spec.family,
            )
        )
    return out


def _same_route(text: str, target: TierEntry, kind: str) -> bool:
    """The rewritten name resolves to the target and stays on the same kind of route."""
    found = lookup_model(text)
    if found is None or found.id != target.model_id:
        return False
    again = route_of(text, target)
    return again is not None and again.kind == kind
