"""LangChain test doubles: a runnable built around a fake chat model (``FakeListChatModel``, ``FakeListLLM``,
``GenericFakeChatModel``, ``ParrotFakeChatModel``, …) never reaches a provider, so ``prompt | fake`` and
``fake.invoke(...)`` are no LLM calls (the JS scanner likewise leaves ``new FakeListChatModel(...).pipe`` alone)."""

from __future__ import annotations

import ast

from rice_core.scan.python.infer import Qual, infer
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import binding_of

_MAX_DEPTH = 6


def is_fake_class(path: str) -> bool:
    """``langchain_core.language_models.FakeListChatModel`` and alike: a CapWords class named ``*Fake*``."""
    name = path.rpartition(".")[2]
    return name[:1].isupper() and "Fake" in name


def pipe_steps(value: ast.AST | None) -> list[ast.expr]:
    """The steps of ``a | b | c``, ``a.pipe(b, c)`` or ``RunnableSequence(a, b)``; [] for anything else."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
        return [*(pipe_steps(value.left) or [value.left]), *(pipe_steps(value.right) or [value.right])]
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "pipe":
        return [value.func.value, *value.args]
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "RunnableSequence":
        return list(value.args)
    return []


def is_fake_model(node: ast.AST | None, scope: Scope, depth: int = 0) -> bool:
    """Whether ``node`` is (a name bound to) a fake model's constructor call, or a pipe containing one."""
    if node is None or depth > _MAX_DEPTH:
        return False
    if isinstance(node, ast.Call) and not pipe_steps(node):
        func = infer(node.func, scope)
        return isinstance(func, Qual) and is_fake_class(func.path)
    if isinstance(node, ast.Name):
        binding = binding_of(node, scope)
        if binding is not None and binding.kind in ("import", "relimport"):  # a fake from a fixtures module
            from rice_core.scan.python.cross_module import defining_binding

            binding = defining_binding(binding, scope)
        if binding is None or binding.kind != "assign" or binding.scope is None:
            return False
        return is_fake_model(binding.value, binding.scope, depth + 1)
    return any(is_fake_model(step, scope, depth + 1) for step in pipe_steps(node))


# generation methods of LangChain LLM / chat-model subclasses and LlamaIndex ``CustomLLM`` subclasses
_GENERATE_METHODS = frozenset(
    {"_call", "_acall", "_generate", "_agenerate", "_stream", "_astream", "complete", "acomplete", "stream_complete"}
)
# what a canned answer is wrapped in (LangChain and LlamaIndex result types) and harmless built-ins
_RESULT_TYPES = frozenset(
    {"CompletionResponse", "ChatResponse", "ChatMessage", "AIMessage", "AIMessageChunk", "Generation",
     "ChatGeneration", "ChatGenerationChunk", "GenerationChunk", "ChatResult", "LLMResult", "str", "len", "range"}
)  # fmt: skip


def canned_llm(definition: ast.ClassDef) -> bool:
    """A project-defined LLM class (``class SimpleLLM(LLM)``, ``class Dummy(CustomLLM)``) whose generation methods
    call nothing but result constructors — they return canned text or echo the prompt — is a dummy: a chain or
    engine over it sends no request."""
    methods = [
        s
        for s in definition.body
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name in _GENERATE_METHODS
    ]
    return bool(methods) and not any(_calls_out(n) for m in methods for s in m.body for n in ast.walk(s))


def _calls_out(node: ast.AST) -> bool:
    if isinstance(node, (ast.Await, ast.YieldFrom)):
        return True
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return not (isinstance(func, ast.Name) and func.id in _RESULT_TYPES)
