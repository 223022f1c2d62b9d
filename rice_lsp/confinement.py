"""Where the code of an open document may have its prompt files read from (``open("prompt.txt").read()``).

A document inside a workspace folder reads inside that folder; one outside every folder reads inside its own git
repository (the nearest folder holding ``.git``, never the file-system root); anything else reads nothing:
untitled documents, documents in no repository, and URIs with ``..`` segments (a client that sends
``file:///w/../etc/x.py`` is not to be trusted with paths). Opening ``file:///evil.py`` that reads
``/etc/passwd`` or ``~/.bashrc`` must not put their contents into an estimate.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

# A folder that cannot exist (/dev/null is not a folder): as the scanner's root it confines reads to nothing.
NOWHERE = Path(os.devnull) / "rice-reads-nothing"


def has_dot_segments(uri: str) -> bool:
    """True when the URI's path has a ``..`` or ``.`` segment (percent-encoded ones included)."""
    return any(part in ("..", ".") for part in unquote(urlsplit(uri).path).split("/"))


def git_root(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` holding ``.git``; None when there is none (or it is ``/``)."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return None if candidate == Path(candidate.anchor) else candidate
    return None


def read_root(uri: str, path: Path | None, roots: list[Path]) -> Path:
    """The folder prompt files of this document may be read from (``NOWHERE``: none at all)."""
    if path is None or has_dot_segments(uri):
        return NOWHERE
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return NOWHERE
    for root in roots:
        if resolved == root or root in resolved.parents:
            return root
    return git_root(resolved.parent) or NOWHERE
