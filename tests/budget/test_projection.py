import pytest

from rice_core.budget.projection import project
from rice_core.config import Budget, RiceConfig, Volume, VolumeConfig, VolumeOverride

from .helpers import Priced, make_call, make_estimate


def _config(**budget) -> RiceConfig:
    volume = VolumeConfig(Volume(1000, "day"), (VolumeOverride("app/chat/**", Volume(50_000, "day")),))
    return RiceConfig(volume=volume, budget=Budget(**budget))


def test_projection_arithmetic_by_hand():
    # chat: 0.5 g × 50,000/day × 730/24 days = 760.416… kg; bot: 3 g × 1,000/day × 30.4166… = 91.25 kg
    calls = [
        Priced(make_call("app/chat/x.py"), make_estimate(0.5, 0.25, 1.0)),
        Priced(make_call("app/bot.py"), make_estimate(3.0, 2.0, 6.0)),
    ]
    p = project(calls, _config(period="month", co2e_kg=1000))
    chat, bot = p.calls
    assert chat.requests_per_period == pytest.approx(50_000 * 730 / 24)
    assert chat.co2e_kg == pytest.approx(760.41666, rel=1e-6)
    assert chat.co2e_range_kg.as_tuple() == pytest.approx((380.208333, 1520.833333))
    assert bot.co2e_kg == pytest.approx(91.25)
    assert p.total_kg == pytest.approx(851.66666, rel=1e-6)
    assert p.total_range_kg.low == pytest.approx(380.208333 + 60.833333, rel=1e-6)
    assert p.total_range_kg.high == pytest.approx(1520.833333 + 182.5, rel=1e-6)
    assert p.share_of_budget == pytest.approx(0.85166666, rel=1e-6)
    assert not p.over_budget and not p.failed
    assert p.share_of_total(chat) == pytest.approx(760.41666 / 851.66666, rel=1e-6)
    assert [f.path for f in p.files] == ["app/chat/x.py", "app/bot.py"]


def test_per_day_period():
    p = project([Priced(make_call("tools/x.py"), make_estimate(2.0))], _config(period="day", co2e_kg=1.5))
    assert p.total_kg == pytest.approx(2.0)  # 2 g × 1000/day = 2 kg/day
    assert p.over_budget and p.failed


def test_compare_high_gates_on_the_high_end():
    calls = [Priced(make_call("tools/x.py"), make_estimate(1.0, 0.5, 3.0))]  # 30.4 kg central, 91.25 kg high
    central = project(calls, _config(co2e_kg=50))
    high = project(calls, _config(co2e_kg=50, compare="high"))
    assert not central.over_budget
    assert high.compared_total_kg == pytest.approx(91.25) and high.over_budget
    assert high.total_kg == pytest.approx(central.total_kg)


def test_exactly_at_budget_is_within():
    p = project([Priced(make_call("tools/x.py"), make_estimate(2.0))], _config(period="day", co2e_kg=2.0))
    assert p.share_of_budget == pytest.approx(1.0) and not p.over_budget


def test_per_call_ceiling_flags_only_big_calls():
    calls = [Priced(make_call("a.py"), make_estimate(2.5)), Priced(make_call("b.py"), make_estimate(1.9))]
    p = project(calls, _config(per_call_co2e_g=2))
    assert [c.call.path for c in p.over_ceiling] == ["a.py"]
    assert p.failed and not p.over_budget  # no total budget set


def test_no_budget_never_fails():
    p = project([Priced(make_call(), make_estimate(100.0))], RiceConfig())
    assert p.budget_kg is None and p.share_of_budget is None and not p.failed


def test_ignored_and_unpriced_calls_are_left_out():
    calls = [
        Priced(make_call("a.py", ignored=True), make_estimate(5.0)),
        Priced(make_call("b.py", line=3), None),
        Priced(make_call("c.py"), make_estimate(1.0)),
    ]
    p = project(calls, _config(period="day"))
    assert [c.call.path for c in p.calls] == ["c.py"] and p.ignored == 1
    assert [c.path for c in p.unpriced] == ["b.py"]
    assert [x.code for x in p.problems] == ["unpriced-call"]


def test_file_totals_sum_their_calls():
    calls = [
        Priced(make_call("a.py", line=1), make_estimate(1.0)),
        Priced(make_call("a.py", line=9), make_estimate(2.0)),
        Priced(make_call("b.py"), make_estimate(0.5)),
    ]
    files = {f.path: f for f in project(calls, _config(period="day")).files}
    assert files["a.py"].calls == 2 and files["a.py"].co2e_kg == pytest.approx(3.0)
    assert files["b.py"].co2e_range_kg.as_tuple() == pytest.approx((0.25, 1.0))


def test_biggest_first_and_empty_projection():
    calls = [Priced(make_call("small.py"), make_estimate(0.1)), Priced(make_call("big.py"), make_estimate(9.0))]
    assert [c.call.path for c in project(calls, _config()).calls] == ["big.py", "small.py"]
    empty = project([], _config(co2e_kg=1))
    assert empty.total_kg == 0 and empty.share_of_budget == 0 and not empty.failed


def test_pricing_problems_and_weighty_scanner_warnings_are_reported_with_location():
    from dataclasses import replace

    from rice_core.problems import Problem

    call = replace(
        make_call("app/x.py", line=4),
        warnings=(
            Problem("unresolved-model", "model from a variable"),
            Problem("prompt-placeholders-estimated", "3 slots"),
        ),
    )
    priced = Priced(call, make_estimate(1.0), (Problem("unknown-model", "'gpt-9' is not in the catalog"),))
    p = project([priced], _config())
    assert [(x.code, x.message) for x in p.problems] == [
        ("unresolved-model", "app/x.py:4: model from a variable"),
        ("unknown-model", "app/x.py:4: 'gpt-9' is not in the catalog"),
    ]
