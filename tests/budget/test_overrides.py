import pytest

from rice_core.budget.overrides import choose_volume, override_matches
from rice_core.config import Volume, VolumeConfig, VolumeOverride

from .helpers import make_call


@pytest.mark.parametrize(
    ("glob", "path", "expected"),
    [
        ("app/chat/**", "app/chat/handler.py", True),
        ("app/chat/**", "app/chat/deep/er/x.py", True),
        ("app/chat/**", "app/chatter/x.py", False),
        ("app/*.py", "app/bot.py", True),
        ("app/*.py", "app/sub/bot.py", False),  # * stays inside one directory
        ("**/summarise*.py", "summarise.py", True),
        ("**/summarise*.py", "a/b/summariser.py", True),
        ("app/chat", "app/chat/x.py", True),  # a directory matches everything below it
        ("app/ch?t/*", "app/chat/x.py", True),
        ("app/[!c]*/*", "app/chat/x.py", False),
        ("app/[!c]*/*", "app/rag/x.py", True),
        ("./app/**", "app/x.py", True),
    ],
)
def test_path_globs(glob, path, expected):
    assert override_matches(glob, path, None) is expected


def test_function_part_matches_qualified_or_last_name():
    assert override_matches("app/**::answer", "app/rag.py", "Answerer.answer")
    assert override_matches("app/**::Answerer.*", "app/rag.py", "Answerer.answer")
    assert not override_matches("app/**::answer", "app/rag.py", "summarise")
    assert not override_matches("app/**::answer", "app/rag.py", None)
    assert override_matches("::handle_*", "anything/at/all.py", "handle_ticket")


CONFIG = VolumeConfig(
    default=Volume(1000, "day"),
    overrides=(
        VolumeOverride("app/**", Volume(10_000, "day")),
        VolumeOverride("app/chat/**", Volume(50_000, "day")),
        VolumeOverride("app/chat/**::nightly", Volume(1, "day")),
    ),
)


def test_default_when_nothing_matches():
    choice = choose_volume(make_call("tools/x.py"), CONFIG)
    assert (choice.volume, choice.source, choice.rule) == (Volume(1000, "day"), "default", "volume.default")


def test_last_matching_override_wins():
    assert choose_volume(make_call("app/bot.py"), CONFIG).volume == Volume(10_000, "day")
    chat = choose_volume(make_call("app/chat/h.py", function="respond"), CONFIG)
    assert (chat.volume, chat.rule) == (Volume(50_000, "day"), "app/chat/**")
    nightly = choose_volume(make_call("app/chat/h.py", function="nightly"), CONFIG)
    assert nightly.volume == Volume(1, "day") and nightly.source == "override"


def test_order_matters_general_rule_last_overrides_specific():
    reordered = VolumeConfig(CONFIG.default, (CONFIG.overrides[1], CONFIG.overrides[0]))
    assert choose_volume(make_call("app/chat/h.py"), reordered).volume == Volume(10_000, "day")


def test_annotation_wins_over_every_override():
    choice = choose_volume(make_call("app/chat/h.py", function="nightly", volume="5k/hour"), CONFIG)
    assert (choice.volume, choice.source) == (Volume(5000, "hour"), "annotation")


def test_bad_annotation_is_a_problem_and_falls_back():
    choice = choose_volume(make_call("app/chat/h.py", line=7, volume="loads"), CONFIG)
    assert choice.volume == Volume(50_000, "day")
    assert choice.problem is not None and choice.problem.code == "invalid-volume-annotation"
    assert choice.problem.message.startswith("app/chat/h.py:7: ")
