"""What an expression holds: an SDK client, a bound chat model, or a LangChain chain ending in one.

``client_of`` follows `new OpenAI()`, variables, `this.client` fields, typed parameters (`client: OpenAI`),
default-instance imports (`import ollama from "ollama"`), LangChain `.pipe(...)`/`RunnableSequence.from([...])`
chains and pass-through methods (`withStructuredOutput`, `bindTools`, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from rice_core.scan.js.builders import local_function, returned_expressions, this_method
from rice_core.scan.js.param_callers import caller_arguments
from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import Decl, FileIndex, Import, Param
from rice_core.scan.js.table import normalize_module, JsSdk, JsTable, load_table

MAX_DEPTH = 10
_BUILDERS = frozenset({"arrow_function", "function_expression", "function", "function_declaration"})
_TRANSPARENT = frozenset(
    {
        "parenthesized_expression",
        "as_expression",
        "satisfies_expression",
        "non_null_expression",
        "type_assertion",
        "await_expression",
    }
)


@dataclass(frozen=True)
class Client:
    sdk: JsSdk
    bound: bool = False  # a model object: the model is fixed on it
    options: Any = None  # constructor / derive options object node
    model_arg: Any = None  # positional model argument (initChatModel("gpt-4o"))
    prompt: Any = None  # LangChain prompt template piped before the model
    home: Any = None  # (FileIndex, ModuleConstants) of the module that made it, when not the scanned file
    cls: str = ""  # the class constructed (`ChatOllama`), when made by `new X(...)`


_MODEL_OPTIONS = frozenset({"llm", "chatModel", "model", "agent", "combineDocsChain"})
_RUNNER = re.compile(r"Agent|Engine|Chain$|^agent$")
_FROM_LLM = frozenset({"fromLLM", "fromLLMAndRetrievers"})  # LangChain.js legacy chains: X.fromLLM(model, ...)
_RUNNER_SDKS = frozenset({"llama_index", "langchain"})
_MAX_CALLERS = 4  # callers consulted for a client parameter


def _option_values(options: Any) -> list[tuple[str, Any]]:
    """(key, value node) of an object literal's `key: value` pairs and `{ llm }` shorthands."""
    out: list[tuple[str, Any]] = []
    for child in options.named_children if options is not None and options.type == "object" else ():
        if child.type == "pair":
            key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
            if key is not None and value is not None:
                out.append((text_of(key).strip("\"'"), value))
        elif child.type == "shorthand_property_identifier":
            out.append((text_of(child), child))
    return out


def imported(index: FileIndex, name: str, at: Any) -> Import | None:
    binding = index.resolve_name(name, at)
    return binding if isinstance(binding, Import) else None


