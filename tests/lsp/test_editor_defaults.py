"""Estimator defaults from the editor: rice.yaml's converters, camelCase keys, layering under rice.yaml."""

from __future__ import annotations

from rice_core.config import Defaults, RiceConfig
from rice_core.config.load import parse_config_text, parse_pyproject_text
from rice_core.config.schema import SECTIONS
from rice_lsp.editor_defaults import camel_case, editor_keys, with_editor_defaults
from rice_lsp.settings import Settings, parse_settings

EDITOR = (("output_tokens", 800), ("pue", 1.5), ("region", "FR"))


def test_every_rice_yaml_default_has_a_camel_case_editor_key() -> None:
    assert set(editor_keys().values()) == set(SECTIONS["defaults"])
    assert editor_keys()["defaults.gridGco2ePerKwh"] == "grid_gco2e_per_kwh"
    assert camel_case("placeholder_tokens") == "placeholderTokens" and camel_case("pue") == "pue"


def test_valid_defaults_are_converted_like_rice_yaml_values() -> None:
    raw = {
        "rice": {
            "defaults": {
                "region": "FR",
                "pue": 2,
                "outputTokens": 800,
                "hardware": "h100-sxm",
                "model": "gpt-4o",
                "batchSize": 8,
                "powerModel": "rice-paper",
                "precision": "fp8",
            }
        }
    }
    settings, problems = parse_settings(raw)
    assert problems == []
    assert dict(settings.defaults) == {
        "region": "FR",
        "pue": 2.0,
        "output_tokens": 800,
        "hardware": "h100-sxm",
        "model": "gpt-4o",
        "batch_size": 8.0,
        "power_model": "rice-paper",
        "precision": "fp8",
    }
    assert settings.debounce_ms == Settings().debounce_ms


def test_invalid_defaults_are_dropped_and_named_with_what_rice_yaml_expects() -> None:
    raw = {
        "defaults": {
            "region": "Atlantis",
            "pue": 0.5,
            "outputTokens": "many",
            "model": "gpt-4oo",
            "hardware": "h100-sxm",
        }
    }
    settings, problems = parse_settings(raw)
    assert settings.defaults == (("hardware", "h100-sxm"),)
    assert len(problems) == 4
    assert any(p.startswith("rice.defaults.region: unknown region 'Atlantis'") for p in problems)
    assert any(p.startswith("rice.defaults.pue: expected a number >= 1") for p in problems)
    assert any(p.startswith("rice.defaults.outputTokens: expected a whole number") for p in problems)
    assert any("did you mean 'gpt-4o'" in p for p in problems if p.startswith("rice.defaults.model"))


def test_unknown_default_key_is_reported_and_null_means_unset() -> None:
    settings, problems = parse_settings({"defaults": {"regoin": "FR", "region": None}})
    assert settings == Settings()
    assert problems and problems[0].startswith("rice.defaults.regoin is not a setting")


def test_pulled_defaults_layer_over_initial_ones() -> None:
    base, _ = parse_settings({"defaults": {"region": "FR", "pue": 1.3}})
    settings, _ = parse_settings({"defaults": {"pue": 1.6}}, base)
    assert dict(settings.defaults) == {"region": "FR", "pue": 1.6}


def test_without_a_config_file_editor_defaults_apply() -> None:
    merged = with_editor_defaults(RiceConfig(), EDITOR)
    assert (merged.defaults.region, merged.defaults.pue, merged.defaults.output_tokens) == ("FR", 1.5, 800)
    assert with_editor_defaults(RiceConfig(), ()) == RiceConfig()


def test_rice_yaml_keys_win_even_when_they_equal_the_built_in_default() -> None:
    config = parse_config_text("defaults:\n  region: US\n  output_tokens: 300\nbudget:\n  co2e_kg: 5\n", "rice.yaml")
    merged = with_editor_defaults(config, EDITOR)
    assert merged.defaults == Defaults(region="US", output_tokens=300, pue=1.5)
    assert merged.budget == config.budget and merged.source_path == "rice.yaml"


def test_a_grid_number_in_rice_yaml_also_blocks_an_editor_region() -> None:
    config = parse_config_text("defaults:\n  grid_gco2e_per_kwh: 100\n", "rice.yaml")
    merged = with_editor_defaults(config, EDITOR + (("grid_gco2e_per_kwh", 20.0),))
    assert (merged.defaults.region, merged.defaults.grid_gco2e_per_kwh) == (None, 100.0)
    assert merged.defaults.output_tokens == 800


def test_pyproject_tool_rice_keys_win_too() -> None:
    config = parse_pyproject_text('[tool.rice.defaults]\nregion = "DE"\noutput_tokens = 300\n', "pyproject.toml")
    merged = with_editor_defaults(config, EDITOR)
    assert (merged.defaults.region, merged.defaults.output_tokens, merged.defaults.pue) == ("DE", 300, 1.5)


def test_null_unsets_a_default_given_earlier_and_other_keys_fall_back_to_built_in_values() -> None:
    base, _ = parse_settings({"debounceMs": 10, "defaults": {"region": "FR", "pue": 1.3}})
    settings, problems = parse_settings({"debounceMs": None, "defaults": {"region": None}}, base)
    assert problems == []
    assert settings.defaults == (("pue", 1.3),) and settings.debounce_ms == Settings().debounce_ms
