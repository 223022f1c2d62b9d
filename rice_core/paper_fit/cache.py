"""A per-user JSON copy of the fitted numbers, so a fresh ``rice`` process need not import scikit-learn.

The fit itself always comes from the shipped data (``fits.py``); this only stores its result — plain floats, no
pickles — under ``$RICE_CACHE_DIR`` (default ``$XDG_CACHE_HOME/rice`` or ``~/.cache/rice``), keyed by the SHA-256 of
the training files, the scikit-learn and numpy versions and ``FIT_FORMAT``. A missing, stale, unreadable or
malformed file is ignored and refitted; a cache directory that cannot be written is ignored too.
``RICE_CACHE_DIR=""`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from rice_core.paper_fit.grid import PrefillTable

FIT_FORMAT = 1  # bump when PaperFit, PrefillTable or the fitting procedure changes
TRAINING_FILES = ("inference_idealized_runtimes.json", "models.csv")


def cache_dir() -> Path | None:
    """Where fits are kept, or None when caching is off."""
    explicit = os.environ.get("RICE_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rice"


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
    return json.dumps({"key": cache_key(), "fit": asdict(fit)})


def from_json(text: str) -> Any:
    """A ``PaperFit`` from ``to_json`` output; raises on anything malformed or stale."""
    from rice_core.paper_fit.fits import PaperFit

    data = json.loads(text)
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
    return PaperFit(prefill=table, **raw)


def load() -> Any:
    """The cached fit, or None."""
    path = _path()
    if path is None:
        return None
    try:
        return from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(fit: Any) -> None:
    """Write the fit atomically; any OS error (read-only home, full disk) is ignored."""
    path = _path()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(to_json(fit), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return
