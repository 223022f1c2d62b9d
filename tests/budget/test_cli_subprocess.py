"""``rice check`` as a real subprocess with the real scanner and estimator: the bundled example and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "support-bot"
RICE = str(Path(sys.executable).parent / "rice")


def rice(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([RICE, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def test_bundled_example_is_within_budget_with_a_report():
    done = rice("check", "examples/support-bot")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert out.startswith("R-ICE carbon budget — examples/support-bot\n")
    assert "✓ within budget" in out and "support_bot/chat/answer.py:" in out
    assert "config    examples/support-bot/rice.yaml" in out


def test_bundled_example_json_finds_every_call_with_its_volume():
    data = json.loads(rice("check", "examples/support-bot", "--format", "json").stdout)
    by_path = {c["path"]: c for c in data["calls"]}
    assert sorted(by_path) == [
        "support_bot/chat/answer.py",
        "support_bot/chat/router.py",
        "support_bot/classify.py",
        "support_bot/jobs/digest.py",
        "support_bot/summarise.py",
    ]
    assert by_path["support_bot/chat/answer.py"]["volume"] == "20k/day (support_bot/chat/**)"
    assert by_path["support_bot/jobs/digest.py"]["volume_source"] == "annotation"
    assert by_path["support_bot/summarise.py"]["volume_source"] == "override"
    assert by_path["support_bot/summarise.py"]["model"].startswith("claude")
    assert 0 < data["share_of_budget"] < 1 and data["exit_code"] == 0


def test_over_budget_exits_1(tmp_path: Path):
    shutil.copytree(EXAMPLE, tmp_path / "bot")
    (tmp_path / "bot" / "rice.yaml").write_text("budget:\n  period: month\n  co2e_kg: 0.5\n")
    done = rice("check", str(tmp_path / "bot"))
    assert done.returncode == 1 and "✗ OVER BUDGET" in done.stdout


def test_config_error_exits_2_with_file_and_line(tmp_path: Path):
    shutil.copytree(EXAMPLE, tmp_path / "bot")
    (tmp_path / "bot" / "rice.yaml").write_text("volume:\n  default: 1000/fortnight\n")
    done = rice("check", "bot", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("rice: error: bot/rice.yaml:2: volume.default: unknown period 'fortnight'")


def test_unknown_model_is_priced_as_the_default_and_reported(tmp_path: Path):
    (tmp_path / "rice.yaml").write_text("budget:\n  co2e_kg: 1000\n")
    (tmp_path / "app.py").write_text(
        "from openai import OpenAI\n\nclient = OpenAI()\n"
        "client.chat.completions.create(model='gpt-99-hyper', messages=[{'role': 'user', 'content': 'hi'}])\n"
    )
    done = rice("check", "--format", "json", cwd=tmp_path)
    data = json.loads(done.stdout)
    assert done.returncode == 0 and len(data["calls"]) == 1
    assert [p["code"] for p in data["problems"]] == ["unknown-model"]
    assert data["problems"][0]["message"].startswith("app.py:4: Model 'gpt-99-hyper' is not in the catalog")


def test_sarif_uris_are_relative_to_the_current_directory():
    data = json.loads(rice("check", "examples/support-bot", "--format", "sarif").stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]}
    assert "examples/support-bot/support_bot/chat/answer.py" in uris
