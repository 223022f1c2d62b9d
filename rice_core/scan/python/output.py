"""Output tokens of a call: ``max_tokens`` and its cousins on the call, inside generation configs, or fixed on
the client / chat-model constructor."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from rice_core.scan.python.infer import Inst
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import dict_items, resolve_int

OUTPUT_KEYS = (
    "max_tokens",
    "max_completion_tokens",
    "max_output_tokens",
    "max_new_tokens",
    "num_predict",
    "max_tokens_to_sample",
    "maxOutputTokens",
    "maxTokens",
    "max_gen_len",
    "maxTokenCount",
)
CONFIG_KEYS = (
    "config",
    "generation_config",
    "generationConfig",
    "inferenceConfig",
    "textGenerationConfig",
    "body",
    "options",
    "sampling_params",
    "model_kwargs",
    "generate_kwargs",
    "extra_body",
    "llm_kwargs",
    "pipeline_kwargs",
    "generation_kwargs",
    "inference_params",
    "model_settings",
    "parameters",  # Hugging Face Inference: {"inputs": q, "parameters": {"max_new_tokens": 200}}
)


@dataclass(frozen=True)
class OutputTokens:
    value: int | None
    source: str  # argument|generation-config ("" when not found)
    key: str = ""  # the keyword that set it (even when its value is not a constant)


NOT_FOUND = OutputTokens(None, "")


def _direct(call: ast.Call, scope: Scope) -> OutputTokens:
    for keyword in call.keywords:
        if keyword.arg in OUTPUT_KEYS:
            return OutputTokens(resolve_int(keyword.value, scope), "argument", keyword.arg)
    return NOT_FOUND


def _in_mapping(node: ast.expr, scope: Scope, source: str) -> OutputTokens:
    items = dict_items(node, scope)
    if not items:
        return NOT_FOUND
    for key in OUTPUT_KEYS:
        if key in items:
            return OutputTokens(resolve_int(items[key], scope), source, key)
    for key in CONFIG_KEYS:  # nested: {"options": {"num_predict": 200}}
        if key in items:
            nested = _in_mapping(items[key], scope, "generation-config")
            if nested.key:
                return nested
    return NOT_FOUND


def _in_configs(call: ast.Call, scope: Scope) -> OutputTokens:
    for keyword in call.keywords:
        if keyword.arg in CONFIG_KEYS:
            found = _in_mapping(keyword.value, scope, "generation-config")
        elif keyword.arg is None:  # **params
            found = _in_mapping(keyword.value, scope, "argument")
        else:
            continue
        if found.key:
            return found
    for arg in call.args:  # vLLM: llm.generate(prompts, SamplingParams(max_tokens=256))
        if isinstance(arg, (ast.Call, ast.Name)):
            found = _in_mapping(arg, scope, "generation-config")
            if found.key:
                return found
    return NOT_FOUND


def output_tokens(call: ast.Call, scope: Scope, inst: Inst | None, body: ast.expr | None = None) -> OutputTokens:
    """The first output-token limit found: on the call, in its configs, then on the instance's constructors
    (for raw HTTP calls: in the JSON body)."""
    if body is not None:
        return _in_mapping(body, scope, "argument")
    for found in (_direct(call, scope), _in_configs(call, scope)):
        if found.key:
            return found
    for origin in inst.origins if inst is not None else ():
        for found in (_direct(origin.call, origin.scope), _in_configs(origin.call, origin.scope)):
            if found.key:
                return found
    from rice_core.scan.python.local import wrapped_llm

    inner = wrapped_llm(inst)  # ChatHuggingFace(llm=HuggingFaceEndpoint(max_new_tokens=200))
    for origin in inner.origins if inner is not None else ():
        for found in (_direct(origin.call, origin.scope), _in_configs(origin.call, origin.scope)):
            if found.key:
                return found
    return NOT_FOUND
