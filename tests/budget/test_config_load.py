from pathlib import Path

import pytest

from rice_core.config import RiceConfig, Volume
from rice_core.config.load import (
    find_config_file,
    load_config,
    load_config_file,
    parse_config_text,
)
from rice_core.errors import ConfigError

FULL = """\
defaults:
  region: aws:us-east-1
  hardware: h100-sxm
  pue: 1.2
  output_tokens: 300
  model: gpt-4o-mini
volume:
  default: 1000/day
  overrides:
    - match: "app/chat/**"
      volume: 50000/day
    - match: "app/jobs/*.py::nightly_*"
      volume: 1/day
budget:
  period: month
  co2e_kg: 25
  per_call_co2e_g: 2
  compare: high
scan:
  exclude: ["tests/**"]
"""


def test_full_example_parses_into_the_schema():
    config = parse_config_text(FULL, "rice.yaml")
    assert config.defaults.region == "aws:us-east-1"
    assert config.defaults.pue == 1.2
    assert config.volume.default == Volume(1000, "day")
    assert [o.match for o in config.volume.overrides] == ["app/chat/**", "app/jobs/*.py::nightly_*"]
    assert config.volume.overrides[0].volume == Volume(50000, "day")
    assert config.budget.co2e_kg == 25 and config.budget.per_call_co2e_g == 2
    assert config.budget.compare == "high"
    assert config.scan.exclude == ("tests/**",)
    assert config.source_path == "rice.yaml"


def test_key_lines_point_at_each_key():
    lines = parse_config_text(FULL, "rice.yaml").key_lines
    assert lines["budget.co2e_kg"] == 16
    assert lines["budget"] == 14
    assert lines["volume.overrides[1].match"] == 12


def test_empty_section_gives_its_defaults():
    assert parse_config_text("budget:\nvolume:\n", "rice.yaml").budget == RiceConfig().budget


def test_empty_file_gives_defaults():
    assert parse_config_text("", "rice.yaml").budget == RiceConfig().budget
    assert parse_config_text("# only a comment\n", "rice.yaml").volume == RiceConfig().volume


def _error(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        parse_config_text(text, "rice.yaml")
    return info.value


def test_unknown_key_is_an_error_with_a_suggestion():
    err = _error("budget:\n  period: month\n  co2_kg: 25\n")
    assert (err.path, err.line, err.key) == ("rice.yaml", 3, "budget.co2_kg")
    assert str(err).startswith("rice.yaml:3: budget.co2_kg: unknown key 'co2_kg' in budget")
    assert "did you mean 'co2e_kg'?" in str(err)


def test_unknown_section_is_an_error():
    err = _error("budgett:\n  co2e_kg: 1\n")
    assert err.line == 1 and "did you mean 'budget'?" in str(err)


def test_wrong_type_names_what_was_expected():
    err = _error("budget:\n  co2e_kg: lots\n")
    assert str(err) == "rice.yaml:2: budget.co2e_kg: expected a number, got 'lots'"


def test_bad_volume_in_override_names_the_entry_line():
    err = _error('volume:\n  overrides:\n    - match: "a/**"\n      volume: fast\n')
    assert err.key == "volume.overrides[0].volume" and err.line == 4
    assert "1000/day" in str(err)


def test_override_without_volume_is_an_error():
    err = _error('volume:\n  overrides:\n    - match: "a/**"\n')
    assert err.key == "volume.overrides[0]" and "missing 'volume'" in str(err)


def test_compare_must_be_central_or_high():
    err = _error("budget:\n  compare: median\n")
    assert "expected one of central, high" in str(err) and err.line == 2


def test_period_must_be_known():
    assert "expected one of hour, day, week, month, year" in str(_error("budget:\n  period: decade\n"))


def test_invalid_yaml_names_file_and_line():
    err = _error("budget:\n  co2e_kg: 25\n   period: [month\n")
    assert err.path == "rice.yaml" and err.line is not None and err.line >= 2
    assert str(err).startswith(f"rice.yaml:{err.line}: invalid YAML")


def test_duplicate_keys_are_errors():
    err = _error("budget:\n  co2e_kg: 25\n  co2e_kg: 50\n")
    assert err.line == 3 and "duplicate key 'budget.co2e_kg'" in str(err)


def test_top_level_must_be_a_mapping():
    assert "expected a mapping of sections" in str(_error("- 1\n- 2\n"))


def test_pue_below_one_is_rejected():
    assert "expected a number >= 1" in str(_error("defaults:\n  pue: 0.9\n"))


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("region", "mars-1", "unknown region 'mars-1'"),
        ("hardware", "h1000", "unknown hardware 'h1000'"),
        ("model", "gpt-42-ultra", "unknown model 'gpt-42-ultra'"),
    ],
)
def test_catalog_names_are_checked(key, value, fragment):
    err = _error(f"defaults:\n  {key}: {value}\n")
    assert fragment in str(err) and err.key == f"defaults.{key}" and err.line == 2


def test_load_config_prefers_rice_yaml_then_dot_file_then_pyproject(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.rice.budget]\nco2e_kg = 7\n")
    assert load_config(tmp_path).budget.co2e_kg == 7
    (tmp_path / ".rice.yaml").write_text("budget:\n  co2e_kg: 8\n")
    assert load_config(tmp_path).budget.co2e_kg == 8
    (tmp_path / "rice.yaml").write_text("budget:\n  co2e_kg: 9\n")
    assert load_config(tmp_path).budget.co2e_kg == 9


def test_load_config_searches_parents_up_to_the_git_top(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "rice.yaml").write_text("budget:\n  co2e_kg: 3\n")
    sub = tmp_path / "src" / "pkg"
    sub.mkdir(parents=True)
    assert find_config_file(sub) == (tmp_path / "rice.yaml").resolve()
    assert load_config(sub).budget.co2e_kg == 3


def test_no_config_gives_defaults(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert load_config(tmp_path) == RiceConfig()


def test_pyproject_errors_name_the_line(tmp_path: Path):
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\nname = 'x'\n\n[tool.rice.budget]\nperiod = 'month'\nco2_kg = 7\n")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert info.value.line == 6 and info.value.key == "budget.co2_kg"


def test_pyproject_overrides_array_of_tables(tmp_path: Path):
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[tool.rice.volume]\ndefault = "10/hour"\n\n[[tool.rice.volume.overrides]]\n'
        'match = "a/**"\nvolume = "5k/day"\n\n[[tool.rice.volume.overrides]]\nmatch = "b"\nvolume = "x"\n'
    )
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert info.value.line == 10 and info.value.key == "volume.overrides[1].volume"


def test_unreadable_config_file_is_a_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config_file(tmp_path / "missing.yaml")


def test_the_documented_full_example_is_valid():
    readme = (Path(__file__).resolve().parents[2] / "docs" / "configuration.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section:config -->", 1)[1].split("<!-- /section:config -->", 1)[0]
    example = section.split("```yaml\ndefaults:", 1)[1].split("```", 1)[0]
    config = parse_config_text("defaults:" + example, "docs/configuration.md")
    assert config.defaults.precision == "fp16" and config.budget.compare == "central"
    assert [o.volume.requests for o in config.volume.overrides] == [5000, 50000, 1]
