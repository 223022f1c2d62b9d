"""Labels that must agree with the code: an unknown model is named as written, with what it was priced as; a
published size with one figure is not written as a range."""

from __future__ import annotations

from rice_core import estimate
from rice_core.config import RiceConfig
from rice_lsp.analysis import analyse_text
from rice_lsp.hover import hover_markdown
from rice_lsp.inlay_hints import hint_tooltip

APP = 'from openai import OpenAI\nOpenAI().chat.completions.create(model="my-private-model", messages=[])\n'


def test_hover_names_the_written_model_and_what_it_was_priced_as() -> None:
    (figures,) = analyse_text(APP, "/tmp/app.py", RiceConfig(), 5_000_000).calls
    model_row = next(line for line in hover_markdown(figures).splitlines() if line.startswith("| Model |"))
    assert model_row.startswith(
        "| Model | `my-private-model` (literal), priced as `gpt-4o-mini` (unknown model; set defaults.model) → "
    )
    assert hint_tooltip(figures) == (
        "R-ICE estimate per request for my-private-model, priced as gpt-4o-mini (unknown model; set defaults.model)"
        " (hover the call for the breakdown)"
    )


def test_a_known_model_keeps_its_plain_label() -> None:
    (figures,) = analyse_text(APP.replace("my-private-model", "gpt-4o"), "/tmp/app.py", RiceConfig(), 5_000_000).calls
    model_row = next(line for line in hover_markdown(figures).splitlines() if line.startswith("| Model |"))
    assert model_row.startswith("| Model | `gpt-4o` (literal) → ") and "priced as" not in model_row


def test_single_figure_sizes_are_not_written_as_ranges() -> None:
    result = estimate("gpt-4o", prompt_tokens=100, output_tokens=100)
    (message,) = [w.message for w in result.warnings if w.code == "closed-model-params-estimated"]
    assert "(440 B total, 44-132 B active)" in message and "440-440" not in message


def test_check_formats_name_the_written_model(tmp_path) -> None:
    import json

    from rice_core.budget.check import CheckRequest, run_check
    from rice_core.budget.formats import render_json, render_markdown
    from rice_core.budget.sarif import render_sarif

    (tmp_path / "app.py").write_text(APP)
    result = run_check(CheckRequest((tmp_path,), None, False, tmp_path))
    (call,) = json.loads(render_json(result))["calls"]
    assert (call["model"], call["model_in_code"]) == ("gpt-4o-mini", "my-private-model")
    note = "my-private-model, priced as gpt-4o-mini (unknown model; set defaults.model)"
    assert f"| {note} |" in render_markdown(result)
    assert note in render_sarif(result)
