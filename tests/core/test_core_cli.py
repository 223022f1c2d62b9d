"""``rice estimate`` and ``rice validate``: in-process through main(argv) and once each as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rice_core.cli import main
from rice_core.estimator import estimate

BASE = [
    "estimate",
    "--params-b",
    "70",
    "--prompt-tokens",
    "500",
    "--output-tokens",
    "300",
    "--power-model",
    "rice-paper",
    "--pue",
    "1.1",
    "--grid",
    "100",
]


def test_json_is_exactly_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*BASE, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    want = estimate(
        params_b=70, prompt_tokens=500, output_tokens=300, power_model="rice-paper", pue=1.1, grid_gco2e_per_kwh=100
    ).to_dict()
    want["assumptions"] += [  # issue 16: how the token figures were reckoned (--output-tokens: stated exactly)
        {"name": "output_tokens", "value": 300, "source": "argument", "detail": "--output-tokens"},
        {"name": "output_cap_tokens", "value": 300, "source": "argument", "detail": ""},
    ]
    assert printed == json.loads(json.dumps(want))


def test_prompt_text_is_counted_as_one_user_message(capsys: pytest.CaptureFixture[str]) -> None:
    from rice_core.tokens import count_messages

    assert (
        main(
            [
                "estimate",
                "--model",
                "gpt-4o-mini",
                "--prompt",
                "tiktoken is great!",
                "--output-tokens",
                "5",
                "--power-model",
                "rice-paper",
                "--format",
                "json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert (
        out["prompt_tokens"]
        == count_messages([{"role": "user", "content": "tiktoken is great!"}], "gpt-4o-mini")
        == 3 + 1 + 6 + 3
    )


def test_prompt_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "p.txt"
    f.write_text("hello world", encoding="utf-8")
    assert (
        main(
            [
                "estimate",
                "--params-b",
                "8",
                "--prompt-file",
                str(f),
                "--output-tokens",
                "5",
                "--power-model",
                "rice-paper",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["prompt_tokens"] == 3 + 1 + 2 + 3


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["--model", "gpt-4o-minii", "--prompt-tokens", "5", "--output-tokens", "5"], "unknown model 'gpt-4o-minii'"),
        (["--params-b", "8", "--prompt-tokens", "0", "--output-tokens", "5"], "prompt_tokens=0"),
        (["--params-b", "8", "--prompt-tokens", "5", "--output-tokens", "5", "--hardware", "tpu9"], "'tpu9'"),
        (["--params-b", "8", "--prompt-tokens", "5", "--output-tokens", "5", "--region", "mars"], "'mars'"),
        (["--params-b", "8", "--prompt-tokens", "5", "--output-tokens", "5", "--pue", "nan"], "pue=nan"),
        (["--params-b", "8", "--prompt-tokens", "five", "--output-tokens", "5"], "invalid int value: 'five'"),
        (["--params-b", "8", "--prompt-file", "/no/such/file", "--output-tokens", "5"], "/no/such/file"),
        (["--prompt-tokens", "5", "--output-tokens", "5"], "--model"),
    ],
)
def test_bad_input_exits_2_naming_the_value(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["estimate", *argv]) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err


def test_unknown_model_suggests_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["estimate", "--model", "gpt-4o-minii", "--prompt-tokens", "5", "--output-tokens", "5"]) == 2
    assert "did you mean: gpt-4o-mini" in capsys.readouterr().err


def _rice(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rice_core", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_subprocess_json_and_table() -> None:
    as_json = _rice(*BASE, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert data["devices"] == 4 and data["power_model"] == "rice-paper" and data["grid_gco2e_per_kwh"] == 100
    table = _rice(*BASE)
    assert table.returncode == 0, table.stderr
    assert "R-ICE estimate (per request)" in table.stdout
    assert f"{data['energy_wh']:.3g} Wh" in table.stdout and "assumptions" in table.stdout


def test_subprocess_bad_input_exit_2() -> None:
    proc = _rice("estimate", "--params-b", "8", "--prompt-tokens", "-3", "--output-tokens", "5")
    assert proc.returncode == 2 and "prompt_tokens=-3" in proc.stderr and "Traceback" not in proc.stderr


def test_validate_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--no-lomo"]) == 0
    out = capsys.readouterr().out
    assert "Random Forest" in out and "0.986" in out and "XGBoost is not a dependency" in out
    assert "#GPUs (linear, params)" in out