class ClientResolver:
    def __init__(self, index: FileIndex, table: JsTable | None = None) -> None:
        self.index = index
        self.table = table or load_table()
        self.modules: Any = None  # ModuleConstants: exported objects of sibling modules (set by the file scan)

    def of(self, node: Any, depth: int = 0) -> Client | None:
        if node is None or depth > MAX_DEPTH:
            return None
        kind = node.type
        if kind in _TRANSPARENT:
            return self.of(node.named_children[0] if node.named_children else None, depth + 1)
        if kind == "new_expression":
            return self._constructed(node)
        if kind in ("identifier", "shorthand_property_identifier"):  # `{ llm }` in an options object
            return self._identifier(node, depth)
        if kind == "member_expression":
            return self._member(node, depth)
        if kind == "call_expression":
            return self._call(node, depth)
        if kind == "ternary_expression":  # `key ? new GoogleGenerativeAI(key) : null`: the branch that makes one
            branches = (node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
            return next((c for b in branches if (c := self.of(b, depth + 1)) is not None), None)
        return None

    def class_client(self, imp: Import | None, options: Any) -> Client | None:
        spec = self.table.sdk_for_module(imp.module) if imp is not None else None
        if spec is None or imp is None or not spec.makes_client(imp.name):
            return None
        return Client(spec, spec.bound, options, cls=imp.name)

    def _ctor_import(self, ctor: Any) -> Import | None:
        if ctor is None:
            return None
        if ctor.type == "identifier":
            return imported(self.index, text_of(ctor), ctor)
        if ctor.type == "member_expression":  # new openai.OpenAI(), new langchain.ChatOpenAI()
            ns = imported(self.index, text_of(ctor.child_by_field_name("object")), ctor)
            prop = text_of(ctor.child_by_field_name("property"))
            return Import(ns.module, prop) if ns is not None and ns.name in ("*", "default") else None
        return None

    def _constructed(self, node: Any) -> Client | None:
        args = node.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        imp = self._ctor_import(node.child_by_field_name("constructor"))
        return self._runs_model(self.class_client(imp, first), imp.name if imp is not None else "")

    def _runs_model(self, client: Client | None, name: str, depth: int = 0) -> Client | None:
        """A LlamaIndex.TS engine or agent (`new ContextChatEngine({ chatModel })`, `agent({ llm, tools })`) or a
        LangChain.js agent (`createReactAgent({ llm })`, `new AgentExecutor({ agent })`) runs the model object in its
        `llm`/`chatModel`/`model`/`agent` option (a `model` string stays on the agent), else the file's
        `Settings.llm`; other clients are themselves."""
        if client is None or client.sdk.sdk not in _RUNNER_SDKS or not _RUNNER.search(name):
            return client
        for key, value in _option_values(client.options):
            if key in _MODEL_OPTIONS:
                found = self.of(value, depth + 1)
                return found if found is not None and found.bound else client
        if client.model_arg is not None:  # loadQAStuffChain(llm): the model object given first
            found = self.of(client.model_arg, depth + 1)
            if found is not None and found.bound:
                return found
        configured = self.index.fields.get("Settings.llm")
        found = self.of(configured, depth + 1) if configured is not None else None
        return found if found is not None and found.sdk is client.sdk else client

    def _identifier(self, node: Any, depth: int) -> Client | None:
        binding = self.index.resolve(node)
        if isinstance(binding, Decl):
            return self.of(binding.value, depth + 1)
        if isinstance(binding, Param):
            typed = (
                self.class_client(imported(self.index, binding.type_name, node), None) if binding.type_name else None
            )
            if typed is None and binding.default is None:
                return self._from_callers(node, depth)
            return typed or self.of(binding.default, depth + 1)
        if isinstance(binding, Import):
            spec = self.table.sdk_for_module(binding.module)
            if spec is not None and binding.name in spec.instances:
                return Client(spec, spec.bound)
            if spec is None:
                return self._sibling(binding, depth)
        return None

    def _from_callers(self, node: Any, depth: int) -> Client | None:
        """`simplifySingle(chain, text)` called by the file with the chain it built: a client, model or chain
        parameter that every caller in the file fills with objects of one SDK (the first one's settings)."""
        if depth > 4:
            return None
        found = [self.of(arg, depth + 1) for arg in caller_arguments(node)[:_MAX_CALLERS]]
        if not found or any(f is None for f in found) or len({f.sdk.sdk for f in found if f is not None}) != 1:
            return None
        return found[0]

    def _imported_builder(self, func: Any, depth: int) -> Client | None:
        """`createChain().invoke(q)` with `createChain` a builder function exported by another module of the app."""
        binding = self.index.resolve(func)
        if not isinstance(binding, Import) or self.modules is None or self.table.sdk_for_module(binding.module):
            return None
        found = self.modules.declaration(binding.module, binding.name)
        if found is None or found[1].type not in _BUILDERS:
            return None
        index, function, paths = found
        other = ClientResolver(index, self.table)
        other.modules = self.modules.for_module(paths)
        client = other._built(function, depth + 1)
        return replace(client, home=(index, other.modules)) if client is not None and client.home is None else client

    def _sibling(self, binding: Import, depth: int) -> Client | None:
        """`import { geminiModel } from "../config/gemini"`: a client or model object a sibling module exports."""
        found = self.modules.declaration(binding.module, binding.name) if self.modules is not None else None
        if found is None:
            return None
        index, value, paths = found
        other = ClientResolver(index, self.table)
        other.modules = self.modules.for_module(paths)
        found = other.of(value, depth + 1)
        return replace(found, home=(index, other.modules)) if found is not None and found.home is None else found

    def _member(self, node: Any, depth: int) -> Client | None:
        obj, prop = node.child_by_field_name("object"), text_of(node.child_by_field_name("property"))
        if obj is not None and obj.type == "identifier":
            return self._object_property(obj, prop, depth)
        if obj is None or obj.type != "this":
            return None
        if prop in self.index.fields:
            found = self.of(self.index.fields[prop], depth + 1)
            if found is not None:
                return found
        declared = self.index.field_types.get(prop)
        return self.class_client(imported(self.index, declared, node), None) if declared else None

    def _object_property(self, obj: Any, prop: str, depth: int) -> Client | None:
        """`clients.openai.chat.completions.create(...)`: a client kept in an object literal, here or in the module
        whose default or named export it is (`export default { openai, anthropic }`)."""
        binding = self.index.resolve(obj)
        if isinstance(binding, Decl) and binding.value is not None and binding.value.type == "object":
            return self._pair(self, binding.value, prop, depth)
        if not isinstance(binding, Import) or self.modules is None or self.table.sdk_for_module(binding.module):
            return None
        found = self.modules.declaration(binding.module, binding.name)
        if found is None or found[1].type != "object":
            return None
        index, value, paths = found
        other = ClientResolver(index, self.table)
        other.modules = self.modules.for_module(paths)
        client = self._pair(other, value, prop, depth)
        return replace(client, home=(index, other.modules)) if client is not None and client.home is None else client

    @staticmethod
    def _pair(resolver: ClientResolver, obj: Any, prop: str, depth: int) -> Client | None:
        for item in obj.named_children:
            if item.type == "shorthand_property_identifier" and text_of(item) == prop:
                return resolver.of(item, depth + 1)
            if item.type == "pair" and text_of(item.child_by_field_name("key")).strip("'\"") == prop:
                return resolver.of(item.child_by_field_name("value"), depth + 1)
        return None

    def _call(self, node: Any, depth: int) -> Client | None:
        func, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        arg_nodes = list(args.named_children) if args is not None else []
        if func is None:
            return None
        if func.type == "identifier":
            return (
                self._factory(func, arg_nodes)
                or self._built(local_function(self.index, func), depth)
                or self._imported_builder(func, depth)
            )
        if func.type != "member_expression":
            return None
        obj, method = func.child_by_field_name("object"), text_of(func.child_by_field_name("property"))
        if obj is not None and obj.type == "this":
            return self._built(this_method(func), depth)
        if method in self.table.passthrough_methods:
            return self.of(obj, depth + 1)
        if method == "pipe":
            return self._pipe(obj, arg_nodes, depth)
        if method == "from" and text_of(obj) == "RunnableSequence" and arg_nodes:
            return self._sequence(arg_nodes[0], depth)
        if method in ("asQueryEngine", "asChatEngine"):  # LlamaIndex.TS: index.asQueryEngine().query({query})
            return self._engine(arg_nodes)
        if method in _FROM_LLM and obj is not None and arg_nodes:
            return self._from_llm(obj, arg_nodes[0], depth)
        return self._derived(func, arg_nodes, depth)

    def _from_llm(self, owner: Any, first: Any, depth: int) -> Client | None:
        """`ConversationalRetrievalQAChain.fromLLM(model, retriever)` on a LangChain import: runs that model."""
        imp = imported(self.index, text_of(owner), owner) if owner.type == "identifier" else None
        spec = self.table.sdk_for_module(imp.module) if imp is not None else None
        model = self.of(first, depth + 1) if spec is not None and spec.sdk in _RUNNER_SDKS else None
        return model if model is not None and model.bound else None

    def _engine(self, arg_nodes: list[Any]) -> Client | None:
        """A LlamaIndex.TS query/chat engine when the file imports LlamaIndex (its model: Settings.llm, unresolved)."""
        spec = self.table.by_name("llama_index")
        if spec is None or not any(spec.owns(normalize_module(m)) for m in self.index.sdk_modules()):
            return None
        configured = self.index.fields.get("Settings.llm")  # Settings.llm = new OpenAI({model}) in this file
        found = self.of(configured, 1) if configured is not None else None
        return (
            found
            if found is not None and found.sdk is spec
            else Client(spec, True, arg_nodes[0] if arg_nodes else None)
        )

    def _derived(self, func: Any, arg_nodes: list[Any], depth: int) -> Client | None:
        """`genAI.getGenerativeModel({model})`, `ai.chats.create({model})`: a model object made by a client."""
        props: list[str] = []
        node = func
        while node is not None and node.type == "member_expression":
            props.insert(0, text_of(node.child_by_field_name("property")))
            node = node.child_by_field_name("object")
            owner = self.of(node, depth + 1)
            if owner is None:
                continue
            derive = owner.sdk.methods.get(".".join(props))
            if derive is not None and derive.derive and owner.bound:  # model.startChat({history}): same model
                return owner
            if derive is not None and derive.derive:
                return Client(owner.sdk, True, arg_nodes[0] if arg_nodes else None)
            return None
        return None

    def _factory(self, func: Any, arg_nodes: list[Any]) -> Client | None:
        imp = imported(self.index, text_of(func), func)
        spec = self.table.sdk_for_module(imp.module) if imp is not None else None
        method = spec.functions.get(imp.name) if spec is not None and imp is not None else None
        if spec is None or method is None or not method.derive:
            return None
        if method.tasks and (not arg_nodes or self._literal(arg_nodes[0]) not in method.tasks):
            return None  # pipeline("feature-extraction", ...): no generation
        options = next((a for a in arg_nodes if a.type == "object"), None)
        at = next((k for k in method.model if isinstance(k, int)), 0)
        positional = arg_nodes[at] if len(arg_nodes) > at and arg_nodes[at].type != "object" else None
        return self._runs_model(Client(spec, True, options, model_arg=positional), imp.name)  # type: ignore[union-attr]

    def _literal(self, node: Any) -> str | None:
        """A string literal, a `const`, or a class field (`this.task`) holding one."""
        from rice_core.scan.js.fields import this_field
        from rice_core.scan.js.scope import string_value

        for _ in range(4):
            if node is None or node.type == "string":
                return string_value(node)
            if node.type in ("as_expression", "satisfies_expression", "parenthesized_expression"):
                node = node.named_children[0] if node.named_children else None
            elif node.type == "identifier":
                binding = self.index.resolve(node)
                node = binding.value if isinstance(binding, Decl) else None
            elif node.type == "member_expression" and getattr(node.child_by_field_name("object"), "type", "") == "this":
                found = this_field(node, self.index)
                node = found.node if found is not None else None
            else:
                return None
        return None

    def _built(self, function: Any, depth: int) -> Client | None:
        """What a local builder function returns (the first return that is a client, model or chain)."""
        for expr in returned_expressions(function) if function is not None else ():
            found = self.of(expr, depth + 1)
            if found is not None:
                return found
        return None

    def _pipe(self, obj: Any, arg_nodes: list[Any], depth: int) -> Client | None:
        upstream = self.of(obj, depth + 1)
        if upstream is not None:  # chain.pipe(parser): the model is already in the chain
            return upstream
        model = self.of(arg_nodes[0], depth + 1) if arg_nodes else None
        return replace(model, prompt=obj) if model is not None and model.bound else None

    def _sequence(self, array: Any, depth: int) -> Client | None:
        if array.type != "array":
            return None
        steps = array.named_children
        for i, step in enumerate(steps):
            model = self.of(step, depth + 1)
            if model is not None and model.bound:
                return replace(model, prompt=steps[i - 1]) if i > 0 else model
        return None
