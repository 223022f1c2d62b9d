"""Rebuild the real-code corpus folder from ``manifest.yaml`` (issue 11 item 0).

The corpus is public code we reference but do not redistribute: the manifest names each file by repository, path and
commit, with the SHA-256 of its bytes. This script fetches every file at that commit and writes it under
``DIR/<dest>`` (``<batch>/<owner>__<repo>/<path>``), checking the hash.

Routes, tried in order for each file:
  * ``--mirrors M``: a folder of bare git mirrors, either ``M/<owner>+<name>/repo`` (the layout of the session's
    snapshot store) or ``M/<owner>/<name>.git`` (``git clone --mirror``); read with ``git show COMMIT:PATH``.
  * ``--github``: ``https://raw.githubusercontent.com/<owner>/<name>/<commit>/<path>`` (needs network).

Run: ``python benchmarks/realcode/restore.py DIR --mirrors /work/.mirror`` (offline) or ``... DIR --github``;
``--batch b20 --batch b21`` restores only those batches (e.g. a held-out set scored on its own).
Exit status 1 when a file could not be restored or its hash differs (``--partial`` accepts missing files).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import urllib.request
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def load_manifest(path: Path) -> list[dict]:
    return list((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("files", []))


def select_batches(entries: list[dict], batches: list[str] | None) -> list[dict]:
    """Keep only the entries of the named batches (all of them when none is named)."""
    if not batches:
        return entries
    wanted = set(batches)
    return [entry for entry in entries if entry.get("batch") in wanted]


def mirror_dirs(mirrors: Path, repo: str) -> list[Path]:
    """Candidate git directories for ``owner/name`` under a mirrors folder."""
    owner, name = repo.split("/", 1)
    return [mirrors / f"{owner}+{name}" / "repo", mirrors / owner / f"{name}.git", mirrors / owner / name]


def from_mirror(mirrors: Path, entry: dict) -> bytes | None:
    for git_dir in mirror_dirs(mirrors, entry["repo"]):
        if not git_dir.is_dir():
            continue
        done = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", f"{entry['commit']}:{entry['path']}"],
            capture_output=True,
            check=False,
        )
        if done.returncode == 0:
            return done.stdout
    return None


def from_github(entry: dict, timeout_s: float = 30.0) -> bytes | None:
    url = f"https://raw.githubusercontent.com/{entry['repo']}/{entry['commit']}/{entry['path']}"
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:  # noqa: S310 (fixed https host)
            data: bytes = response.read()
            return data
    except OSError:
        return None


def restore(entries: list[dict], out: Path, mirrors: Path | None, github: bool) -> tuple[int, list[str], list[str]]:
    """Write every entry under ``out``; return (restored, missing, hash mismatches)."""
    restored, missing, mismatched = 0, [], []
    for entry in entries:
        data = from_mirror(mirrors, entry) if mirrors else None
        if data is None and github:
            data = from_github(entry)
        if data is None:
            missing.append(f"{entry['repo']}@{entry['commit'][:10]}:{entry['path']}")
            continue
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            mismatched.append(entry["dest"])
            continue
        target = out / entry["dest"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        restored += 1
    return restored, missing, mismatched


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="folder to write the corpus into")
    parser.add_argument("--manifest", type=Path, default=HERE / "manifest.yaml")
    parser.add_argument("--mirrors", type=Path, help="folder of bare git mirrors")
    parser.add_argument("--github", action="store_true", help="download missing files from raw.githubusercontent.com")
    parser.add_argument("--partial", action="store_true", help="exit 0 even when some files could not be fetched")
    parser.add_argument("--batch", action="append", help="restore only this batch (repeatable), e.g. --batch b20")
    args = parser.parse_args(argv)
    if not args.mirrors and not args.github:
        parser.error("give --mirrors DIR and/or --github")
    entries = select_batches(load_manifest(args.manifest), args.batch)
    if not entries:
        parser.error(f"no manifest entry in batch(es) {args.batch}")
    restored, missing, mismatched = restore(entries, args.dir, args.mirrors, args.github)
    print(f"restored {restored}/{len(entries)} files into {args.dir}")
    for item in missing:
        print(f"  missing: {item}")
    for item in mismatched:
        print(f"  hash differs (not written): {item}")
    if mismatched or (missing and not args.partial):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
