"""Which article files a command reads: files as given, folders recursively, shell-style globs.

Folders and globs are narrowed by `--glob PATTERN` (repeatable), matched against each file's
path relative to the folder (`*.txt` matches at any depth, `2020/*.html` only in a `2020`
folder). Without a pattern, folders yield the article files `*.txt`, `*.html`, `*.htm` and `*.md`.
Hidden files and folders (a name starting with '.') are skipped. A file named on the command
line is always read, whatever its name.
"""

from __future__ import annotations

import glob
from collections.abc import Sequence
from pathlib import Path, PurePath

from summarize.errors import InputError

DEFAULT_PATTERNS = ("*.txt", "*.html", "*.htm", "*.md")


def _matches(relative: PurePath, patterns: Sequence[str]) -> bool:
    lowered = PurePath(str(relative).lower())
    return any(relative.match(p) or lowered.match(p.lower()) for p in patterns)


def folder_articles(folder: Path, patterns: Sequence[str] = DEFAULT_PATTERNS) -> list[str]:
    """The files under `folder`, at any depth, that match one of `patterns`; sorted."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and _matches(relative, patterns):
            found.append(str(path))
    return sorted(found)


def find_articles(paths: Sequence[str], patterns: Sequence[str] | None = None) -> list[str]:
    """Files as given, folders as their matching files (recursively), globs as their matches;
    no repeats. A path that does not exist is kept, so that it is reported as a failed article.
    """
    chosen = tuple(patterns) if patterns else DEFAULT_PATTERNS
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += folder_articles(path, chosen)
        elif glob.has_magic(raw) and not path.exists():
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(f"no files match {raw}")
            for match in matches:
                match_path = Path(match)
                if match_path.is_dir():
                    found += folder_articles(match_path, chosen)
                elif not patterns or _matches(PurePath(match_path.name), chosen):
                    found.append(match)
        else:
            found.append(raw)
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError(f"no article files ({', '.join(chosen)}) in {', '.join(paths)}")
    return unique
