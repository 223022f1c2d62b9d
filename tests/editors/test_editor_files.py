"""The editor integration files agree with the server and the README (fast; part of the main test suite)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rice_core.catalog.hardware import all_hardware
from rice_core.config.schema import POWER_MODELS, PRECISIONS
from rice_core.physics.stacks import STACKS
from rice_lsp.editor_defaults import editor_keys
from rice_lsp.settings import Settings, parse_settings

ROOT = Path(__file__).parents[2]
EXTENSION = ROOT / "editors" / "vscode"
CLIENT_ONLY = {"rice.path", "rice.pythonPath", "rice.statusBar.enabled", "rice.trace.server"}


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


def estimator_sample(key: str, spec: dict[str, Any]) -> Any:
    """A valid non-default value for a contributed ``rice.defaults.*`` setting."""
    enum = [v for v in spec.get("enum", []) if v is not None]
    if enum:
        return enum[0]
    if "string" in spec["type"]:
        return {"rice.defaults.region": "FR", "rice.defaults.model": "gpt-4o"}[key]
    return max(spec.get("minimum", 0), spec.get("exclusiveMinimum", 0)) + 1


def test_every_estimator_default_is_contributed_unset_with_catalog_enums() -> None:
    properties = server_properties()
    contributed = {key for key in properties if key.startswith("rice.defaults.")}
    assert contributed == {f"rice.{key}" for key in editor_keys()}
    assert all(properties[key]["default"] is None and "null" in properties[key]["type"] for key in contributed)
    assert properties["rice.defaults.hardware"]["enum"] == [h.id for h in all_hardware()] + [None]
    assert properties["rice.defaults.precision"]["enum"] == [*PRECISIONS, None]
    assert properties["rice.defaults.powerModel"]["enum"] == [*POWER_MODELS, None]
    assert properties["rice.defaults.stack"]["enum"] == [*STACKS, None]


def test_each_estimator_default_is_accepted_by_the_server() -> None:
    for key, spec in server_properties().items():
        if key.startswith("rice.defaults."):
            settings, problems = parse_settings(nested({key: estimator_sample(key, spec)}))
            assert problems == [] and len(settings.defaults) == 1, key


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


def test_docs_show_the_editor_configurations_verbatim() -> None:
    page = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    for snippet in (ROOT / "editors" / "nvim" / "rice.lua", ROOT / "editors" / "emacs" / "rice-eglot.el"):
        assert snippet.read_text(encoding="utf-8").rstrip("\n") in page, snippet.name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.split("\n")[2].startswith("![") and "](docs/vscode-hints.png)" in readme.split("\n")[2]
    assert (ROOT / "docs" / "vscode-hints.png").stat().st_size > 10_000
