"""The SDK pattern table (``data/python_sdks.yaml``) as typed, cached lookups. Loaded on first use."""

from __future__ import annotations

import fnmatch
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

ArgSpec = tuple["str | int", ...]  # keyword names and positional indexes, in priority order


@dataclass(frozen=True)
class CallPattern:
    sdk: str
    api: str
    model: ArgSpec = ("model",)
    prompt: ArgSpec = ()
    agnostic: bool = False
    require: tuple[str, ...] = ()
    derive: bool = False
    cls: str | None = None  # derive / factory: the class of the returned instance
    require_prompt: bool = False  # no prompt (or an empty one) is no request: ``ollama.generate(model=m)`` loads
    off_when_false: tuple[str, ...] = ()  # a keyword given as False turns the LLM step off: mem0 ``add(infer=False)``
    needs_setting: tuple[str, ...] = ()  # the instance's settings dict must hold one of these keys (mem0 graph_store)
    requests: int = 1  # model requests one call always sends (mem0 add: fact extraction, then memory update)
    requests_why: str = ""


@dataclass(frozen=True)
class Factory:
    sdk: str
    api: str
    model: ArgSpec
    cls: str
    task: ArgSpec = ()
    tasks: tuple[str, ...] = ()
    strict: bool = False  # the task must be a known constant (boto3.client("s3") is not an LLM client)


@dataclass(frozen=True)
class SdkSpec:
    sdk: str
    packages: tuple[str, ...]
    classes: tuple[str, ...]
    ctor_model: ArgSpec
    ctor_prompt: ArgSpec
    methods: dict[str, CallPattern]
    functions: dict[str, CallPattern]
    factories: dict[str, Factory]
    callable: bool | tuple[str, ...]  # True: every class's instances are called to generate; or those classes
    call_prompt: ArgSpec
    chat_model: bool
    exclude_classes: tuple[str, ...] = ()
    ctor_model_override: ArgSpec = ()
    local: str | None = None  # runtime on the user's own hardware ("vllm", "llama.cpp", ...); None for hosted APIs
    default_model: str | None = None  # the SDK's documented default when nothing names a model
    configured_by: tuple[str, ...] = ()  # functions setting the module's LM: ``dspy.configure(lm=...)``
    attach: tuple[str, ...] = ()  # ``kernel.add_service(llm)`` / ``pipe.add_component(name, llm)``: the model
    attach_required: tuple[str, ...] = ()  # classes whose calls are requests only with an attached LLM

    def owns(self, qualname: str) -> bool:
        """True when ``qualname`` (e.g. ``openai.OpenAI``) is in one of this SDK's packages."""
        return any(qualname == p or qualname.startswith(p + ".") for p in self.packages)

    def has_class(self, name: str) -> bool:
        if any(fnmatch.fnmatchcase(name, pattern) for pattern in self.exclude_classes):
            return False
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in self.classes)

    def is_callable(self, cls: str) -> bool:
        """Whether calling an instance of ``cls`` directly is an LLM call (``pipe(prompt)``, legacy ``llm(prompt)``)."""
        return cls in self.callable if isinstance(self.callable, tuple) else self.callable

    def factory(self, relative: str) -> Factory | None:
        """The factory whose path ends ``relative`` (``chat_models.init_chat_model`` → ``init_chat_model``)."""
        for api, found in self.factories.items():
            if relative == api or relative.endswith("." + api):
                return found
        return None


@dataclass(frozen=True)
class ChainSpec:
    name: str  # "create_react_agent", "RetrievalQA.from_chain_type"
    llm: ArgSpec  # the chat model, an inner chain, or a model name
    prompt: ArgSpec = ()


@dataclass(frozen=True)
class HttpEndpoint:
    match: str
    api: str
    sdk: str
    pattern: str = ""  # a regex the URL must also match (Bedrock: /model/<id>/invoke)


