"""Neovim 0.12 headless as a real client of `python -m rice_lsp` (run by .ci/editors.sh, which installs nvim).

One Neovim session, configured by editors/nvim/rice.lua, opens the sample workspace's Python module, its Next.js
route handler (TypeScript) and its prompt file in turn; the checks compare what Neovim received with the figures the
core computes for the same files in-process.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import copy_workspace, editors_out_dir, required_file
from editors_expected import ExpectedCall, expected_calls, figures_in_hint

from rice_core.scan import scan_source

HERE = Path(__file__).parent
NVIM_CONFIG = HERE.parents[1] / "editors" / "nvim" / "rice.lua"  # the README's copy-paste configuration
NVIM_TIMEOUT_S = 240  # the Lua client waits at most 30 s per condition
FILES = ("app.py", "route.ts", "triage.prompt")
Session = tuple[dict[str, Any], dict[str, list[ExpectedCall]]]


def hover_at(workspace: Path, name: str, call: ExpectedCall) -> list[int]:
    """[line, character] of the word ``create`` on the call's first line."""
    line = (workspace / name).read_text(encoding="utf-8").splitlines()[call.line0]
    return [call.line0, line.index("create")]


def file_specs(workspace: Path, calls: dict[str, list[ExpectedCall]]) -> list[dict[str, Any]]:
    """What the Lua client collects per file: diagnostics where one is expected, a hover on the code files."""
    return [
        {"file": "app.py", "diagnostics": True, "hover": hover_at(workspace, "app.py", calls["app.py"][0])},
        {"file": "route.ts", "hover": hover_at(workspace, "route.ts", calls["route.ts"][0])},
        {"file": "triage.prompt"},
    ]


def run_nvim(nvim: Path, workspace: Path, out_dir: Path, specs: list[dict[str, Any]]) -> dict[str, Any]:
    outfile = out_dir / "nvim_result.json"
    outfile.unlink(missing_ok=True)
    shutil.rmtree(out_dir / "nvim-state", ignore_errors=True)
    env = {
        **os.environ,
        "RICE_PY": sys.executable,
        "RICE_CONFIG": str(NVIM_CONFIG),
        "FILES": json.dumps(specs),
        "OUTFILE": str(outfile),
        "XDG_STATE_HOME": str(out_dir / "nvim-state"),
    }  # lsp.log (server stderr) lands here
    cmd = [str(nvim), "--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", f"luafile {HERE / 'nvim_client.lua'}"]
    proc = subprocess.run(
        cmd, check=False, cwd=workspace, env=env, capture_output=True, text=True, timeout=NVIM_TIMEOUT_S
    )
    lsp_log = out_dir / "nvim-state" / "nvim" / "lsp.log"
    server_err = lsp_log.read_text(encoding="utf-8")[-4000:] if lsp_log.exists() else "(no lsp.log)"
    log = f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}\nlsp.log (tail):\n{server_err}"
    (out_dir / "nvim.log").write_text(log, encoding="utf-8")
    assert outfile.exists(), f"nvim wrote no result; {log}"
    result: dict[str, Any] = json.loads(outfile.read_text(encoding="utf-8"))
    assert proc.returncode == 0 and not result["errors"], f"{result['errors']}; {log}"
    return result


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    """One Neovim session for all the checks below (each check reads its part of the result)."""
    nvim = required_file("RICE_NVIM")
    workspace = copy_workspace(tmp_path_factory.mktemp("nvim"))
    calls = {name: expected_calls(workspace, name) for name in FILES}
    assert [len(calls[name]) for name in FILES] == [2, 2, 1], calls
    return run_nvim(nvim, workspace, editors_out_dir(), file_specs(workspace, calls)), calls


