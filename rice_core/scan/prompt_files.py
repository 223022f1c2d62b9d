"""Prompt files on their own: ``*.prompt`` (dotprompt), ``*.prompty``, ``*.jinja``/``*.j2`` under a prompt folder,
and YAML prompt files with ``messages`` and ``model`` (e.g. ``*.prompt.yml``). Token counts always; a model
(hence a per-call estimate) where the file names one."""

from __future__ import annotations

import re
from typing import Any

import yaml

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite, Span
from rice_core.scan.workload import placeholder_message, size_placeholders
from rice_core.scan.python.templates import jinja_fields
from rice_core.scan.tokencount import prompt_tokens_of
from rice_core.workload.placeholders import Hole

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", re.DOTALL)
_ROLE_LINE = re.compile(r"^(system|user|assistant)\s*:\s*$", re.MULTILINE | re.IGNORECASE)
# dotprompt (Handlebars): role markers split messages; block helpers, `else` and comments render no text.
_DOTPROMPT_ROLE = re.compile(r"""\{\{\s*role\s+["'](system|user|model|assistant|tool)["']\s*\}\}""", re.IGNORECASE)
_DOTPROMPT_SILENT = re.compile(r"\{\{\s*(?:[#/^][^}]*|else\s*|!--.*?--|![^}]*)\}\}", re.DOTALL)
_OUTPUT_KEYS = (
    "max_tokens",
    "maxOutputTokens",
    "max_output_tokens",
    "max_completion_tokens",
    "max_new_tokens",
    "num_predict",
)
TEMPLATE_SUFFIXES = (".prompt", ".prompty", ".jinja", ".j2", ".jinja2")
YAML_SUFFIXES = (".yaml", ".yml")


def is_prompt_file(path: str) -> bool:
    """True for files this module reads: template suffixes (Jinja only under a prompt folder) and YAML."""
    lower = path.lower()
    if lower.endswith((".jinja", ".j2", ".jinja2")):
        return "prompt" in lower
    return lower.endswith((".prompt", ".prompty", *YAML_SUFFIXES))


def _load_yaml(text: str) -> Any:
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None


def _model_of(meta: dict[str, Any]) -> str | None:
    model = meta.get("model")
    if isinstance(model, dict):  # prompty: model.configuration.{azure_deployment,model,name}
        conf = model.get("configuration") or {}
        model = conf.get("model") or conf.get("azure_deployment") or conf.get("name") or model.get("name")
    return model if isinstance(model, str) and model.strip() else None


def _output_of(meta: dict[str, Any]) -> int | None:
    model = meta.get("model")
    for holder in (meta, meta.get("config"), meta.get("modelParameters"), model if isinstance(model, dict) else None):
        if not isinstance(holder, dict):
            continue
        nested = holder.get("parameters")
        params: dict[str, Any] = nested if isinstance(nested, dict) else holder
        for key in _OUTPUT_KEYS:
            if isinstance(params.get(key), int):
                return int(params[key])
    return None


def _messages_text(messages: Any) -> list[str]:
    out = []
    for message in messages if isinstance(messages, list) else ():
        if isinstance(message, dict) and isinstance(message.get("content"), str):
            out.append(message["content"])
    return out


def _line_of(text: str, key: str) -> int:
    match = re.search(rf"^\s*{key}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _split(text: str, path: str) -> tuple[dict[str, Any], list[str]] | None:
    """(metadata, message texts) of a prompt file, or None when the file is not a prompt file after all."""
    lower = path.lower()
    if lower.endswith(YAML_SUFFIXES):
        if "messages" not in text or "model" not in text:
            return None
        data = _load_yaml(text)
        if not isinstance(data, dict) or not isinstance(data.get("messages"), list) or _model_of(data) is None:
            return None
        return data, _messages_text(data["messages"])
    match = _FRONT.match(text)
    meta = _load_yaml(match.group(1)) if match else None
    body = match.group(2) if match else text
    if lower.endswith(".prompt"):
        body = _DOTPROMPT_SILENT.sub("", _DOTPROMPT_ROLE.sub("\nuser:\n", body))
    parts = [
        p for p in _ROLE_LINE.split(body) if p.strip() and p.strip().lower() not in ("system", "user", "assistant")
    ]
    return (meta if isinstance(meta, dict) else {}), (parts or [body])


def scan_prompt_file(text: str, path: str, config: RiceConfig) -> list[CallSite]:
    """One CallSite for a prompt file (sdk "prompt-file"); model None when the file names no model."""
    split = _split(text, path)
    if split is None:
        return []
    meta, texts = split
    literal_parts, names = [], []
    for part in texts:
        literal, fields = jinja_fields(part)
        literal_parts.append(literal)
        names += fields
    holes = len(names)
    model = _model_of(meta)
    literal_tokens = prompt_tokens_of(literal_parts, len(literal_parts) if len(literal_parts) > 1 else 0, model)
    sized = size_placeholders([Hole(name) for name in names], holes, config)  # issue 16: by name
    estimated = sum(tokens for _, tokens, _ in sized)
    out = _output_of(meta)
    warnings: list[Problem] = []
    if holes:
        warnings.append(Problem("prompt-placeholders-estimated", placeholder_message(sized), "info"))
    if out is None:
        warnings.append(
            Problem(
                "default-output-tokens",
                f"The prompt file sets no max output tokens; output capped at {config.defaults.output_tokens}.",
                "info",
            )
        )
    line = _line_of(text, "model") if model else 1
    return [
        CallSite(
            path=path,
            span=Span(line, 0, line, 0),
            sdk="prompt-file",
            api=path.rsplit(".", 1)[-1].lower(),
            model=model,
            model_source="literal" if model else "none",
            prompt_tokens=literal_tokens + estimated,
            prompt_source="template" if holes else "literal",
            output_tokens=out or config.defaults.output_tokens,
            output_tokens_source="argument" if out else "config-default",
            literal_prompt_tokens=literal_tokens,
            estimated_prompt_tokens=estimated,
            language="prompt",
            warnings=tuple(warnings),
            prompt_text="".join(literal_parts)[:2000],
            placeholders=sized,
        )
    ]
