"""Neovim 0.12 headless as a real client of `python -m rice_lsp` (run by .ci/editors.sh, which installs nvim)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_workspace, editors_out_dir, required_file
from editors_expected import ExpectedCall, expected_calls, figures_in_hint

HERE = Path(__file__).parent
NVIM_CONFIG = HERE.parents[1] / "editors" / "nvim" / "rice.lua"  # the README's copy-paste configuration
NVIM_TIMEOUT_S = 180  # the Lua client waits at most 4 × 30 s


def run_nvim(nvim: Path, workspace: Path, out_dir: Path, hover_line0: int, hover_char: int) -> dict:
    outfile = out_dir / "nvim_result.json"
    outfile.unlink(missing_ok=True)
    shutil.rmtree(out_dir / "nvim-state", ignore_errors=True)
    env = {**os.environ, "RICE_PY": sys.executable, "RICE_CONFIG": str(NVIM_CONFIG), "FILE": "app.py",
           "OUTFILE": str(outfile), "HOVER_LINE": str(hover_line0), "HOVER_CHAR": str(hover_char),
           "XDG_STATE_HOME": str(out_dir / "nvim-state")}  # Neovim's lsp.log (server stderr) lands here
    cmd = [str(nvim), "--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", f"luafile {HERE / 'nvim_client.lua'}"]
    proc = subprocess.run(cmd, check=False, cwd=workspace, env=env, capture_output=True, text=True, timeout=NVIM_TIMEOUT_S)
    lsp_log = out_dir / "nvim-state" / "nvim" / "lsp.log"
    server_err = lsp_log.read_text(encoding="utf-8")[-4000:] if lsp_log.exists() else "(no lsp.log)"
    log = f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}\nlsp.log (tail):\n{server_err}"
    (out_dir / "nvim.log").write_text(log, encoding="utf-8")
    assert outfile.exists(), f"nvim wrote no result; {log}"
    result = json.loads(outfile.read_text(encoding="utf-8"))
    assert proc.returncode == 0 and not result["errors"], f"{result['errors']}; {log}"
    return result


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[ExpectedCall]]:
    """One Neovim session for all the checks below (each check reads its part of the result)."""
    nvim = required_file("RICE_NVIM")
    workspace = copy_workspace(tmp_path_factory.mktemp("nvim"))
    calls = expected_calls(workspace)
    assert len(calls) == 2, calls
    first_line = (workspace / "app.py").read_text(encoding="utf-8").splitlines()[calls[0].line0]
    return run_nvim(nvim, workspace, editors_out_dir(), calls[0].line0, first_line.index("create")), calls


def test_neovim_is_0_12(session: tuple[dict, list[ExpectedCall]]) -> None:
    result, _ = session
    assert result["nvim"].startswith("0.12."), result["nvim"]


def test_inlay_hints_carry_the_servers_estimate(session: tuple[dict, list[ExpectedCall]]) -> None:
    result, calls = session
    got = sorted((h["line"], h["label"]) for h in result["hints"])
    assert got == [(c.line0, c.hint) for c in calls]
    for call in calls:
        energy_wh, co2e_g = figures_in_hint(call.hint)
        assert energy_wh == pytest.approx(call.energy_wh, rel=0.06)  # two significant figures
        assert co2e_g == pytest.approx(call.co2e_g, rel=0.06)
    assert result["inlay_hints_enabled"], "editors/nvim/rice.lua did not enable inlay hints"
    drawn = " ".join(v["text"] for v in result["virt_text"])
    assert calls[0].hint in drawn, f"hint not drawn as virtual text: {result['virt_text']}"


def test_code_lenses_show_the_monthly_projection(session: tuple[dict, list[ExpectedCall]]) -> None:
    result, calls = session
    got = sorted((lens["line"], lens["title"]) for lens in result["lenses"])
    assert got == [(c.line0, c.lens) for c in calls]
    lens = calls[0].lens or ""
    assert "CO₂e/month at 1,000/day" in lens and "% of budget" in lens


def test_diagnostics_flag_the_unknown_model(session: tuple[dict, list[ExpectedCall]]) -> None:
    result, calls = session
    unknown = [d for d in result["diagnostics"] if d["code"] == "unknown-model"]
    assert [d["line"] for d in unknown] == [calls[1].line0], result["diagnostics"]
    assert unknown[0]["severity"] == 3  # vim.diagnostic.severity.INFO


def test_hover_breaks_the_estimate_down(session: tuple[dict, list[ExpectedCall]]) -> None:
    result, calls = session
    hover = result.get("hover") or ""
    co2e = calls[0].hint.split("·")[-1].strip()
    assert calls[0].model in hover and co2e in hover, hover