def assert_hints_match(got_file: dict[str, Any], calls: list[ExpectedCall]) -> None:
    """The hints Neovim received are the core's labels, their figures parse back, and they are drawn."""
    got = sorted((h["line"], h["label"]) for h in got_file["hints"])
    assert got == [(c.line0, c.hint) for c in calls]
    for call in calls:
        if " Wh · " in call.hint:
            energy_wh, co2e_g = figures_in_hint(call.hint)
            assert energy_wh == pytest.approx(call.energy_wh, rel=0.06)  # two significant figures
            assert co2e_g == pytest.approx(call.co2e_g, rel=0.06)
    assert got_file["inlay_hints_enabled"], "editors/nvim/rice.lua did not enable inlay hints"
    drawn = " ".join(v["text"] for v in got_file["virt_text"])
    assert all(c.hint in drawn for c in calls), f"hints not drawn as virtual text: {got_file['virt_text']}"


def test_neovim_is_0_12(session: Session) -> None:
    result, _ = session
    assert result["nvim"].startswith("0.12."), result["nvim"]


def test_inlay_hints_carry_the_servers_estimate(session: Session) -> None:
    result, calls = session
    assert_hints_match(result["files"]["app.py"], calls["app.py"])


def test_code_lenses_show_the_monthly_projection(session: Session) -> None:
    result, calls = session
    got = sorted((lens["line"], lens["title"]) for lens in result["files"]["app.py"]["lenses"])
    assert got == [(c.line0, c.lens) for c in calls["app.py"]]
    lens = calls["app.py"][0].lens or ""
    assert "CO₂e/month at 1,000/day" in lens and "% of budget" in lens


def test_diagnostics_flag_the_unknown_model(session: Session) -> None:
    result, calls = session
    diagnostics = result["files"]["app.py"]["diagnostics"]
    unknown = [d for d in diagnostics if d["code"] == "unknown-model"]
    assert [d["line"] for d in unknown] == [calls["app.py"][1].line0], diagnostics
    assert unknown[0]["severity"] == 3  # vim.diagnostic.severity.INFO


def test_hover_breaks_the_estimate_down(session: Session) -> None:
    result, calls = session
    hover = result["files"]["app.py"].get("hover") or ""
    co2e = calls["app.py"][0].hint.split("·")[-1].strip()
    assert calls["app.py"][0].model in hover and co2e in hover, hover


def test_typescript_route_handler_gets_the_same_hints(session: Session) -> None:
    result, calls = session
    route = result["files"]["route.ts"]
    assert route["filetype"] == "typescript"
    assert [c.model for c in calls["route.ts"]] == ["gpt-4o-mini", "claude-3-5-haiku-20241022"]
    assert_hints_match(route, calls["route.ts"])


def test_typescript_code_lenses_and_hover(session: Session) -> None:
    result, calls = session
    route, first = result["files"]["route.ts"], calls["route.ts"][0]
    got = sorted((lens["line"], lens["title"]) for lens in route["lenses"])
    assert got == [(c.line0, c.lens) for c in calls["route.ts"]]
    assert all("CO₂e/month at 1,000/day" in (c.lens or "") for c in calls["route.ts"])
    hover = route.get("hover") or ""
    assert first.model in hover and first.hint.split("·")[-1].strip() in hover, hover


def test_prompt_file_shows_its_token_count(session: Session) -> None:
    result, calls = session
    prompt = result["files"]["triage.prompt"]
    assert prompt["filetype"] == "rice-prompt"  # rice.lua's filetype for *.prompt / *.prompty
    assert_hints_match(prompt, calls["triage.prompt"])
    text = (HERE / "workspace" / "triage.prompt").read_text(encoding="utf-8")
    max_output = re.search(r"maxOutputTokens: (\d+)", text)
    assert max_output is not None
    label, call = prompt["hints"][0]["label"], calls["triage.prompt"][0]
    assert prompt["hints"][0]["line"] == text.splitlines().index("model: gpt-4o")  # the hint sits on the model line
    # maxOutputTokens is the cap of the expected output (issue 16): the hint shows the expected count, at most the cap
    (site,) = scan_source(text, "triage.prompt")
    assert site.output_tokens == int(max_output.group(1)) and call.output_tokens <= site.output_tokens
    assert label.startswith(f"≈ {call.prompt_tokens}→{call.output_tokens} tok · "), label


def test_one_server_serves_every_file_of_the_workspace(session: Session) -> None:
    result, _ = session
    assert result["clients"] == 1, result["clients"]
