"""``self.model`` read in a base class that only declares it (or not at all) and leaves it to its subclasses —
the Python counterpart of the JS/TS abstract-field rule (blind evaluation 2 follow-up)."""

from __future__ import annotations

from .conftest import only

BASE = """
from anthropic import Anthropic
class Agent:
    model: str
    def __init__(self):
        self.client = Anthropic()
    def run(self, task):
        return self.client.messages.create(model=self.model, max_tokens=300, messages=[{"role": "user", "content": task}])
"""


def test_attribute_set_by_the_only_subclass_resolves_in_the_base_class(codes) -> None:
    call = only(BASE + 'class Planner(Agent):\n    model = "claude-3-5-haiku-latest"\n')
    assert (call.line, call.model, call.model_source) == (8, "claude-3-5-haiku-latest", "constant")
    assert "unresolved-model" not in codes(call)


def test_attribute_set_in_a_subclass_init_or_by_a_grandchild() -> None:
    in_init = (
        BASE
        + 'class Planner(Agent):\n    def __init__(self):\n        super().__init__()\n        self.model = "claude-3-opus-latest"\n'
    )
    assert only(in_init).model == "claude-3-opus-latest"
    grandchild = BASE + 'class Mid(Agent):\n    pass\nclass Leaf(Mid):\n    model = "claude-3-5-sonnet-latest"\n'
    assert only(grandchild).model == "claude-3-5-sonnet-latest"


def test_subclasses_that_disagree_leave_the_model_unresolved_naming_both(codes) -> None:
    call = only(
        BASE
        + 'class A(Agent):\n    model = "claude-3-5-haiku-latest"\nclass B(Agent):\n    model = "claude-3-opus-latest"\n'
    )
    assert call.model_source == "config-default" and "unresolved-model" in codes(call)
    message = next(w.message for w in call.warnings if w.code == "unresolved-model")
    assert "claude-3-5-haiku-latest" in message and "claude-3-opus-latest" in message


def test_a_value_in_the_base_class_itself_wins_over_subclasses() -> None:
    code = BASE.replace("    model: str\n", '    model: str = "claude-3-5-sonnet-latest"\n')
    assert only(code + 'class A(Agent):\n    model = "claude-3-5-haiku-latest"\n').model == "claude-3-5-sonnet-latest"
