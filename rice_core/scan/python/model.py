"""The model of a matched call: its own argument (or ``**params``), a model fixed on the client or chat-model
constructor, a raw HTTP body or URL — with the source and the warnings the CallSite reports."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from rice_core.problems import Problem
from rice_core.scan.python.args import argument
from rice_core.scan.python.infer import Inst, infer
from rice_core.scan.python.match import Match
from rice_core.scan.python.modules import in_other_module
from rice_core.scan.python.partial import call_views
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.sdk_table import CallPattern
from rice_core.scan.python.values import StrValue, dict_items, resolve_str

NO_MODEL = StrValue(None, "unresolved", reason="the call names no model")
MAX_MODEL_OBJECTS = 3  # Agent(FallbackModel(OpenAIModel("gpt-4o"))): nesting followed; ``llm = X(model=llm)`` stops


@dataclass(frozen=True)
class ModelChoice:
    name: str
    source: str  # literal|constant|fstring|env-default|wrapper-default|client|config-default
    node: ast.Constant | None  # the literal, when it sits in the call or the constructor (code actions)
    warnings: tuple[Problem, ...]


def spread_argument(node: ast.Call, scope: Scope, names: tuple[str | int, ...]) -> ast.expr | None:
    """A keyword argument passed inside ``**params`` where ``params`` is a dict literal or a name bound to one."""
    for keyword in node.keywords:
        if keyword.arg is None:
            items = dict_items(keyword.value, scope) or {}
            found = next((items[n] for n in names if isinstance(n, str) and n in items), None)
            if found is not None:
                return found
    return None


def _http_model(scope: Scope, match: Match) -> StrValue:
    items = dict_items(match.body, scope) or {}
    if "model" in items:
        return resolve_str(items["model"], scope)
    if match.url_model:
        return StrValue(match.url_model, "literal")
    return StrValue(None, "unresolved", reason="the request body names no model")


def _constructor_model(match: Match, overriding: bool, depth: int = 0) -> StrValue | None:
    """The model on the instance's constructors: only ``ctor_model_override`` keywords when ``overriding``."""
    if match.inst is None:
        return None
    for origin in match.inst.origins:
        args = match.inst.spec.ctor_model_override if overriding else origin.model_args
        found = _ctor_argument(origin.call, origin.scope, args) if args else None
        if found is not None:
            value = resolve_str(found, origin.scope)
            if value.value is not None or overriding or depth >= MAX_MODEL_OBJECTS:
                return value
            return _model_object(found, origin.scope, depth) or value
    return None


def _ctor_argument(call: ast.Call, scope: Scope, args: tuple[str | int, ...]) -> ast.expr | None:
    """The constructor's model argument: by name or position, inside ``**params`` (``LLM(**json.loads(...))``), or
    nested in a settings dict (``"api_params.model"``: Haystack ``HuggingFaceAPIGenerator(api_params={...})``)."""
    given = tuple(a for a in args if not _is_none(argument(call, (a,))))  # LlamaCPP(model_path=None, model_url=u)
    found = argument(call, given) or spread_argument(call, scope, given)
    for spec in given if found is None else ():
        head, *keys = spec.split(".") if isinstance(spec, str) else ("",)
        value = argument(call, (int(head) if head.isdigit() else head,)) if keys else None
        for key in keys:  # "0.llm.config.model": mem0 Memory.from_config({"llm": {"config": {"model": ...}}})
            items = dict_items(value, scope) if value is not None else None
            value = items.get(key) if items else None
        if value is not None:
            return value
    return found


def _is_none(expr: ast.expr | None) -> bool:
    """An explicit ``None`` argument names no model: the next candidate keyword does."""
    return isinstance(expr, ast.Constant) and expr.value is None


def _model_object(expr: ast.expr, scope: Scope, depth: int) -> StrValue | None:
    """A model given as an object (pydantic-ai ``Agent(OpenAIModel("gpt-4o"))``): that object's constructor model."""
    inner = infer(expr, scope)
    if not isinstance(inner, Inst):
        return None
    return _constructor_model(Match(CallPattern(inner.spec.sdk, "model"), inner), False, depth + 1)


def _framework_model(node: ast.Call, scope: Scope, inst: Inst) -> StrValue | None:
    """``dspy.configure(lm=...)`` for DSPy modules; AutoGen ``llm_config`` model lists."""
    from rice_core.scan.python.frameworks import autogen_model, configured_llm

    if inst.spec.configured_by:
        lm = configured_llm(inst.spec.packages, inst.spec.configured_by, scope, node.lineno)
        if lm is None:  # configured by the script that runs this module, elsewhere in the project
            from rice_core.scan.python.project_index import project_configured_llm

            lm = project_configured_llm(inst.spec.packages, inst.spec.configured_by, scope)
        return _constructor_model(Match(CallPattern(lm.spec.sdk, "model"), lm), False) if lm is not None else None
    if inst.spec.sdk == "autogen":
        return autogen_model(node, scope, inst)
    return None


def model_value(node: ast.Call, scope: Scope, match: Match) -> tuple[StrValue, bool]:
    """(value, via_constructor): Azure deployment override, the call's model, then the instance's model."""
    if match.http:
        return _http_model(scope, match), False
    fixed = _constructor_model(match, overriding=True)
    if fixed is not None:
        return fixed, True
    if match.chain is None:
        for call, where in call_views(node, scope, match.bound):
            expr = argument(call, match.pattern.model) or spread_argument(call, where, match.pattern.model)
            if expr is not None:
                found = resolve_str(expr, where)  # or a model object: ``mlx_lm.generate(model, tok, ...)``
                obj = None if found.resolved else _model_object(expr, where, 0)
                return (obj, True) if obj is not None and obj.resolved else (found, False)
    fixed = _constructor_model(match, overriding=False)
    if (fixed is None or not fixed.resolved) and match.inst is not None:
        framework = _framework_model(node, scope, match.inst)
        if framework is not None and framework.resolved:
            return framework, True
    if fixed is None and match.inst is not None and match.inst.spec.default_model and match.inst.cls == "OpenAI":
        return StrValue(match.inst.spec.default_model, "sdk-default"), False  # LlamaIndex's OpenAI() default
    return (fixed, True) if fixed is not None else (NO_MODEL, False)


def choose_model(node: ast.Call, scope: Scope, match: Match, default: str) -> ModelChoice:
    """The model to report and price; the configured ``default`` with ``unresolved-model`` when not static."""
    value, via_ctor = model_value(node, scope, match)
    if value.value is None:
        why = (
            f"environment variable {value.env_var} has no default"
            if value.env_var
            else value.reason or "not a constant"
        )
        return ModelChoice(
            default,
            "config-default",
            None,
            (Problem("unresolved-model", f"Model not resolved ({why}); using {default}."),),
        )
    warnings: tuple[Problem, ...] = ()
    if value.source == "sdk-default":
        warnings = (
            Problem("model-from-sdk-default", f"No model named; the SDK's default {value.value!r} was used.", "info"),
        )
    if value.source == "env-default":
        warnings = (
            Problem("model-from-env", f"Model from ${value.env_var}; its default {value.value!r} was used.", "info"),
        )
    source = "client" if via_ctor and value.source in ("literal", "constant", "fstring") else value.source
    literal = (
        value.node if value.node is not None and value.source == "literal" and not in_other_module(value.node) else None
    )
    return ModelChoice(value.value, source, literal, warnings)
