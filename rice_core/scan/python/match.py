"""Which calls are LLM calls: match a call's callee against the SDK pattern table (imports, clients, chains),
with a receiver-agnostic fallback for distinctive method paths when the SDK is imported."""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace

from rice_core.scan.python.cli_calls import RUNNERS as CLI_RUNNERS
from rice_core.scan.python.cli_calls import ollama_cli_body
from rice_core.scan.python.fakes import is_fake_model
from rice_core.scan.python.frameworks import attached_llm
from rice_core.scan.python.http import match_http
from rice_core.scan.python.infer import Bound, Chain, Inst, LocalClass, Member, Qual, infer
from rice_core.scan.python.scopes import ModuleInfo, Scope
from rice_core.scan.python.values import binding_of, dict_items
from rice_core.scan.python.sdk_table import CallPattern, SdkSpec, load_table

_STRIPPED = frozenset({"with_raw_response", "with_streaming_response"})
LLM_RECEIVER_NAMES = frozenset({"llm", "_llm", "chat_model", "chat_llm", "llm_model"})
_LC_AGNOSTIC = frozenset({"invoke", "ainvoke", "stream", "astream", "predict", "apredict"})
_CALLED_ATTRS = frozenset({"lm", "_lm", "llm", "_llm"})  # ``handler.lm("text")``: a callable LM on an object
_ENGINE_NAMES = ("query_engine", "chat_engine", "queryengine", "chatengine")  # LlamaIndex engines built elsewhere
_LC_CHAIN_RUN = frozenset({"invoke", "ainvoke", "stream", "astream", "batch", "abatch", "run", "arun"})


def _chain_like(name: str) -> bool:
    """``rag_chain``, ``qa_chain``, ``agent``, ``agent_executor``: a LangChain runnable built elsewhere."""
    bare = name.lstrip("_").lower()
    return bare.endswith(("chain", "agent")) or bare in ("agent_executor", "executor")


def _langserve_client(info: ModuleInfo) -> bool:
    """The module imports LangServe's ``RemoteRunnable``: an unknown chain there is most likely a client of the
    app's own LangServe server (the server's chain is the LLM call, not this HTTP request)."""
    return any(
        b.kind == "import"
        and (b.qualname or "").startswith("langserve")
        and (b.qualname or "").endswith("RemoteRunnable")
        for bindings in info.module.bindings.values()
        for b in bindings
    )


@dataclass(frozen=True)
class Match:
    pattern: CallPattern
    inst: Inst | None = None
    chain: Chain | None = None
    body: ast.expr | None = None  # raw HTTP: the JSON body
    url_model: str | None = None  # raw HTTP: a model named in the URL (Gemini)
    http: bool = False
    bound: Bound | None = None  # called through ``functools.partial``: its preset arguments
    http_local: str = ""  # raw HTTP to a local runtime (Ollama's REST API, a localhost server): its stack


def _worth_inferring(func: ast.expr) -> bool:
    """Cheap gate: a call ``x.y.create(...)`` can only match when its last name is a known API name; plain-name
    calls (``completion(...)``, a pipeline object) and ``self.x(...)`` are always inferred."""
    if isinstance(func, ast.Name):
        return True
    if isinstance(func, ast.Attribute):
        if func.attr in load_table().call_names or func.attr in _CALLED_ATTRS:
            return True
        return isinstance(func.value, ast.Name) and func.value.id == "self"
    return isinstance(func, (ast.Call, ast.Subscript))


def _last_name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def match_call(node: ast.Call, scope: Scope, info: ModuleInfo) -> Match | None:
    if _last_name(node.func) in CLI_RUNNERS:  # subprocess.run(["ollama", "run", model], input=prompt)
        body = ollama_cli_body(node, scope)
        if body is not None:
            return Match(
                CallPattern("ollama", "cli.run", model=(), prompt=()), body=body, http=True, http_local="ollama"
            )
    if not _worth_inferring(node.func):
        return None
    if _last_name(node.func) in load_table().http_methods and id(node) not in info.decorators:
        http = match_http(node, scope)  # a decorator ``@app.post("/api/chat")`` is the app's own route
        if http is not None:
            pattern = CallPattern(http.endpoint.sdk, http.endpoint.api, model=(), prompt=())
            return Match(pattern, body=http.body, url_model=http.url_model, http=True, http_local=http.local)
    func = infer(node.func, scope)
    if isinstance(func, Qual):  # an imported name: an SDK function, or a client object made in another module
        found = _function(func.path)
        if found is None and isinstance(node.func, ast.Attribute) and load_table().sdk_for_module(func.path) is None:
            if _known_other(node.func, scope):  # made in another module as a local class, a mock, a fake model
                return None
            return _from_module(node, scope) or _agnostic(node, info, scope)
        return found
    if isinstance(func, Member):
        return _member(func, scope)
    if isinstance(func, Bound):
        return _through_partial(node, func, info)
    if isinstance(func, Inst) and func.spec.is_callable(func.cls):
        return Match(CallPattern(func.spec.sdk, "__call__", prompt=func.spec.call_prompt), func)
    if isinstance(func, Chain):
        return Match(CallPattern(func.llm.spec.sdk, "chain.__call__", prompt=(0,)), func.llm, func)
    if func is None and isinstance(node.func, ast.Attribute) and not _known_other(node.func, scope):
        return None if _test_fixture(node.func, scope) else _from_module(node, scope) or _agnostic(node, info, scope)
    return None


