"""Model and output-token resolution for a matched call (the prompt is in ``prompts.py``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rice_core.scan.js.builders import returned_expressions
from rice_core.scan.js.fields import this_field
from rice_core.scan.js.factories import called_function
from rice_core.scan.js.match import Match
from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import Decl, Import
from rice_core.scan.js.table import load_table
from rice_core.scan.js.values import Evaluator, Text

_PROVIDER_METHODS = frozenset({"chat", "responses", "completion", "languageModel", "textEmbeddingModel", "messages"})


@dataclass(frozen=True)
class Resolved:
    value: str | None
    source: str  # literal|constant|template|env-default|setting-default|wrapper-default|client
    env_name: str | None = None
    node: Any = None  # the literal node (for model_span)
    expression: str = ""  # source text of what was not resolved
    reason: str | None = None  # why it was not resolved, when more specific than "not a constant"


def source_of(text: Text, base: str = "literal") -> str:
    if "setting" in text.via:
        return "setting-default"
    if "env" in text.via:
        return "env-default"
    if "default" in text.via:
        return "wrapper-default"
    if "template" in text.via:
        return "template"
    if "constant" in text.via:
        return "constant"
    return base


def _resolved(text: Text, node: Any, base: str = "literal") -> Resolved:
    literal = node if node is not None and node.type == "string" else None
    if text.holes or not text.value:
        return Resolved(None, source_of(text, base), text.env_name, None, text_of(node)[:80], text.reason)
    return Resolved(text.value, source_of(text, base), text.env_name, literal)


def _gateway_model(found: Resolved) -> Resolved:
    """AI gateway string "openai/gpt-4o": the model id after the provider (the catalog's name)."""
    if found.value and "/" in found.value:
        return Resolved(found.value.split("/", 1)[1], found.source, found.env_name, None)
    return found


class Resolver:
    def __init__(self, evaluator: Evaluator) -> None:
        self.ev = evaluator

    def model(self, match: Match) -> Resolved:
        method, client = match.method, match.client
        if method.model_factory and "model" in match.options:
            return self._factory_model(match.options["model"], 0)
        for key in method.model:
            node = match.args[key] if isinstance(key, int) and key < len(match.args) else match.options.get(str(key))
            if node is not None:
                found = _resolved(self.ev.text(node), node)
                return found if found.value is not None else self._string_from_callers(node) or found
        if client is not None:
            return self._client_model(client)
        if match.url_model:
            return Resolved(match.url_model, "literal")
        return Resolved(None, "literal", expression="")

    def _client_model(self, client: Any) -> Resolved:
        if client.home is not None:  # made in another module: evaluated there, no span in this file
            found = Resolver(Evaluator(client.home[0], None, client.home[1]))._client_model(replace(client, home=None))
            return replace(found, node=None)
        if client.model_arg is not None:
            return _resolved(self.ev.text(client.model_arg), client.model_arg, "client")
        ev, pairs = self.options_of(client.options)
        for key in client.sdk.ctor_model:
            if key in pairs:
                found = _resolved(ev.text(pairs[key]), pairs[key] if ev is self.ev else None, "client")
                return Resolved(
                    found.value,
                    "client" if found.source == "literal" else found.source,
                    found.env_name,
                    found.node,
                    found.expression,
                )
        return Resolved(None, "client", expression="")

    def options_of(self, options: Any) -> tuple[Evaluator, dict[str, Any]]:
        """(evaluator, key → value) of constructor options: an object, or what a helper called there returns."""
        pairs = self.ev.object_pairs(options) if options is not None else {}
        called = called_function(self.ev, self.ev.deref(options)) if not pairs and options is not None else None
        for expr in returned_expressions(called[1]) if called is not None else ():
            found = called[0].object_pairs(expr)  # type: ignore[index]
            if found:
                return called[0], found  # type: ignore[index]
        return self.ev, pairs

    def _factory_model(self, node: Any, depth: int) -> Resolved:
        """`openai("gpt-4o")`, `anthropic.messages("claude-…")`, `wrapLanguageModel({model})`, gateway strings,
        a model exported by another module or returned by a helper (`getModel("gpt-4o")`), also when a class field
        holds it (`this.model = model` with `model` imported from a providers module)."""
        node = _field_value(node, self.ev)
        target = self.ev.deref(node)
        called = called_function(self.ev, target) if depth <= 6 and target is not None else None
        for expr in returned_expressions(called[1]) if called is not None else ():
            found = Resolver(called[0])._factory_model(expr, depth + 1)  # type: ignore[index]
            if found.value is not None:
                return Resolved(found.value, "constant" if found.source == "literal" else found.source, found.env_name)
        if target is None and depth <= 6:  # `import { model } from "@/lib/ai"`: the object that module exports
            foreign = self._imported(node)
            if foreign is not None:  # the literal sits in the other file: no span here, source "constant"
                found = Resolver(foreign[0])._factory_model(foreign[1], depth + 1)
                source = "constant" if found.source == "literal" else found.source
                return Resolved(found.value, source, found.env_name, None, found.expression, found.reason)
        if target is None and depth <= 6 and node.type in ("identifier", "shorthand_property_identifier"):
            given = self._from_callers(node, depth)  # `ask(prompt, model)` called as ask(q, google("…"))
            if given is not None:
                return given
        if target is None and node.type in ("identifier", "shorthand_property_identifier"):
            found = _resolved(self.ev.text(node), node)  # a string parameter's default: `{ model = "openai/gpt-4o" }`
            if found.value is not None:
                return _gateway_model(found)
        if target is None or depth > 6:
            return Resolved(None, "literal", expression=text_of(node)[:80])
        if target.type == "call_expression":
            args = target.child_by_field_name("arguments")
            arg_nodes = args.named_children if args is not None else []
            if self._is_provider(target.child_by_field_name("function")) and arg_nodes:
                found = _resolved(self.ev.text(arg_nodes[0]), arg_nodes[0])
                if found.value and text_of(target.child_by_field_name("function")).endswith("languageModel"):
                    alias = self._registry_alias(target.child_by_field_name("function"), found.value, depth)
                    if alias is not None and alias.value is not None:
                        return alias
                    return Resolved(found.value.split(":", 1)[-1], found.source, found.env_name, None)
                return found
            inner = self.ev.object_pairs(arg_nodes[0]).get("model") if arg_nodes else None
            if inner is not None:
                return self._factory_model(inner, depth + 1)
            return Resolved(None, "literal", expression=text_of(node)[:80])
        return _gateway_model(_resolved(self.ev.text(node), node))

    def _registry_alias(self, func: Any, name: str, depth: int) -> Resolved | None:
        """`registry.languageModel("anthropic:smart")` where `createProviderRegistry({ anthropic: custom })` and
        `custom = customProvider({ languageModels: { smart: anthropic("claude-…") } })`: the model the alias maps
        to (here or in the module exporting the registry); None when it is not an alias (a plain model id)."""
        prefix, _, alias = name.rpartition(":")
        ev, registry = self._provider_call(func.child_by_field_name("object"))
        if registry is None:
            return None
        if text_of(registry.child_by_field_name("function")).endswith("createProviderRegistry"):
            ev, registry = Resolver(ev)._provider_call(self._first_pairs(ev, registry).get(prefix))
        if registry is None or not text_of(registry.child_by_field_name("function")).endswith("customProvider"):
            return None
        models = ev.object_pairs(self._first_pairs(ev, registry).get("languageModels"))
        if alias not in models:
            return None
        found = Resolver(ev)._factory_model(models[alias], depth + 1)
        return Resolved(found.value, "constant" if found.source == "literal" else found.source, found.env_name)

    def _provider_call(self, node: Any) -> tuple[Evaluator, Any]:
        """(evaluator, the `createProviderRegistry(...)`/`customProvider(...)` call) a name stands for, if any."""
        if node is None:
            return self.ev, None
        target = self.ev.deref(node)
        ev = self.ev
        if target is None:
            foreign = self._imported(node)
            if foreign is None:
                return self.ev, None
            ev, target = foreign
            target = ev.deref(target) or target
        return (ev, target) if target is not None and target.type == "call_expression" else (ev, None)

    @staticmethod
    def _first_pairs(ev: Evaluator, call: Any) -> dict[str, Any]:
        args = call.child_by_field_name("arguments")
        return ev.object_pairs(args.named_children[0]) if args is not None and args.named_children else {}

    def _from_callers(self, node: Any, depth: int) -> Resolved | None:
        """A model parameter every caller in this file fills with the same model (source "constant")."""
        from rice_core.scan.js.param_callers import caller_arguments
        from rice_core.scan.js.scope import Param

        if not isinstance(self.ev.index.resolve(node), Param):
            return None
        values = {self._factory_model(arg, depth + 1).value for arg in caller_arguments(node)}
        value = next(iter(values)) if len(values) == 1 else None
        return Resolved(value, "constant") if value is not None else None

    def _string_from_callers(self, node: Any) -> Resolved | None:
        """`async function run(model: string) { ollama.chat({ model }) }` with `run("llama3.1:8b")`: a model-name
        parameter (no default) that every caller in the file fills with the same string (source "constant")."""
        from rice_core.scan.js.param_callers import caller_arguments
        from rice_core.scan.js.scope import Param

        if node.type not in ("identifier", "shorthand_property_identifier"):
            return None
        if not isinstance(self.ev.index.resolve(node), Param):
            return None
        values = {_resolved(self.ev.text(arg), arg).value for arg in caller_arguments(node)[:8]}
        value = next(iter(values)) if len(values) == 1 else None
        return Resolved(value, "constant") if value is not None else None

    def _imported(self, node: Any) -> tuple[Evaluator, Any] | None:
        """(evaluator of the defining module, the value) for a name imported from a repository module, also
        through local aliases (`const m = model`)."""
        for _ in range(4):
            if node is None or node.type not in ("identifier", "shorthand_property_identifier"):
                return None
            binding = self.ev.index.resolve(node)
            if isinstance(binding, Import):
                return self.ev.foreign(binding)
            node = binding.value if isinstance(binding, Decl) else None
        return None

    def _is_provider(self, func: Any, depth: int = 0) -> bool:
        if func is None or depth > 4:
            return False
        if func.type == "member_expression":
            prop = text_of(func.child_by_field_name("property"))
            if prop == "languageModel":  # createProviderRegistry(...).languageModel("openai:gpt-4o")
                return True
            return prop in _PROVIDER_METHODS and self._is_provider(func.child_by_field_name("object"), depth + 1)
        if func.type != "identifier":
            return False
        binding = self.ev.index.resolve(func)
        if isinstance(binding, Import):
            return load_table().is_provider_module(binding.module)
        value = binding.value if isinstance(binding, Decl) else None
        if value is not None and value.type == "ternary_expression":  # `key ? createGroq({ apiKey: key }) : null`
            branches = (value.child_by_field_name("consequence"), value.child_by_field_name("alternative"))
            value = next((b for b in branches if b is not None and b.type == "call_expression"), None)
        if value is not None and value.type == "call_expression":
            return self._is_provider(value.child_by_field_name("function"), depth + 1)
        return False

    def output_tokens(
        self, match: Match, output_keys: tuple[str, ...], config_keys: tuple[str, ...]
    ) -> tuple[int | None, str]:
        """(max output tokens, source) from the call's options or a bound model's constructor."""
        client = match.client
        # a bound model's first argument is its input; a called pipeline's options follow the input (options > 0)
        scopes = [] if client is not None and client.bound and match.method.options == 0 else [match.options]
        home = Evaluator(client.home[0], None, client.home[1]) if client is not None and client.home else self.ev
        if client is not None and client.options is not None:
            home, pairs = Resolver(home).options_of(client.options)
            scopes.append(pairs)
        for pairs in scopes:
            ev = self.ev if pairs is match.options else home
            found = _first_int(ev, pairs, output_keys)
            if found is not None:
                return found, "argument"
            for key in config_keys:
                nested = ev.object_pairs(pairs[key]) if key in pairs else {}
                found = _first_int(ev, nested, output_keys)
                for inner in config_keys if found is None and nested else ():  # body → textGenerationConfig
                    found = _first_int(ev, ev.object_pairs(nested[inner]), output_keys) if inner in nested else None
                    if found is not None:
                        break
                if found is not None:
                    return found, "generation-config"
        return None, "config-default"


def _first_int(ev: Evaluator, pairs: dict[str, Any], keys: tuple[str, ...]) -> int | None:
    for key in keys:
        if key in pairs:
            text = ev.text(pairs[key])
            digits = text.value.replace("_", "")
            if not text.holes and digits.isdigit():
                return int(digits)
    return None


def _field_value(node: Any, ev: Evaluator) -> Any:
    """`this.model`: the expression the class gives the field (so an imported name there is followed), else ``node``."""
    if node.type != "member_expression" or getattr(node.child_by_field_name("object"), "type", "") != "this":
        return node
    found = this_field(node, ev.index)
    return found.node if found is not None and found.node is not None else node
