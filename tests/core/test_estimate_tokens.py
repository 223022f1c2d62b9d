"""``rice estimate`` token options (issue 16): --max-tokens priced at E[min(L, cap)] for --kind with the cap as the
high end, --output-tokens exact, hidden reasoning by --reasoning-effort or --reasoning-tokens; the token lines use
the hover's words. In-process ``main`` and the CLI as a subprocess."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from rice_core.cli import main
from rice_core.estimator import estimate
from rice_core.workload.lengths import output_kind

SIZE = ["--params-b", "70", "--prompt-tokens", "500", "--power-model", "rice-paper", "--pue", "1.1", "--grid", "100"]
FIXED = {"params_b": 70, "prompt_tokens": 500, "power_model": "rice-paper", "pue": 1.1, "grid_gco2e_per_kwh": 100}


def capped_mean(mean: float, sigma: float, cap: float) -> float:
    """E[min(L, cap)] of a lognormal with this mean, written out by hand (not the package's function)."""
    mu = math.log(mean) - sigma**2 / 2
    cdf = lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2)))  # noqa: E731
    z = (math.log(cap) - mu) / sigma
    return mean * cdf(z - sigma) + cap * (1 - cdf(z))


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["estimate", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def assumption(data: dict, name: str) -> dict:
    return next(a for a in data["assumptions"] if a["name"] == name)


def test_max_tokens_prices_the_expected_chat_reply_and_keeps_the_cap_as_the_high_end(
    capsys: pytest.CaptureFixture[str],
) -> None:
    chat = output_kind("chat")
    assert chat is not None
    expected = round(capped_mean(chat.mean_tokens, chat.sigma, 4096))
    data = run_json([*SIZE, "--max-tokens", "4096"], capsys)
    assert data["output_tokens"] == expected and 300 < expected < 345  # a chat reply, not the 4,096 ceiling
    central = estimate(output_tokens=expected, **FIXED)
    at_cap = estimate(output_tokens=4096, **FIXED)
    assert data["energy_wh"] == pytest.approx(central.energy_wh)  # type: ignore[union-attr]
    assert data["energy_range_wh"][1] == pytest.approx(at_cap.energy_range_wh.high)  # type: ignore[union-attr]
    assert assumption(data, "output_cap_tokens")["value"] == 4096
    assert assumption(data, "output_tokens")["detail"] == (
        "chat replies (Azure LLM trace 2023, LMSYS-Chat-1M, ML.ENERGY v2, ML.ENERGY v3); kind: default (no --kind); "
        "E[min(L, 4,096)], mean 339"
    )


def test_kind_changes_the_expected_length(capsys: pytest.CaptureFixture[str]) -> None:
    labels = output_kind("classification")
    assert labels is not None
    data = run_json([*SIZE, "--max-tokens", "4096", "--kind", "classification"], capsys)
    assert data["output_tokens"] == round(capped_mean(labels.mean_tokens, labels.sigma, 4096)) == 3
    assert "kind: --kind classification;" in assumption(data, "output_tokens")["detail"]


def test_output_tokens_is_exact_and_the_reasoning_effort_adds_hidden_tokens(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        ["-m", "o3", "--prompt-tokens", "500", "--output-tokens", "300", "--reasoning-effort", "high"], capsys
    )
    assert data["output_tokens"] == 300
    assert data["reasoning_tokens"] == 4360  # high = 2 × medium; medium = 2,180 measured (gpt-oss on GPQA)
    want = estimate("o3", prompt_tokens=500, output_tokens=300, reasoning_tokens=4360)
    assert data["energy_wh"] == pytest.approx(want.energy_wh)  # type: ignore[union-attr]
    default = run_json(["-m", "o3", "--prompt-tokens", "500", "--output-tokens", "300"], capsys)
    assert default["reasoning_tokens"] == 2180  # o3 reasons at medium effort unless told otherwise


def test_stated_reasoning_tokens_and_none(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        ["-m", "o3", "--prompt-tokens", "10", "--output-tokens", "20", "--reasoning-tokens", "1000"], capsys
    )
    assert (data["output_tokens"], data["reasoning_tokens"]) == (20, 1000)
    assert assumption(data, "reasoning_tokens")["detail"] == "--reasoning-tokens"
    off = run_json(["-m", "o3", "--prompt-tokens", "10", "--output-tokens", "20", "--reasoning-tokens", "0"], capsys)
    assert off["reasoning_tokens"] == 0


def test_the_token_lines_use_the_hovers_words_in_a_subprocess() -> None:
    argv = ["-m", "o3", "--prompt-tokens", "500", "--output-tokens", "300", "--reasoning-effort", "high"]
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-m", "rice_core", "estimate", *argv], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    rows = table_rows(done.stdout)
    assert rows["tokens"] == ["≈ 500 → 300 tokens (cap 300)", "output: --output-tokens"]
    assert rows["reasoning"] == [
        "≈ 4,360 hidden tokens: effort high (2 × 2,180 measured on GPQA)",
        "counted in the energy on top of the output",
    ]


def test_a_capped_chat_call_in_the_table(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = run_json([*SIZE, "--max-tokens", "4096", "--kind", "chat"], capsys)
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["estimate", *SIZE, "--max-tokens", "4096", "--kind", "chat"]) == 0
    rows = table_rows(capsys.readouterr().out)
    assert rows["tokens"] == [
        f"≈ 500 → {data['output_tokens']:,} tokens (cap 4,096)",
        "output: chat replies (Azure LLM trace 2023, LMSYS-Chat-1M, ML.ENERGY v2, ML.ENERGY v3); kind: --kind chat",
    ]
    assert "reasoning" not in rows  # a 70 B model given by size does not reason


def table_rows(text: str) -> dict[str, list[str]]:
    """{quantity: [value, detail]} of the figures table (one line per row at 200 columns)."""
    cells = [line.split("│")[1:4] for line in text.splitlines() if line.count("│") == 4]
    return {c[0].strip(): [c[1].strip(), c[2].strip()] for c in cells}


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["-m", "gpt-4o", "--output-tokens", "5", "--reasoning-effort", "high"], "gpt-4o emits no hidden reasoning"),
        (["-m", "claude-sonnet-4", "--max-tokens", "500", "--reasoning-effort", "low"], "takes no reasoning effort"),
        (["-m", "gpt-4o", "--output-tokens", "5", "--kind", "code"], "--kind applies with --max-tokens"),
        (["-m", "gpt-4o", "--max-tokens", "500", "--kind", "poetry"], "unknown --kind 'poetry'; one of: chat, code"),
        (["-m", "o3", "--max-tokens", "500", "--reasoning-tokens", "500"], "leaves no room under --max-tokens 500"),
        (["-m", "gpt-4o", "--max-tokens", "0"], "--max-tokens must be a whole number from 1"),
        (["-m", "gpt-4o"], "one of the arguments --output-tokens --max-tokens is required"),
        (["-m", "gpt-4o", "--output-tokens", "5", "--max-tokens", "9"], "not allowed with argument"),
    ],
)
def test_clashing_token_options_exit_2_naming_them(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["estimate", "--prompt-tokens", "5", *argv]) == 2
    assert needle in capsys.readouterr().err