def _from_module(node: ast.Call, scope: Scope) -> Match | None:
    """``from app.clients import llm`` then ``llm.invoke(...)``: the object that module makes (a client, a chat
    model, a chain), followed into the repository's own module file."""
    from rice_core.scan.python.cross_module import imported_object

    names = dotted(node.func)
    found = imported_object(names[0], node, scope) if len(names) > 1 else None
    if isinstance(found, (Inst, Chain)):
        return _member(Member(found, tuple(names[1:])), scope)
    return None


def _through_partial(node: ast.Call, bound: Bound, info: ModuleInfo) -> Match | None:
    """``cheap(...)`` where ``cheap = partial(client.chat.completions.create, model=...)``: the target's match."""
    from rice_core.scan.python.partial import merged_call

    target = bound.target
    if isinstance(target, Member):
        found = _member(target)
    else:
        found = _function(target.path)
        if found is None and load_table().sdk_for_module(target.path) is None:  # a client from another module
            found = _agnostic(merged_call(node, bound), info)
    return replace(found, bound=bound) if found is not None else None


def _test_fixture(func: ast.Attribute, scope: Scope) -> bool:
    """``def test_x(mock_client): mock_client.chat.completions.create(...)``: a pytest fixture, almost always a mock."""
    if not scope.name.startswith("test"):
        return False
    root: ast.expr = func
    while isinstance(root, ast.Attribute):
        root = root.value
    binding = scope.bindings.get(root.id, [None])[0] if isinstance(root, ast.Name) else None
    return binding is not None and binding.kind == "param" and binding.value is None and binding.annotation is None


def _known_other(func: ast.Attribute, scope: Scope) -> bool:
    """True when the receiver chain starts at an instance of a class known not to be an SDK client (a mock, a
    local class, ``twilio.rest.Client``, a runnable around a LangChain fake model). Results of imported *functions* (``make_client()``) stay unknown."""
    node: ast.expr = func
    while isinstance(node, ast.Attribute):
        node = node.value
        binding = binding_of(node, scope) if isinstance(node, (ast.Name, ast.Attribute)) else None
        if binding is not None and binding.kind in ("import", "relimport"):  # judged where that module makes it
            from rice_core.scan.python.cross_module import defining_binding

            binding = defining_binding(binding, scope)
        if binding is None:
            continue
        value = binding.value
        if binding.scope is not None and is_fake_model(value, binding.scope):  # prompt | FakeListChatModel(...)
            return True
        if binding.kind == "param" and binding.annotation is not None:
            value = binding.annotation
        if isinstance(value, ast.Call):
            value = value.func
        if isinstance(value, (ast.Name, ast.Attribute)) and binding.scope is not None:
            target = infer(value, binding.scope)
            if isinstance(target, LocalClass):
                return True
            if isinstance(target, Qual) and _is_foreign_class(target.path):
                return True
            if isinstance(target, Qual) and isinstance(binding.value, ast.Call) and _sdk_module_called(target.path):
                return True
    return False


def _sdk_module_called(path: str) -> bool:
    """``from langchain_community.llms import ollama; ollama(model=...)``: calling a lower-case name of an SDK package
    that is neither a factory nor an LLM function (a module, a helper) makes no chat model."""
    table = load_table()
    spec = table.sdk_for_module(path)
    name = path.rpartition(".")[2]
    if spec is None or not name[:1].islower() or _function(path) is not None:
        return False
    return not any(path.endswith("." + api) or path.endswith(api) for s in table.sdks for api in s.factories)


def _is_foreign_class(path: str) -> bool:
    """A CapWords name outside every SDK (``MagicMock``, ``twilio.rest.Client``): a class that is no LLM client."""
    return path.rpartition(".")[2][:1].isupper() and load_table().class_spec(path) is None


def _function(path: str) -> Match | None:
    spec = load_table().sdk_for_module(path)
    if spec is None:
        return None
    package = max((p for p in spec.packages if path.startswith(p + ".")), key=len, default=None)
    if package is None:
        return None
    pattern = spec.functions.get(path[len(package) + 1 :])
    return Match(pattern) if pattern is not None else None


