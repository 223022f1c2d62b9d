"""Property-based fuzzing of ``# rice:`` annotations: whatever a comment says, the parser returns known keys with
bounded values, and the file's call is still found (never a ``scanner-error`` that drops it from the gate)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rice_core.scan import scan_source_with_problems
from rice_core.scan.annotations import KNOWN_KEYS, MAX_VALUE_CHARS, NUMERIC_KEYS, parse_annotation

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
ONE_LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS + "\x00"))
PAIRS = st.lists(
    st.tuples(
        st.sampled_from(sorted(KNOWN_KEYS | {"Volume", "output_TOKENS", "x"})),
        st.one_of(ONE_LINE, st.integers(min_value=-(10**50), max_value=10**50).map(str), st.just("9" * 4301)),
    ),
    max_size=4,
).map(lambda pairs: " ".join(f"{k}={v}" for k, v in pairs))
PY_CALL = (
    "from openai import OpenAI\n"
    "client = OpenAI()\n"
    "# rice: {note}\n"
    'client.chat.completions.create(model="gpt-4o", messages=[{{"role": "user", "content": "hi"}}])\n'
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(ONE_LINE, PAIRS))
@example("prompt_tokens=" + "9" * 4301)
@example("output_tokens=²")
def test_parsed_annotations_are_known_keys_with_bounded_values(comment: str):
    parsed = parse_annotation(comment)
    assert set(parsed) <= KNOWN_KEYS
    for key, value in parsed.items():
        assert len(value) <= MAX_VALUE_CHARS
        if key in NUMERIC_KEYS:
            assert value.isascii() and value.isdigit() and len(value) <= 9


@FUZZ
@given(st.one_of(ONE_LINE, PAIRS))
@example("prompt_tokens=" + "9" * 4301)
@example("output_tokens=²")
@example("output_tokens=0")
def test_any_annotation_keeps_the_call_in_the_scan(note: str):
    calls, problems = scan_source_with_problems(PY_CALL.format(note=note), "app.py")
    assert [p.code for p in problems if p.code == "scanner-error"] == []
    assert len(calls) == 1 and calls[0].prompt_tokens >= 0 and calls[0].output_tokens >= 0
