"""Which request volume applies to a call site.

Precedence: a ``# rice: volume=...`` annotation on the call wins; otherwise the **last** matching entry of
``volume.overrides`` (like ``.gitattributes`` or ESLint overrides: put general rules first, specific ones after);
otherwise ``volume.default``. ``match`` is a glob on the path relative to the root (``*`` stays inside one
directory, ``**`` crosses directories, a directory name matches everything under it), optionally followed by
``::function`` matched (as a glob) against the call's enclosing qualified function name or its last part.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass

from rice_core.config.volume import parse_volume
from rice_core.config import Volume, VolumeConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite
from rice_core.globs import glob_to_regex


@dataclass(frozen=True)
class VolumeChoice:
    volume: Volume
    source: str  # "annotation" | "override" | "default"
    rule: str  # the annotation text, the override's match, or "volume.default"
    problem: Problem | None = None


def choose_volume(call: CallSite, config: VolumeConfig) -> VolumeChoice:
    """The volume for ``call`` under the precedence above; a bad annotation becomes a problem and is ignored."""
    problem = None
    if call.volume:
        try:
            return VolumeChoice(parse_volume(call.volume), "annotation", f"# rice: volume={call.volume}")
        except ValueError:
            problem = Problem(
                "invalid-volume-annotation",
                f"{call.path}:{call.line}: volume={call.volume!r} is not a rate like 50k/day; ignored",
            )
    for override in reversed(config.overrides):
        if override_matches(override.match, call.path, call.function):
            return VolumeChoice(override.volume, "override", override.match, problem)
    return VolumeChoice(config.default, "default", "volume.default", problem)


def override_matches(match: str, path: str, function: str | None) -> bool:
    """Does ``"glob"`` or ``"glob::function"`` match this relative path (and enclosing function)?"""
    path_glob, _, function_glob = match.partition("::")
    if function_glob and not _function_matches(function_glob, function):
        return False
    return _path_regex(path_glob.strip() or "**").match(path.replace("\\", "/").lstrip("./")) is not None


def _function_matches(pattern: str, function: str | None) -> bool:
    if not function:
        return False
    return fnmatch.fnmatchcase(function, pattern) or fnmatch.fnmatchcase(function.rsplit(".", 1)[-1], pattern)


@functools.lru_cache(maxsize=512)
def _path_regex(glob: str) -> re.Pattern[str]:
    """Translate a path glob; the result also matches anything below a matching directory."""
    glob = glob.replace("\\", "/").lstrip("./").rstrip("/")
    return re.compile(glob_to_regex(glob) + "(?:/.*)?$")
