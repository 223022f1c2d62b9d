"""Recognise one call expression as an LLM call: which SDK, which API, on which client.

Known receivers (clients, bound models, SDK functions) are matched exactly; on an unknown receiver a
distinctive path (``agnostic`` in the table) is accepted when the SDK is evidenced in the file or the receiver's
name, or — for three-segment paths such as ``chat.completions.create`` — when every required option is present.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rice_core.scan.js.builders import local_function, returned_expressions
from rice_core.scan.js.clients import Client, ClientResolver, imported
from rice_core.scan.js.http import match_http, match_xhr
from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import Import
from rice_core.scan.js.table import JsSdk, JsTable, Method, normalize_module
from rice_core.scan.js.values import Evaluator

_EVIDENCE_WORDS: dict[str, tuple[str, ...]] = {
    "openai": ("openai", "gpt"),
    "anthropic": ("anthropic", "claude"),
    "google-genai": ("genai", "gemini"),
    "mistralai": ("mistral",),
    "groq": ("groq",),
    "llama_index": ("llamaindex",),
}

_TEST_DOUBLES = frozenset({"fn", "mocked", "mock", "createMock", "mockDeep", "stub", "spyOn", "createStubInstance"})


@dataclass(frozen=True)
class Match:
    method: Method
    client: Client | None
    args: tuple[Any, ...]
    options: dict[str, Any]  # key → value node of the call's options object (an HTTP call's JSON payload)
    url_model: str | None = None  # model named in an HTTP endpoint's URL (Gemini)


def _callee_names(table: JsTable) -> set[str]:
    """Last segments of every method and function in the table (`create`, `invoke`, `generateText`, ...)."""
    return {api.rsplit(".", 1)[-1] for spec in table.sdks for api in (*spec.methods, *spec.functions)}


def _member_chain(func: Any) -> tuple[list[Any], list[str]]:
    """(receiver nodes from the root outwards, property names) of `a.b.c` → ([a, a.b], ["b", "c"])."""
    nodes: list[Any] = []
    props: list[str] = []
    node = func
    while node is not None and node.type == "member_expression":
        props.append(text_of(node.child_by_field_name("property")))
        node = node.child_by_field_name("object")
        nodes.append(node)
    nodes.reverse()
    props.reverse()
    return nodes, props


class CallMatcher:
    def __init__(self, evaluator: Evaluator, resolver: ClientResolver) -> None:
        self.ev = evaluator
        self.clients = resolver
        self.table = resolver.table
        self._evidence = {spec.sdk for spec in self.table.sdks if self._imports_mention(spec)}
        self._names = _callee_names(self.table) | set(self.ev.index.imports) | self.table.http_functions | {"send"}
        self._callable = any("__call__" in s.methods for s in self.table.sdks if s.sdk in self._evidence)

    def _imports_mention(self, spec: JsSdk) -> bool:
        words = _EVIDENCE_WORDS.get(spec.sdk, ())
        modules = [normalize_module(m) for m in self.ev.index.sdk_modules()]
        return any(spec.owns(m) or any(w in m.lower() for w in words) for m in modules)

    def match(self, call: Any) -> Match | None:
        func, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
        if func is None or args is None or args.type != "arguments":
            return None
        last = func.child_by_field_name("property") if func.type == "member_expression" else func
        if last is None or text_of(last) not in self._names:
            return self._called_object(func, tuple(args.named_children)) if func.type == "identifier" else None
        if text_of(last) in self.table.http_functions:
            http = match_http(call, self.ev, self.table)
            if http is not None:
                endpoint, payload, url_model = http
                return Match(endpoint.method, None, tuple(args.named_children), payload, url_model)
        arg_nodes = tuple(args.named_children)
        if text_of(last) == "send":
            xhr = match_xhr(call, self.ev, self.table)
            if xhr is not None:
                return Match(xhr[0].method, None, arg_nodes, xhr[1], xhr[2])
            return self._command(arg_nodes)
        found = self._function(func) if func.type == "identifier" else self._method(func, arg_nodes)
        if found is None:  # `generate(prompt)` where `generate` is a local pipeline object, not an SDK export
            return self._called_object(func, arg_nodes) if func.type == "identifier" else None
        method, client = found
        if client is None and 0 <= method.client_arg < len(arg_nodes):  # run(agent, input): the agent's model
            client = self.clients.of(arg_nodes[method.client_arg])
        position = method.options
        options = self.ev.object_pairs(arg_nodes[position]) if position < len(arg_nodes) else {}
        return Match(method, client, arg_nodes, options)

    def _called_object(self, func: Any, arg_nodes: tuple[Any, ...]) -> Match | None:
        """`await generator(prompt, { max_new_tokens })`: a transformers.js pipeline object called to generate."""
        if not self._callable:
            return None
        client = self.clients.of(func)
        method = client.sdk.methods.get("__call__") if client is not None else None
        if method is None:
            return None
        options = self.ev.object_pairs(arg_nodes[method.options]) if method.options < len(arg_nodes) else {}
        return Match(method, client, arg_nodes, options)

    def _command(self, arg_nodes: tuple[Any, ...]) -> Match | None:
        """`client.send(new ConverseCommand(input))` (AWS SDK v3): the command names the API, its input the options."""
        command = (self.ev.deref(arg_nodes[0]) or arg_nodes[0]) if arg_nodes else None
        command = self._built_command(command)
        if command is None or command.type != "new_expression":
            return None
        ctor = command.child_by_field_name("constructor")
        imp = imported(self.ev.index, text_of(ctor), ctor) if ctor is not None and ctor.type == "identifier" else None
        spec = self.table.sdk_for_module(imp.module) if imp is not None else None
        method = spec.commands.get(imp.name) if spec is not None and imp is not None else None
        if method is None:
            return None
        inner = command.child_by_field_name("arguments")
        inputs = tuple(inner.named_children) if inner is not None else ()
        return Match(method, None, inputs, self.ev.object_pairs(inputs[0]) if inputs else {})

    def _built_command(self, node: Any) -> Any:
        """`await prepareCommand(messages)`: the `new XCommand(...)` a local builder function returns."""
        while (
            node is not None and node.type in ("await_expression", "parenthesized_expression") and node.named_children
        ):
            node = node.named_children[0]
        func = node.child_by_field_name("function") if node is not None and node.type == "call_expression" else None
        if func is None or func.type != "identifier":
            return node
        function = local_function(self.ev.index, func) or _nested_declaration(func)
        built = (
            [e for e in returned_expressions(function) if e.type == "new_expression"] if function is not None else []
        )
        return built[0] if built else node

    def _function(self, func: Any) -> tuple[Method, Client | None] | None:
        imp = imported(self.ev.index, text_of(func), func)
        spec = self.table.sdk_for_module(imp.module) if imp is not None else None
        method = spec.functions.get(imp.name) if spec is not None and imp is not None else None
        return (method, None) if method is not None and not method.derive else None

    def _method(self, func: Any, arg_nodes: tuple[Any, ...]) -> tuple[Method, Client | None] | None:
        nodes, props = _member_chain(func)
        if not nodes:
            return None
        namespaced = self._namespace_function(nodes[0], props)
        if namespaced is not None:
            return namespaced
        for j, receiver in enumerate(nodes):
            client = self.clients.of(receiver)
            if client is None:
                continue
            method = client.sdk.methods.get(".".join(props[j:]))
            if method is None or method.derive or (method.bound_only and not client.bound):
                return None
            if client.sdk.bound and not client.bound:
                return None
            return method, client
        return self._agnostic(nodes[0], props, arg_nodes)

    def _namespace_function(self, root: Any, props: list[str]) -> tuple[Method, None] | None:
        if root.type != "identifier" or len(props) != 1:
            return None
        imp = imported(self.ev.index, text_of(root), root)
        spec = self.table.sdk_for_module(imp.module) if imp is not None and imp.name == "*" else None
        method = spec.functions.get(props[0]) if spec is not None else None
        return (method, None) if method is not None and not method.derive else None

    def _is_local_fake(self, root: Any) -> bool:
        """A receiver built right here as an object literal, a local class or a test double is not an SDK client."""
        if root.type != "identifier":
            return False
        ev, value = self.ev, self.ev.deref(root)
        binding = self.ev.index.resolve(root) if value is None else None
        if isinstance(binding, Import) and self.table.sdk_for_module(binding.module) is None:
            foreign = self.ev.foreign(binding)  # exported by another module of the app: judged where it is made
            ev, value = foreign if foreign is not None else (ev, None)
        if value is None:
            return False
        if value.type == "object":
            return True
        if value.type == "new_expression":
            return not isinstance(ev.index.resolve(value.child_by_field_name("constructor")), Import)
        func = value.child_by_field_name("function") if value.type == "call_expression" else None
        return func is not None and text_of(func).split(".")[-1] in _TEST_DOUBLES

    def _agnostic(self, root: Any, props: list[str], arg_nodes: tuple[Any, ...]) -> tuple[Method, None] | None:
        if self._is_local_fake(root):
            return None
        keys = set(self.ev.object_pairs(arg_nodes[0])) if arg_nodes else set()
        receiver = text_of(root).lower()
        for j in range(len(props)):
            path = ".".join(props[j:])
            for spec in self.table.sdks:
                method = spec.methods.get(path)
                if method is None or not method.agnostic:
                    continue
                named = any(w in receiver for w in _EVIDENCE_WORDS.get(spec.sdk, ()))
                evidenced = (spec.sdk in self._evidence or named) and bool(keys & set(method.require))
                shaped = len(props) - j >= 3 and set(method.require) <= keys
                if evidenced or shaped:
                    return method, None
        return None


def _nested_declaration(ident: Any) -> Any | None:
    """`function prep() {...}` declared in a block enclosing `ident` (a helper inside a factory function)."""
    name, node = text_of(ident), ident.parent
    for _ in range(64):
        if node is None:
            return None
        if node.type == "statement_block":
            for child in node.named_children:
                if child.type == "function_declaration" and text_of(child.child_by_field_name("name")) == name:
                    return child
        node = node.parent
    return None
