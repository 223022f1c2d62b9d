"""Expected tokens of an LLM call: output-length distributions by kind of work, hidden reasoning tokens of
reasoning models, and prompt placeholders sized by meaning. Pure, sourced package data; no source code here."""

from rice_core.workload.expected import TokenPlan, plan_tokens
from rice_core.workload.infer import infer_kind
from rice_core.workload.lengths import OutputKind, kind_ids, output_kind
from rice_core.workload.placeholders import Guess, Hole, size_hole
from rice_core.workload.reasoning import Reasoning, expected_reasoning, reasoning_model

__all__ = [
    "Guess",
    "Hole",
    "OutputKind",
    "Reasoning",
    "TokenPlan",
    "expected_reasoning",
    "infer_kind",
    "kind_ids",
    "output_kind",
    "plan_tokens",
    "reasoning_model",
    "size_hole",
]