def _member(func: Member, scope: Scope | None = None) -> Match | None:
    path = tuple(p for p in func.path if p not in _STRIPPED)
    if isinstance(func.base, Chain):
        if len(path) == 1 and path[0] in load_table().chain_methods:
            llm = func.base.llm
            sdk = func.base.sdk or llm.spec.sdk
            return Match(CallPattern(sdk, f"chain.{path[0]}", prompt=(0, "input")), llm, func.base)
        return None
    pattern = func.base.spec.methods.get(".".join(path))
    if pattern is None or pattern.derive:
        return None
    if func.base.spec.attach and scope is not None:  # pipe.run(...) / kernel.invoke_prompt(...): the attached LLM
        attached = attached_llm(func.base, scope)
        if attached is None and func.base.cls in func.base.spec.attach_required:
            return None  # a Haystack pipeline without a generator: indexing, no request
        return Match(pattern, attached or func.base)
    return Match(pattern, func.base)


def dotted(node: ast.expr) -> list[str]:
    """``self.client.chat.completions.create`` → ["self", "client", "chat", "completions", "create"]."""
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        names.append(node.id)
    return list(reversed(names))


def _imported(spec: SdkSpec, info: ModuleInfo) -> bool:
    """Whether the module imports anything from the SDK (memoised per module)."""
    key = id(spec)
    if key not in info.sdk_imported:
        wrapped = spec.sdk in ("openai", "anthropic") and "instructor" in info.imported  # a patched client
        info.sdk_imported[key] = wrapped or any(spec.owns(module) for module in info.imported)
    return info.sdk_imported[key]


def _kickoff(node: ast.Call, info: ModuleInfo) -> Match | None:
    """``crew.kickoff()`` / ``MyCrew().crew().kickoff(inputs=...)``: a CrewAI run built elsewhere."""
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in ("kickoff", "kickoff_async"):
        return None
    spec = next((s for s in load_table().sdks if s.sdk == "crewai"), None)
    receiver = ast.unparse(func.value).lower()
    if spec is None or not (_imported(spec, info) or "crew" in receiver):
        return None
    return Match(CallPattern("crewai", f"chain.{func.attr}", model=(), prompt=("inputs",)))


def _agnostic(node: ast.Call, info: ModuleInfo, scope: Scope | None = None) -> Match | None:
    names = [n for n in dotted(node.func) if n not in _STRIPPED]
    if names[-1:] in (["kickoff"], ["kickoff_async"]) or (
        isinstance(node.func, ast.Attribute) and node.func.attr in ("kickoff", "kickoff_async")
    ):
        return _kickoff(node, info)
    if len(names) < 2:
        return None
    table = load_table()
    if names[-1] in _LC_AGNOSTIC and names[-2] in LLM_RECEIVER_NAMES:
        for spec in table.sdks:
            if spec.chat_model and _imported(spec, info):
                return Match(spec.methods[names[-1]])
    if names[-1] in ("query", "aquery", "chat", "achat") and names[-2].lower().endswith(_ENGINE_NAMES):
        engines = next((s for s in table.sdks if s.sdk == "llama_index"), None)
        if engines is not None and _imported(engines, info):  # query_engine.query(...) built in another module
            return Match(CallPattern(engines.sdk, f"chain.{names[-1]}", model=(), prompt=(0,)))
    if names[-1] in _LC_CHAIN_RUN and _chain_like(names[-2]) and not _langserve_client(info):
        for spec in table.sdks:
            if spec.chat_model and _imported(spec, info):
                return Match(CallPattern(spec.sdk, f"chain.{names[-1]}", model=(), prompt=(0, "input")))
    candidates = [
        (spec, segments, pattern)
        for spec, segments, pattern in table.agnostic.get(names[-1], ())
        if len(names) > len(segments) and tuple(names[-len(segments) :]) == segments
    ]
    if not candidates:
        return None
    keywords = {k.arg for k in node.keywords} | _spread_keys(node, scope)
    spread = None in keywords  # **params may carry anything
    for spec, _, pattern in candidates:
        if _imported(spec, info) and (spread or not pattern.require or keywords & set(pattern.require)):
            return Match(pattern)
    # A client made in another module (``from app.clients import llm_client``): the SDK is not imported here,
    # so demand every distinctive keyword (model *and* messages / max_tokens / contents).
    for _, _, pattern in candidates:
        if pattern.require and set(pattern.require) <= keywords:
            return Match(pattern)
    if spread and scope is not None:  # ``cog.client.messages.create(**params)``, the client made next door
        from rice_core.scan.python.sibling_sdk import sibling_imports

        for spec, _, pattern in candidates:
            if pattern.require and sibling_imports(scope, spec.packages):
                return Match(pattern)
    return None


def _spread_keys(node: ast.Call, scope: Scope | None) -> set[str | None]:
    """The keys of ``**kwargs`` dicts built in view (``kwargs = {"model": M, "max_tokens": 512}``)."""
    keys: set[str | None] = set()
    for k in node.keywords:
        items = dict_items(k.value, scope) if k.arg is None and scope is not None else None
        keys.update(items or ())
    return keys
