import pytest

from rice_core.config.volume import format_volume, parse_volume
from rice_core.config import Volume


@pytest.mark.parametrize(
    ("text", "requests", "per"),
    [
        ("1000/day", 1000, "day"),
        ("50k/day", 50_000, "day"),
        ("1.5M/month", 1_500_000, "month"),
        ("20/hour", 20, "hour"),
        ("300/week", 300, "week"),
        ("2B/year", 2e9, "year"),
        ("50,000 / day", 50_000, "day"),
        ("10_000 per hour", 10_000, "hour"),
        ("7/days", 7, "day"),
        (250, 250, "day"),
    ],
)
def test_parse_volume_units(text, requests, per):
    assert parse_volume(text) == Volume(requests, per)


@pytest.mark.parametrize("text", ["", "/week", "lots/day", "10/fortnight", "-5/day", "10", "1e3/day", True, "5k"])
def test_parse_volume_rejects_with_expected_form(text):
    with pytest.raises(ValueError, match=r"expected|unknown period"):
        parse_volume(text)


def test_unknown_period_names_valid_ones():
    with pytest.raises(ValueError, match="hour, day, week, month, year"):
        parse_volume("10/fortnight")


@pytest.mark.parametrize(
    ("volume", "period", "expected"),
    [
        (Volume(1000, "day"), "month", 1000 * 730 / 24),  # a month is 730 h
        (Volume(20, "hour"), "day", 480),
        (Volume(700, "week"), "day", 100),
        (Volume(1_500_000, "month"), "year", 18_000_000),
    ],
)
def test_volume_per_period_conversion(volume, period, expected):
    assert volume.per_period(period) == pytest.approx(expected)


def test_format_volume_round_trips():
    for text in ("50k/day", "1.5M/month", "20/hour"):
        assert format_volume(parse_volume(text)) == text
