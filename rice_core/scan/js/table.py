"""The JS/TS SDK pattern table (``data/js_sdks.yaml``) as typed, cached lookups. Loaded on first use."""

from __future__ import annotations

import fnmatch
import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Method:
    sdk: str
    api: str
    prompt: tuple[str | int, ...] = ()
    model: tuple[str | int, ...] = ("model",)
    agnostic: bool = False
    require: tuple[str, ...] = ()
    derive: bool = False
    bound_only: bool = False
    model_factory: bool = False
    options: int = 0  # position of the options object among the call's arguments
    require_prompt: bool = False  # no or an empty prompt sends nothing (`ollama.generate({model})` loads the model)
    client_arg: int = -1  # `run(agent, input)` (@openai/agents): the argument holding the model object, if any
    tasks: tuple[str, ...] = ()  # derive: the first argument must name one of these (transformers.js pipeline task)


@dataclass(frozen=True)
class JsSdk:
    sdk: str
    modules: tuple[str, ...]
    classes: tuple[str, ...]
    not_classes: tuple[str, ...]
    instances: tuple[str, ...]
    bound: bool
    ctor_model: tuple[str | int, ...]
    methods: dict[str, Method]
    functions: dict[str, Method]
    commands: dict[str, Method] = field(default_factory=dict)  # AWS SDK v3: client.send(new XCommand(input))

    def owns(self, module: str) -> bool:
        return any(module.startswith(m) if m.endswith("/") else module == m for m in self.modules)

    def makes_client(self, export: str) -> bool:
        if any(fnmatch.fnmatchcase(export, pattern) for pattern in self.not_classes):
            return False
        return any(fnmatch.fnmatchcase(export, pattern) for pattern in self.classes)


@dataclass(frozen=True)
class HttpEndpoint:
    match: str  # substring of the URL: "/chat/completions", ":generateContent"
    method: Method
    pattern: str = ""  # a regex the URL must also match (the 2021 API: /v1/engines/<model>/completions)


@dataclass(frozen=True)
class JsTable:
    sdks: tuple[JsSdk, ...]
    output_keys: tuple[str, ...]
    config_keys: tuple[str, ...]
    passthrough_methods: frozenset[str]
    provider_modules: tuple[str, ...]
    http_functions: frozenset[str] = frozenset()
    http_endpoints: tuple[HttpEndpoint, ...] = ()

    def sdk_for_module(self, module: str) -> JsSdk | None:
        bare = normalize_module(module)
        return next((s for s in self.sdks if s.owns(bare)), None)

    def by_name(self, sdk: str) -> JsSdk | None:
        return next((s for s in self.sdks if s.sdk == sdk), None)

    def is_provider_module(self, module: str) -> bool:
        bare = normalize_module(module)
        return any(bare.startswith(m) if m.endswith("/") else bare == m for m in self.provider_modules)


def normalize_module(specifier: str) -> str:
    """`npm:openai@4.77.0`, `https://esm.sh/openai@4`, `@anthropic-ai/sdk@0.30` → the package name."""
    name = specifier
    for prefix in ("npm:", "jsr:"):
        name = name.removeprefix(prefix)
    if name.startswith(("https://", "http://")):
        parts = [p for p in name.split("/")[3:] if p and not (p[0] == "v" and p[1:].isdigit())]
        name = "/".join(parts[:2]) if parts and parts[0].startswith("@") else (parts[0] if parts else name)
    at = name.find("@", 1)
    return name[:at] if at > 0 and "/" not in name[at:] else name


def _method(sdk: str, raw: dict[str, Any]) -> Method:
    return Method(
        sdk=sdk,
        api=raw["api"],
        prompt=tuple(raw.get("prompt", ())),
        model=tuple(raw.get("model", ("model",))),
        agnostic=bool(raw.get("agnostic", False)),
        require=tuple(raw.get("require", ())),
        derive=bool(raw.get("derive", False)),
        bound_only=bool(raw.get("bound_only", False)),
        model_factory=bool(raw.get("model_factory", False)),
        options=int(raw.get("options", 0)),
        require_prompt=bool(raw.get("require_prompt", False)),
        client_arg=int(raw.get("client_arg", -1)),
        tasks=tuple(raw.get("tasks", ())),
    )


def _sdk(raw: dict[str, Any]) -> JsSdk:
    sdk = raw["sdk"]
    return JsSdk(
        sdk=sdk,
        modules=tuple(raw["modules"]),
        classes=tuple(raw.get("classes", ())),
        not_classes=tuple(raw.get("not_classes", ())),
        instances=tuple(raw.get("instances", ())),
        bound=bool(raw.get("bound", False)),
        ctor_model=tuple(raw.get("ctor_model", ())),
        methods={m["api"]: _method(sdk, m) for m in raw.get("methods", ())},
        functions={f["api"]: _method(sdk, f) for f in raw.get("functions", ())},
        commands={c["api"]: _method(sdk, c) for c in raw.get("commands", ())},
    )


@functools.cache
def load_table() -> JsTable:
    """Parse the packaged table once per process."""
    text = (resources.files("rice_core.scan.js") / "data" / "js_sdks.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return JsTable(
        sdks=tuple(_sdk(s) for s in raw["sdks"]),
        output_keys=tuple(raw["output_keys"]),
        config_keys=tuple(raw["config_keys"]),
        passthrough_methods=frozenset(raw.get("passthrough_methods", ())),
        provider_modules=tuple(raw["providers"]["modules"]),
        http_functions=frozenset(raw["http"]["functions"]),
        http_endpoints=tuple(_endpoint(e, tuple(raw["http"]["prompt"])) for e in raw["http"]["endpoints"]),
    )


def _endpoint(raw: dict[str, Any], prompt: tuple[str, ...]) -> HttpEndpoint:
    return HttpEndpoint(raw["match"], Method(raw["sdk"], raw["api"], prompt=prompt), raw.get("pattern", ""))
