"""A per-user JSON copy of the fitted numbers, so a fresh ``rice`` process need not import scikit-learn.

The fit itself always comes from the shipped data (``fits.py``); this only stores its result — plain floats, no
pickles — under ``$RICE_CACHE_DIR`` (default ``$XDG_CACHE_HOME/rice`` or ``~/.cache/rice``; relative values are
ignored), keyed by the SHA-256 of the training files, the scikit-learn and numpy versions and ``FIT_FORMAT``. A
missing, stale, unreadable or malformed file (wrong shape, ``NaN``/``Infinity``) is ignored and refitted; a cache directory that cannot be written is ignored too.
``RICE_CACHE_DIR=""`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from rice_core.paper_fit.grid import PrefillTable
from rice_core.safeio import (
    MIB,
    all_finite,
    dumps_finite,
    loads_finite,
    private_dir,
    read_regular_bytes,
    user_cache_dir,
)

MAX_BYTES = 16 * MIB
FIT_FORMAT = 1  # bump when PaperFit, PrefillTable or the fitting procedure changes
TRAINING_FILES = ("inference_idealized_runtimes.json", "models.csv")


def cache_dir() -> Path | None:
    """Where fits are kept (the per-user cache folder), or None when caching is off."""
    return user_cache_dir()


def cache_key() -> str:
    """Hex digest of everything the fit depends on."""
    digest = hashlib.sha256(f"format={FIT_FORMAT}".encode())
    for dist in ("scikit-learn", "numpy"):
        digest.update(f"{dist}={metadata.version(dist)}".encode())
    for name in TRAINING_FILES:
        digest.update((resources.files("rice_core") / "data" / "helm" / name).read_bytes())
    return digest.hexdigest()


def _path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return folder / f"paper-fit-{cache_key()[:24]}.json"
    except (metadata.PackageNotFoundError, OSError):  # versions unknown: never trust a cached fit
        return None


def to_json(fit: Any) -> str:
    return dumps_finite({"key": cache_key(), "fit": asdict(fit)})


def from_json(text: str) -> Any:
    """A ``PaperFit`` from ``to_json`` output; raises on anything malformed or stale."""
    from rice_core.paper_fit.fits import PaperFit

    data = loads_finite(text)  # NaN/Infinity refused: a fit with them would price every call as NaN
    if not isinstance(data, dict) or not isinstance(data.get("fit"), dict) or not all_finite(data["fit"]):
        raise ValueError("malformed cache")
    if data["key"] != cache_key():
        raise ValueError("stale cache key")
    raw = dict(data["fit"])
    pre = raw.pop("prefill")
    table = PrefillTable(
        tuple(map(float, pre["params_edges"])),
        tuple(map(float, pre["prompt_edges"])),
        tuple(tuple(map(float, r)) for r in pre["seconds"]),
        tuple(map(float, pre["edge_s"])),
        tuple(map(float, pre["tail_slope_s_per_token"])),
    )
    if len(table.seconds) != len(table.params_edges) + 1 or len(table.edge_s) != len(table.seconds):
        raise ValueError("table shape does not match its edges")
    if any(len(r) != len(table.prompt_edges) + 1 for r in table.seconds):
        raise ValueError("table shape does not match its edges")
    raw["beta_coefs"] = tuple(map(float, raw["beta_coefs"]))
    fit = PaperFit(prefill=table, **raw)
    if not all_finite(asdict(fit)):  # strings such as "nan" pass float() above
        raise ValueError("non-finite number in the cached fit")
    return fit


def load() -> Any:
    """The cached fit, or None."""
    path = _path()
    if path is None:
        return None
    try:
        return from_json(read_regular_bytes(path, MAX_BYTES).decode("utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def save(fit: Any) -> None:
    """Write the fit atomically; any OS error (read-only home, full disk) is ignored."""
    path = _path()
    if path is None:
        return
    try:
        text = to_json(fit)
        if private_dir(path.parent) is None:  # not a folder of ours: write nothing there
            return
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except (OSError, ValueError):  # ValueError: a non-finite fit, which must not be cached
        return
