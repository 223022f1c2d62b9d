"""Settings: one converter, defaults on invalid values, one message naming every problem."""

from __future__ import annotations

from rice_lsp.settings import Settings, parse_settings, settings_message


def test_defaults_when_nothing_is_given() -> None:
    assert parse_settings(None) == (Settings(), [])
    assert parse_settings({}) == (Settings(), [])


def test_wrapped_and_nested_forms_are_accepted() -> None:
    settings, problems = parse_settings({"rice": {"inlayHints": {"enabled": False}, "debounceMs": 300}})
    assert problems == []
    assert settings.inlay_hints is False
    assert settings.debounce_ms == 300
    assert settings.code_lens is True


def test_invalid_values_fall_back_to_defaults_and_are_reported() -> None:
    settings, problems = parse_settings({"debounceMs": "fast", "codeLens": "yes", "maxFileBytes": -5, "hover": False})
    assert settings == Settings(hover=False)
    assert len(problems) == 3
    assert any("rice.debounceMs must be a whole number" in p for p in problems)
    assert any("rice.codeLens must be true or false" in p for p in problems)
    assert any("rice.maxFileBytes must be between" in p for p in problems)


def test_unknown_keys_are_reported_not_fatal() -> None:
    settings, problems = parse_settings({"inlayHint": True})
    assert settings == Settings()
    assert problems and "rice.inlayHint is not a setting" in problems[0]


def test_non_object_payload() -> None:
    settings, problems = parse_settings(["not", "an", "object"])
    assert settings == Settings()
    assert problems == ["rice settings must be an object, got list"]


def test_base_settings_are_layered() -> None:
    base, _ = parse_settings({"debounceMs": 10})
    settings, _ = parse_settings({"hover": False}, base)
    assert (settings.debounce_ms, settings.hover) == (10, False)


def test_message_lists_every_problem() -> None:
    assert settings_message(["a", "b"]) == "R-ICE: invalid settings, defaults used instead: a; b"


def test_keys_that_belong_to_editor_extensions_are_ignored_quietly() -> None:
    raw = {
        "pythonPath": "/usr/bin/python3",
        "statusBar": {"enabled": False},
        "trace": {"server": "verbose"},
        "hover": False,
    }
    assert parse_settings(raw) == (Settings(hover=False), [])