@dataclass(frozen=True, eq=False)
class SdkTable:
    sdks: tuple[SdkSpec, ...]
    passthrough_functions: frozenset[str]
    passthrough_methods: frozenset[str]
    chain_packages: tuple[str, ...]
    chains: tuple[ChainSpec, ...]
    chain_methods: frozenset[str]
    http_methods: frozenset[str] = frozenset()
    http_body: tuple[str, ...] = ()
    http_endpoints: tuple[HttpEndpoint, ...] = ()

    @functools.cached_property
    def call_names(self) -> frozenset[str]:
        """Last name of every callee that can be an LLM call (``create``, ``invoke``, ``completion``, …)."""
        names = {api.rsplit(".", 1)[-1] for s in self.sdks for api in (*s.methods, *s.functions)}
        return frozenset(names | self.chain_methods | self.http_methods)

    @functools.cached_property
    def _module_memo(self) -> dict[str, SdkSpec | None]:
        return {}

    @functools.cached_property
    def agnostic(self) -> dict[str, list[tuple[SdkSpec, tuple[str, ...], CallPattern]]]:
        """Receiver-agnostic patterns by the last name of their path (``create`` → chat.completions.create, …)."""
        out: dict[str, list[tuple[SdkSpec, tuple[str, ...], CallPattern]]] = {}
        for spec in self.sdks:
            for api, pattern in spec.methods.items():
                if pattern.agnostic:
                    segments = tuple(api.split("."))
                    out.setdefault(segments[-1], []).append((spec, segments, pattern))
        return out

    def chain_for(self, qualname: str) -> ChainSpec | None:
        """The chain/agent constructor ``qualname`` names (``langchain.agents.AgentExecutor`` → AgentExecutor)."""
        if qualname.split(".")[0] not in self.chain_packages:
            return None
        return next((c for c in self.chains if qualname.endswith("." + c.name)), None)

    def sdk_for_module(self, qualname: str) -> SdkSpec | None:
        """The SDK whose package is the longest prefix of ``qualname`` (memoised)."""
        memo = self._module_memo
        if qualname not in memo:
            memo[qualname] = self._sdk_for_module(qualname)
        return memo[qualname]

    def _sdk_for_module(self, qualname: str) -> SdkSpec | None:
        best: tuple[int, SdkSpec | None] = (-1, None)
        for spec in self.sdks:
            for p in spec.packages:
                if (qualname == p or qualname.startswith(p + ".")) and len(p) > best[0]:
                    best = (len(p), spec)
        return best[1]

    def class_spec(self, qualname: str) -> SdkSpec | None:
        """The SDK whose client/model class ``qualname`` names, or None."""
        module, _, name = qualname.rpartition(".")
        for spec in self.sdks:
            if spec.owns(module) and spec.has_class(name):
                return spec
        return None

    def spec_by_class(self, sdk: str, cls: str) -> SdkSpec | None:
        return next((s for s in self.sdks if s.sdk == sdk and cls in s.classes), None) or next(
            (s for s in self.sdks if s.sdk == sdk), None
        )


def _args(value: Any, default: ArgSpec = ()) -> ArgSpec:
    return tuple(value) if value is not None else default


def _pattern(sdk: str, raw: dict[str, Any]) -> CallPattern:
    return CallPattern(
        sdk=sdk,
        api=raw["api"],
        model=_args(raw.get("model"), ("model",)),
        prompt=_args(raw.get("prompt")),
        agnostic=bool(raw.get("agnostic", False)),
        require=tuple(raw.get("require", ())),
        derive=bool(raw.get("derive", False)),
        cls=raw.get("class"),
        require_prompt=bool(raw.get("require_prompt", False)),
        off_when_false=tuple(raw.get("off_when_false", ())),
        needs_setting=tuple(raw.get("needs_setting", ())),
        requests=int(raw.get("requests", 1)),
        requests_why=str(raw.get("requests_why", "")),
    )


def _factory(sdk: str, raw: dict[str, Any]) -> Factory:
    return Factory(
        sdk=sdk,
        api=raw["api"],
        model=_args(raw.get("model")),
        cls=raw["class"],
        task=_args(raw.get("task")),
        tasks=tuple(raw.get("tasks", ())),
        strict=bool(raw.get("strict", False)),
    )


def _sdk(raw: dict[str, Any]) -> SdkSpec:
    sdk = raw["sdk"]
    return SdkSpec(
        sdk=sdk,
        packages=tuple(raw["packages"]),
        classes=tuple(raw.get("classes", ())),
        ctor_model=_args(raw.get("ctor_model"), ("model",)),
        ctor_prompt=_args(raw.get("ctor_prompt")),
        methods={m["api"]: _pattern(sdk, m) for m in raw.get("methods", ())},
        functions={f["api"]: _pattern(sdk, f) for f in raw.get("functions", ())},
        factories={f["api"]: _factory(sdk, f) for f in raw.get("factories", ())},
        callable=tuple(raw["callable"]) if isinstance(raw.get("callable"), list) else bool(raw.get("callable", False)),
        call_prompt=_args(raw.get("call_prompt"), (0,)),
        chat_model=bool(raw.get("chat_model", False)),
        exclude_classes=tuple(raw.get("exclude_classes", ())),
        ctor_model_override=_args(raw.get("ctor_model_override")),
        local=raw.get("local"),
        default_model=raw.get("default_model"),
        configured_by=tuple(raw.get("configured_by", ())),
        attach=tuple(raw.get("attach", ())),
        attach_required=tuple(raw.get("attach_required", ())),
    )


@functools.cache
def load_table() -> SdkTable:
    """Parse the packaged pattern table once per process."""
    text = (resources.files("rice_core.scan.python") / "data" / "python_sdks.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = yaml.load(text, Loader=loader)
    return SdkTable(
        sdks=tuple(_sdk(s) for s in raw["sdks"]),
        passthrough_functions=frozenset(raw.get("passthrough_functions", ())),
        passthrough_methods=frozenset(raw.get("passthrough_methods", ())),
        chain_packages=tuple(raw.get("chain_packages", ())),
        chains=tuple(ChainSpec(c["name"], _args(c.get("llm")), _args(c.get("prompt"))) for c in raw.get("chains", ())),
        chain_methods=frozenset(raw.get("chain_methods", ())),
        http_methods=frozenset(raw.get("http", {}).get("methods", ())),
        http_body=tuple(raw.get("http", {}).get("body", ())),
        http_endpoints=tuple(HttpEndpoint(**e) for e in raw.get("http", {}).get("endpoints", ())),
    )
