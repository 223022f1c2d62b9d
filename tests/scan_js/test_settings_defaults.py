"""A model read from an editor setting with a literal default (``getConfiguration("x").get("model", "gpt-4o")``)
is priced at that default with the info problem ``model-from-setting`` (blind evaluation 3 follow-up)."""

from __future__ import annotations

from rice_core.problems import CODES

from .helpers import codes, only

CALL = """import OpenAI from "openai";
import * as vscode from "vscode";
const openai = new OpenAI();
export async function explain(text: string) {
  SETUP
  return openai.chat.completions.create({ MODEL, messages: [{ role: "user", content: text }] });
}
"""


def test_inline_getter_default_with_shorthand_property() -> None:
    code = CALL.replace(
        "SETUP", 'const model = vscode.workspace.getConfiguration("helper").get<string>("chatModel", "o4-mini");'
    )
    site = only(code.replace("MODEL", "model"))
    assert (site.line, site.model, site.model_source) == (6, "o4-mini", "setting-default")
    note = next(w for w in site.warnings if w.code == "model-from-setting")
    assert note.severity == "info" and "chatModel" in note.message and "model-from-setting" in CODES


def test_getter_on_a_bound_configuration_object() -> None:
    code = CALL.replace(
        "SETUP", 'const cfg = vscode.workspace.getConfiguration("helper");\n  const id = cfg.get("m", "gpt-4.1");'
    )
    site = only(code.replace("MODEL", "model: id"))
    assert (site.model, site.model_source) == ("gpt-4.1", "setting-default")


def test_getter_without_default_stays_unresolved_and_says_so() -> None:
    code = CALL.replace("SETUP", 'const model = vscode.workspace.getConfiguration("helper").get<string>("chatModel");')
    site = only(code.replace("MODEL", "model"))
    assert site.model_source == "config-default" and {"unresolved-model", "model-from-setting"} <= codes(site)


def test_a_get_on_anything_else_is_not_a_setting() -> None:
    code = CALL.replace("SETUP", 'const model = new Map<string, string>().get("chatModel", "o4-mini");')
    site = only(code.replace("MODEL", "model"))
    assert "model-from-setting" not in codes(site) and site.model_source != "setting-default"
