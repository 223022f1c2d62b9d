"""Test doubles in JS/TS tests: a module replaced with `vi.mock("@/lib/ai", ...)` / `jest.mock(...)` hands out mocks,
so a call whose receiver or model is imported from it sends no request; nor does one whose model is a mock model
object (`new MockLanguageModelV1(...)` from `ai/test`). The other module's real code must not be followed there."""

from __future__ import annotations

from typing import Any

from rice_core.scan.js.match import Match
from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import Decl, FileIndex, Import, string_value

MOCKERS = frozenset({"vi.mock", "vi.doMock", "vitest.mock", "jest.mock", "jest.doMock", "jest.unstable_mockModule"})
_MAX_HOPS = 4


def mocked_modules(index: FileIndex) -> frozenset[str]:
    """The module specifiers the file replaces with mocks."""
    out = set()
    for call in index.calls:
        func = call.child_by_field_name("function")
        if func is not None and func.type == "member_expression" and text_of(func) in MOCKERS:
            args = call.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            module = string_value(first) if first is not None else None
            if module:
                out.add(module)
    return frozenset(out)


def sends_to_a_mock(call: Any, match: Match, index: FileIndex, mocked: frozenset[str]) -> bool:
    """Whether the call's receiver or model comes from a mocked module or is a mock model object."""
    func = call.child_by_field_name("function")
    while func is not None and func.type == "member_expression":
        func = func.child_by_field_name("object")
    return any(_mock(node, index, mocked) for node in (func, match.options.get("model")) if node is not None)


def _mock(node: Any, index: FileIndex, mocked: frozenset[str]) -> bool:
    for _ in range(_MAX_HOPS):
        if node is None:
            return False
        if node.type == "new_expression":
            constructor = node.child_by_field_name("constructor")
            return constructor is not None and text_of(constructor).rpartition(".")[2].startswith("Mock")
        if node.type not in ("identifier", "shorthand_property_identifier"):
            return False
        binding = index.resolve(node)
        if isinstance(binding, Import):
            return binding.module in mocked
        node = binding.value if isinstance(binding, Decl) else None
    return False
