"""The editor integration files agree with the server and the README (fast; part of the main test suite)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rice_lsp.settings import Settings, parse_settings

ROOT = Path(__file__).parents[2]
EXTENSION = ROOT / "editors" / "vscode"
CLIENT_ONLY = {"rice.pythonPath", "rice.statusBar.enabled", "rice.trace.server"}


def package() -> dict[str, Any]:
    return json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))


def server_properties() -> dict[str, Any]:
    properties = package()["contributes"]["configuration"]["properties"]
    return {key: spec for key, spec in properties.items() if key not in CLIENT_ONLY}


def nested(dotted: dict[str, Any]) -> dict[str, Any]:
    """{"rice.inlayHints.enabled": False} → {"inlayHints": {"enabled": False}} (how VS Code sends a section)."""
    out: dict[str, Any] = {}
    for key, value in dotted.items():
        *parents, last = key.removeprefix("rice.").split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def test_every_contributed_server_setting_is_known_to_the_server_with_the_same_default() -> None:
    defaults = nested({key: spec["default"] for key, spec in server_properties().items()})
    settings, problems = parse_settings(defaults)
    assert problems == []
    assert settings == Settings()


def test_flipping_each_boolean_setting_changes_the_servers_settings() -> None:
    for key, spec in server_properties().items():
        if spec["type"] == "boolean":
            settings, problems = parse_settings(nested({key: not spec["default"]}))
            assert problems == [] and settings != Settings(), key


def test_the_client_sends_exactly_the_contributed_server_settings() -> None:
    source = (EXTENSION / "status.js").read_text(encoding="utf-8")
    block = re.search(r"const SERVER_KEYS = \[(.*?)\];", source, re.DOTALL)
    assert block is not None
    sent = {f"rice.{key}" for key in re.findall(r"'([^']+)'", block.group(1))}
    assert sent == set(server_properties())


def test_extension_manifest_pins_what_packaging_needs() -> None:
    manifest = package()
    assert manifest["engines"]["vscode"] == "^1.91.0"
    assert manifest["dependencies"]["vscode-languageclient"].startswith("^11")
    assert manifest["devDependencies"]["@vscode/vsce"] == "^3.9.2"
    assert "esbuild" in manifest["devDependencies"]
    lock = json.loads((EXTENSION / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["name"] == manifest["name"] and lock["packages"][""]["dependencies"] == manifest["dependencies"]
    for ext in (".prompt", ".prompty", ".jinja", ".j2"):
        assert any(ext in lang["extensions"] for lang in manifest["contributes"]["languages"]), ext


def test_readme_shows_the_editor_configurations_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for snippet in (ROOT / "editors" / "nvim" / "rice.lua", ROOT / "editors" / "emacs" / "rice-eglot.el"):
        assert snippet.read_text(encoding="utf-8").rstrip("\n") in readme, snippet.name
    assert "](docs/vscode-hints.png)" in readme and (ROOT / "docs" / "vscode-hints.png").stat().st_size > 10_000
