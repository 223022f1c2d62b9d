"""`// rice: ...` annotations on or above a call."""

from __future__ import annotations

import pytest

from rice_core.scan.js.annotations import parse_annotation

from .helpers import codes, only

HEAD = 'import OpenAI from "openai";\nconst client = new OpenAI();\n'
CALL = 'client.chat.completions.create({ model: "gpt-4o", messages: [] })'


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("// rice: volume=5000/day", {"volume": "5000/day"}),
        ("// rice: model=gpt-4o-mini output_tokens=800", {"model": "gpt-4o-mini", "output_tokens": "800"}),
        ("/* rice: ignore */", {"ignore": "true"}),
        ("{/* rice: volume=10/hour */}", {"volume": "10/hour"}),
        ("// an ordinary comment", {}),
    ],
)
def test_parse_annotation(comment: str, expected: dict[str, str]) -> None:
    assert parse_annotation(comment) == expected


def test_annotations_above_the_statement() -> None:
    site = only(
        HEAD + "// rice: volume=5000/day model=claude-3-5-haiku-latest\n// rice: output_tokens=800\n"
        f"const res = await {CALL};\n"
    )
    assert (site.volume, site.model, site.model_source) == ("5000/day", "claude-3-5-haiku-latest", "annotation")
    assert (site.output_tokens, site.output_tokens_source) == (800, "annotation")
    assert "default-output-tokens" not in codes(site)


def test_trailing_annotation_and_ignore() -> None:
    site = only(HEAD + f"await {CALL}; // rice: ignore\n")
    assert site.ignored


def test_annotation_above_a_multiline_statement_start() -> None:
    site = only(
        HEAD + "export async function handler() {\n  // rice: volume=20/minute\n"
        "  const { choices } =\n    await client.chat.completions.create({\n"
        '      model: "gpt-4o",\n      messages: [],\n    });\n}\n'
    )
    assert site.volume == "20/minute"


def test_annotation_separated_by_code_does_not_apply() -> None:
    site = only(HEAD + "// rice: ignore\nconst unrelated = 1;\n" + f"await {CALL};\n")
    assert not site.ignored


def test_prompt_tokens_annotation() -> None:
    site = only(HEAD + f"// rice: prompt_tokens=1500\nawait {CALL};\n")
    assert (site.prompt_tokens, site.prompt_source) == (1500, "annotation")
