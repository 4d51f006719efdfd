"""Which files a command reads: paths, folders (recursively) and globs, expanded safely.

- Folders are read at any depth; `patterns` (`--glob`, repeatable) narrow what is taken, matched
  against each file's path relative to the folder (`*.txt` at any depth, `2020/*.html` only in a
  `2020` folder). Without a pattern: `*.txt`, `*.html`, `*.htm`, `*.md`. Hidden files and folders
  (a name starting with '.') are skipped. A file named on the command line is always read.

- Only regular files are articles: devices (`/dev/zero`), FIFOs and sockets are skipped, even
  behind a symlink, so nothing is read forever or blocks on open.
- A symlink inside a folder (or under a glob's base folder) that leads out of it is skipped
  unless `follow_symlinks`; recursive globs never descend into symlinked folders, so a link
  loop (`loop -> .`) cannot repeat or hang the expansion.
- The same file reached by two names is one article.
- Files this tool wrote (briefing-<date>.md/.html/.json) are skipped, so `brief DIR -o DIR`
  run twice never reads its own briefings back as sources.

Every skipped path comes with a one-line reason, for the caller to print as a warning.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from summarize.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
DEFAULT_PATTERNS = tuple(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
# What the renderer writes: briefing-[<conflict>-]<YYYY-MM-DD|undated>.<format>, with this line.
_BRIEFING_NAME = re.compile(
    r"briefing-(?:[\w-]+-)?(?:\d{4}-\d{2}-\d{2}|undated)\.(?:md|html|json|jsonl)", re.I
)
_BRIEFING_MARKERS = (b"**Produced by:**", b"<strong>Produced by:</strong>", b'"provenance"')
_SNIFF_BYTES = 64 * 1024


@dataclass
class Inputs:
    """The article files to read, in order, and the paths skipped with why."""

    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def is_own_output(path: Path) -> bool:
    """True for a briefing this tool wrote: its file-name pattern and the renderer's
    "Produced by:" line near the top."""
    if not _BRIEFING_NAME.fullmatch(path.name):
        return False
    try:
        with open(path, "rb") as file:
            head = file.read(_SNIFF_BYTES)
    except OSError:
        return False
    return any(marker in head for marker in _BRIEFING_MARKERS)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _matches(relative: PurePath, patterns: Sequence[str]) -> bool:
    lowered = PurePath(str(relative).lower())
    return any(relative.match(p) or lowered.match(p.lower()) for p in patterns)


class _Expansion:
    def __init__(self, follow_symlinks: bool, patterns: Sequence[str]) -> None:
        self.follow_symlinks = follow_symlinks
        self.patterns = tuple(patterns)
        self.inputs = Inputs()
        self._seen: set[str] = set()

    def skip(self, path: str, reason: str) -> None:
        self.inputs.skipped.append(f"skipped {path}: {reason}")

    def add(self, path: str, *, within: Path | None, explicit: bool = False) -> None:
        """One candidate file; `within` is the folder it was found in (None: named directly)."""
        try:
            info = os.stat(path)  # follows symlinks: what would be read
        except OSError as error:
            if explicit:  # kept, so that reading it reports the problem as a failed article
                self._keep(path, path)
            else:
                self.skip(path, f"cannot read ({error.strerror})")
            return
        if not stat.S_ISREG(info.st_mode):
            self.skip(path, "not a regular file (a device, FIFO or socket)")
            return
        real = os.path.realpath(path)
        if (
            within is not None
            and not self.follow_symlinks
            and not _inside(Path(real), Path(os.path.realpath(within)))
        ):
            self.skip(path, "a symlink to a file outside the folder (use --follow-symlinks)")
            return
        if is_own_output(Path(path)):
            self.skip(path, "a briefing written by summarize, not an article")
            return
        self._keep(path, real)

    def _keep(self, path: str, real: str) -> None:
        if real not in self._seen:
            self._seen.add(real)
            self.inputs.files.append(path)

    def folder(self, folder: Path) -> None:
        """Every matching file below `folder`; symlinked folders are not entered (no loops)."""
        found = []
        for root, dirs, files in os.walk(folder, onerror=self._walk_error):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                path = Path(root) / name
                relative = path.relative_to(folder)
                if not name.startswith(".") and _matches(relative, self.patterns):
                    found.append(path)
        for path in sorted(found):
            self.add(str(path), within=folder)

    def _walk_error(self, error: OSError) -> None:
        self.skip(str(error.filename), f"cannot list the folder ({error.strerror})")

    def pattern(self, raw: str) -> None:
        base, rest = _split_glob(raw)
        # pathlib's recursive glob never descends into symlinked folders: no loops.
        matches = sorted(base.glob(rest)) if rest else [base] if base.exists() else []
        if not matches:
            raise InputError(f"no files match {raw}")
        for match in matches:
            if match.is_dir() and not match.is_symlink():
                self.folder(match)
            elif match.is_dir():
                self.skip(str(match), "a symlinked folder inside a glob is not followed")
            elif _matches(PurePath(match.name), self.patterns):
                self.add(str(match), within=base)


def _split_glob(raw: str) -> tuple[Path, str]:
    """The folder before the first wildcard part, and the pattern relative to it."""
    parts = Path(raw).parts
    for index, part in enumerate(parts):
        if glob.has_magic(part):
            base = Path(*parts[:index]) if index else Path(".")
            return base, str(Path(*parts[index:]))
    return Path(raw), ""


def expand_inputs(
    paths: Sequence[str],
    follow_symlinks: bool = False,
    patterns: Sequence[str] | None = None,
) -> Inputs:
    """Files as given, folders as their article files, globs as their matches; no repeats.

    A named file that does not exist is kept, so that it is reported as a failed article; a
    named non-regular file (device, FIFO) is skipped with its reason. Raises InputError when
    nothing is left to read.
    """
    chosen = tuple(patterns) if patterns else DEFAULT_PATTERNS
    expansion = _Expansion(follow_symlinks, chosen)
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            expansion.folder(path)
        elif glob.has_magic(raw) and not path.exists():
            expansion.pattern(raw)
        else:
            expansion.add(raw, within=None, explicit=True)
    inputs = expansion.inputs
    if not inputs.files:
        reasons = "; ".join(inputs.skipped)
        detail = f" ({reasons})" if reasons else ""
        raise InputError(f"no article files ({', '.join(chosen)}) in {', '.join(paths)}{detail}")
    return inputs
