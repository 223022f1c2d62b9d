"""Path globs as regular expressions for ``rice.yaml`` volume overrides.

Overrides are anchored at the project root (``chat/*.py`` never matches ``lib/chat/x.py``), which is not
``.gitignore`` semantics (a slash-free pattern matches at any depth), so they keep this small translation while
``.gitignore`` files are read with ``pathspec`` (``rice_core/scan/gitignore.py``).

``*`` and ``?`` stay inside one folder, ``**`` crosses folders, ``[abc]``/``[!abc]`` are character classes.
"""

from __future__ import annotations

import re


def glob_to_regex(glob: str) -> str:
    """The regex body (no anchors) matching ``glob`` against a ``/``-separated relative path."""
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        elif glob[i] == "[" and "]" in glob[i + 1 :]:
            end = glob.index("]", i + 1)
            body = glob[i + 1 : end]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = end + 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return "".join(out)
