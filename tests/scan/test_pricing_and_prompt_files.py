"""Pricing through the estimator, and prompt files on their own."""

from __future__ import annotations

import dataclasses

from rice_core.config import Defaults, RiceConfig
from rice_core.scan import scan_source
from rice_core.scan.pricing import model_variants, price_calls
from rice_core.scan.prompt_files import scan_prompt_file

CALL = "from openai import OpenAI\nOpenAI().chat.completions.create(model={m!r}, messages=[{{'role': 'user', 'content': 'Hi'}}], max_tokens=50)\n"


def test_known_model_is_priced_and_region_passes_through() -> None:
    call = scan_source(CALL.format(m="gpt-4o-mini"), "a.py")[0]
    world, france = (price_calls([call], RiceConfig(defaults=Defaults(region=r)))[0] for r in ("world", "FR"))
    assert world.estimate is not None and france.estimate is not None and world.problems == ()
    assert world.estimate.energy_wh == france.estimate.energy_wh and france.estimate.co2e_g < world.estimate.co2e_g


def test_unknown_model_gets_problem_and_default_model_price() -> None:
    call = scan_source(CALL.format(m="acme-llm-9000"), "a.py")[0]
    priced = price_calls([call], RiceConfig(defaults=Defaults(model="gpt-4o-mini")))[0]
    reference = price_calls([dataclasses.replace(call, model="gpt-4o-mini")], RiceConfig())[0]
    assert [p.code for p in priced.problems] == ["unknown-model"]
    assert priced.estimate is not None and reference.estimate is not None
    assert priced.estimate.energy_wh == reference.estimate.energy_wh


def test_provider_prefixed_model_is_retried_without_prefix() -> None:
    assert model_variants("openai:gpt-4o") == ["gpt-4o"] and model_variants("anthropic/claude-x") == ["claude-x"]
    call = scan_source(CALL.format(m="openai/gpt-4o-mini"), "a.py")[0]
    priced = price_calls([call], RiceConfig())[0]
    assert priced.problems == () and priced.estimate is not None and priced.estimate.model is not None


DOTPROMPT = """---
model: googleai/gemini-1.5-flash
config:
  maxOutputTokens: 400
---
Summarize for a general audience:

{{article}}
"""


def test_dotprompt_file() -> None:
    (call,) = scan_prompt_file(DOTPROMPT, "prompts/s.prompt", RiceConfig(defaults=Defaults(placeholder_tokens=10)))
    assert (call.sdk, call.model, call.output_tokens, call.estimated_prompt_tokens, call.line) == (
        "prompt-file",
        "googleai/gemini-1.5-flash",
        400,
        781,  # issue 16: {{article}} is sized by its name (a CNN/DailyMail article), not placeholder_tokens
        2,
    )


def test_yaml_prompt_file_and_plain_yaml() -> None:
    text = "model: gpt-4o-mini\nmodelParameters:\n  max_tokens: 50\nmessages:\n  - role: user\n    content: Hello\n"
    (call,) = scan_source(text, "p/triage.prompt.yml")
    assert (call.model, call.output_tokens, call.prompt_source) == ("gpt-4o-mini", 50, "literal")
    assert scan_source("server:\n  port: 1\n", "config.yaml") == []


def test_jinja_only_under_prompt_folders_and_model_none() -> None:
    assert scan_source("Hello {{ name }}", "templates/index.html.j2") == []
    (call,) = scan_source("Hello {{ name }}", "prompts/greet.j2")
    assert call.model is None and call.estimated_prompt_tokens == 5  # issue 16: {{ name }} is a short value
    assert price_calls([call], RiceConfig())[0].estimate is None


def test_type_stubs_are_not_scanned() -> None:
    assert (
        scan_source("from openai import OpenAI\nOpenAI().chat.completions.create(model='x', messages=[])", "s.pyi")
        == []
    )


def test_missing_js_front_end_is_a_problem_not_a_crash(monkeypatch) -> None:
    import sys

    from rice_core.scan import scan_source_with_problems

    monkeypatch.setitem(sys.modules, "rice_core.scan.js", None)  # import → ImportError
    calls, problems = scan_source_with_problems("import OpenAI from 'openai'", "a.ts")
    assert calls == [] and [p.code for p in problems] == ["frontend-missing"]


def test_notebook_cells_are_scanned_with_cell_positions() -> None:
    import json

    nb = {
        "cells": [
            {"cell_type": "markdown", "source": ["client.chat.completions.create(model='not code')"]},
            {"cell_type": "code", "source": ["%pip install openai\n", "from openai import OpenAI\n", "c = OpenAI()"]},
            {"cell_type": "code", "source": ["c.chat.completions.create(model='gpt-4o', messages=[])"]},
        ]
    }
    (call,) = scan_source(json.dumps(nb), "exp.ipynb")
    assert (call.line, call.model, call.extra["cell"], call.extra["cell_line"]) == (4, "gpt-4o", 2, 1)
    assert scan_source("{not json", "bad.ipynb") == []


def test_dotprompt_role_markers_and_block_helpers_are_not_placeholders() -> None:
    """``{{role "system"}}`` splits messages and ``{{#if}}…{{/if}}`` renders no text: only ``{{ticket}}`` is a hole."""
    from rice_core.config import RiceConfig
    from rice_core.scan.prompt_files import scan_prompt_file
    from rice_core.tokens import count_messages

    text = (
        "---\nmodel: gpt-4o\nconfig:\n  maxOutputTokens: 120\n---\n"
        '{{role "system"}}\nAnswer with one label.\n\n'
        '{{role "user"}}\n{{! a comment }}{{#if urgent}}URGENT {{/if}}Ticket: {{ticket}}\n'
    )
    (call,) = scan_prompt_file(text, "triage.prompt", RiceConfig())
    assert call.estimated_prompt_tokens == 781  # one placeholder, {{ticket}}: a document by name (issue 16)
    expected_literal = count_messages(
        [{"content": "\nAnswer with one label.\n\n\n"}, {"content": "\nURGENT Ticket: \n"}],
        "gpt-4o",
    )
    assert call.literal_prompt_tokens == expected_literal
    assert call.output_tokens == 120
