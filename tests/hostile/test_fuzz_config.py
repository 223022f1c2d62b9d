"""Property-based fuzzing of the one configuration loader (CLI and server): whatever the text or bytes, the
result is a valid ``RiceConfig`` with finite numbers or a ``ConfigError`` — never another exception, never an
expanded alias, never a constructed object. Bounded example counts: the whole file runs in a few seconds."""

from __future__ import annotations

import math

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rice_core.config import RiceConfig
from rice_core.config.load import decode_config, parse_config_text, parse_pyproject_text
from rice_core.errors import ConfigError

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FRAGMENTS = [
    "budget:", "defaults:", "volume:", "scan:", "co2e_kg:", "pue:", "output_tokens:", "default:", "include:",
    "period: month", " ", "  ", "\n", "\t", "- ", "[", "]", "{", "}", ",", ":", "&a ", "*a", "!!python/name:os.system ",
    "!!python/object/apply:os.system ", "!!binary ", "!foo ", "<<: ", "? ", ".nan", ".inf", "-.inf", "1e999", "9" * 5000,
    "0x1F", "0o17", "~", "null", "true", "'q'", '"\\x00"', "=", "%YAML 1.1\n", "---\n", "...\n", "#", "1000/day", "\ufeff",
]  # fmt: skip


def _accepted_or_config_error(parse, text: str) -> None:
    try:
        config = parse(text, "rice.yaml")
    except ConfigError as exc:
        assert str(exc).startswith("rice.yaml")
        return
    assert isinstance(config, RiceConfig)
    numbers = [config.budget.co2e_kg, config.budget.per_call_co2e_g, config.defaults.pue]
    numbers += [config.defaults.grid_gco2e_per_kwh, config.defaults.batch_size, config.volume.default.requests]
    assert all(n is None or math.isfinite(n) for n in numbers)


@FUZZ
@given(st.text(max_size=400))
def test_any_text_is_a_config_or_a_config_error(text: str):
    _accepted_or_config_error(parse_config_text, text)


@FUZZ
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
@example("a: &a [1]\nb: *a\n")
@example("budget:\n  <<: {co2e_kg: 1}\n")
@example("defaults:\n  model: !!python/object/apply:os.system ['true']\n")
@example("budget:\n  co2e_kg: " + "9" * 5000 + "\n")
@example("x: " + "[" * 5000 + "]" * 5000)
def test_yaml_shaped_text_is_a_config_or_a_config_error(text: str):
    _accepted_or_config_error(parse_config_text, text)


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)
KEYS = st.sampled_from(["budget", "defaults", "volume", "scan", "co2e_kg", "pue", "output_tokens", "default", "x"])
DOCUMENTS = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4))


@FUZZ
@given(st.dictionaries(KEYS, DOCUMENTS, max_size=4))
def test_structured_documents_are_a_config_or_a_config_error(document: dict):
    _accepted_or_config_error(parse_config_text, yaml.safe_dump(document))


@FUZZ
@given(st.text(max_size=300).map(lambda body: "[tool.rice]\n" + body))
@example("[tool.rice.budget]\nco2e_kg = " + "9" * 5000 + "\n")
@example("[tool.rice.budget]\nco2e_kg = inf\n")
@example("[tool.rice]\nx = " + "[" * 3000 + "]" * 3000 + "\n")
def test_any_pyproject_is_a_config_or_a_config_error(text: str):
    _accepted_or_config_error(parse_pyproject_text, text)


@FUZZ
@given(st.binary(max_size=200))
@example(b"\xff\xfeb\x00")
@example(b"budget:\n  co2e_kg: 1 # caf\xe9\n")
def test_any_bytes_decode_or_raise_a_config_error(data: bytes):
    try:
        text = decode_config(data, "rice.yaml")
    except ConfigError as exc:
        assert exc.line is not None and exc.line >= 1
        return
    assert "\x00" not in text
