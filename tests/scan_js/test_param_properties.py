"""TypeScript constructor parameter properties with a default (``constructor(private model = "...")``) read as
``this.model`` (blind evaluation 3 follow-up)."""

from __future__ import annotations

from .helpers import codes, only

CLASS = """import { GoogleGenAI } from "@google/genai";
export class Drafter {
  private readonly ai = new GoogleGenAI({});
  constructor(PARAMS) {}
  draft(topic: string) {
    return this.ai.models.generateContent({ model: this.modelId, contents: topic });
  }
}
"""


def test_parameter_property_default_is_this_field() -> None:
    site = only(
        CLASS.replace("PARAMS", 'public topicLimit = 3, protected readonly modelId: string = "gemini-2.0-flash"')
    )
    assert (site.line, site.model) == (6, "gemini-2.0-flash")


def test_a_plain_parameter_with_a_default_is_no_field() -> None:
    site = only(CLASS.replace("PARAMS", 'modelId: string = "gemini-2.0-flash"'))
    assert site.model != "gemini-2.0-flash" and "unresolved-model" in codes(site)


def test_constructor_assignment_wins_over_the_parameter_default() -> None:
    code = CLASS.replace("PARAMS", 'private modelId = "gemini-2.0-flash"').replace(
        "{}\n  draft", '{ this.modelId = "gemini-1.5-pro"; }\n  draft'
    )
    assert only(code).model == "gemini-1.5-pro"
