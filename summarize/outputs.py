"""Where briefings go (`summarize brief -o`): standard output, one file, or a folder.

- `-`: standard output. One briefing is written in its format; several are written as JSON
  Lines, one briefing per line (an explicit md or html format is then an error).
- No -o: standard output for one briefing; several are an error that says what to give.
- A name with an extension is one file, and the extension implies the format: `.md`, `.html` or
  `.htm`, `.json`, `.jsonl` (every briefing, one per line). A different `--format` is an error.
- An existing folder, or a path ending in '/', is a folder: one file per conflict, date and
  format, named `briefing-<conflict>-<date>.<format>`.
- A name without an extension that does not exist yet is a folder too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from summarize.errors import InputError, UnavailableError
from summarize.render import FORMATS, BriefingFormat, briefing_filename, render_briefing
from summarize.schema import Briefing

OutputFormat = Literal["md", "html", "json", "jsonl"]
SUFFIX_FORMATS: dict[str, OutputFormat] = {
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}
STDOUT = "-"


@dataclass(frozen=True)
class Document:
    """One thing to write: to `path`, or to standard output when `path` is None."""

    path: Path | None
    format: OutputFormat
    briefings: tuple[Briefing, ...]


def _is_folder(output: str) -> bool:
    path = Path(output)
    if output.endswith(("/", os.sep)) or path.is_dir():
        return True
    return path.suffix == "" and not path.exists()


def plan_outputs(
    output: str | None,
    briefings: Sequence[Briefing],
    formats: Sequence[BriefingFormat] | None,
) -> list[Document]:
    """The documents to write for `-o output`; `formats` None means none was asked for.

    Raises InputError (exit 2) for a mismatch between the file name and the format, or for
    several briefings where only one fits.
    """
    if not briefings:
        raise InputError("no briefings to write")
    count = len(briefings)
    if output is None:
        if count * len(formats or ["md"]) != 1:
            raise InputError(
                f"{count} briefings (one per conflict and date) x {len(formats or ['md'])} "
                "format(s) to write: give -o FOLDER, -o - for JSON Lines on stdout, or "
                "--conflict, --date and one --format"
            )
        return [_stdout_document(briefings, formats)]
    if output == STDOUT:
        return [_stdout_document(briefings, formats)]
    if _is_folder(output):
        folder = Path(output)
        return [
            Document(folder / briefing_filename(briefing, fmt), fmt, (briefing,))
            for briefing in briefings
            for fmt in formats or ["md"]
        ]
    path = Path(output)
    implied = SUFFIX_FORMATS.get(path.suffix.lower())
    if implied is None:
        known = ", ".join(SUFFIX_FORMATS)
        raise InputError(
            f"-o {output}: unknown extension {path.suffix!r}; use one of {known}, "
            "or end the name with '/' for a folder"
        )
    asked = set(formats or [])
    allowed = {"json"} if implied == "jsonl" else {implied}
    if asked and asked != allowed:
        raise InputError(
            f"-o {output} means --format {implied if implied != 'jsonl' else 'json'} "
            f"(from its extension), not --format {', '.join(sorted(asked))}"
        )
    if implied == "jsonl":
        return [Document(path, "jsonl", tuple(briefings))]
    if count != 1:
        raise InputError(
            f"-o {output} is one file but there are {count} briefings (one per conflict and "
            "date): give a folder, a .jsonl file, or --conflict and --date"
        )
    return [Document(path, implied, (briefings[0],))]


def _stdout_document(
    briefings: Sequence[Briefing], formats: Sequence[BriefingFormat] | None
) -> Document:
    asked = list(dict.fromkeys(formats or []))
    if len(asked) > 1:
        raise InputError("standard output takes one format: give one --format, or -o FOLDER")
    if len(briefings) == 1:
        return Document(None, asked[0] if asked else "md", (briefings[0],))
    if asked and asked != ["json"]:
        raise InputError(
            f"{len(briefings)} briefings go to standard output as JSON Lines, not "
            f"--format {asked[0]}: give -o FOLDER, or --conflict and --date for one briefing"
        )
    return Document(None, "jsonl", tuple(briefings))


def render_document(document: Document, texts: Mapping[str, str]) -> str:
    if document.format == "jsonl":
        return "".join(
            json.dumps(briefing.model_dump(mode="json"), ensure_ascii=False) + "\n"
            for briefing in document.briefings
        )
    formats: dict[str, BriefingFormat] = {fmt: fmt for fmt in FORMATS}
    return render_briefing(document.briefings[0], formats[document.format], texts)


def write_output(path: Path, text: str) -> None:
    """Write `text` to `path`, never through a symlink: a link planted in the output folder
    (pointing at ~/.bashrc, say) is refused, not followed. The file is written next to its
    final name and renamed, so a reader never sees half a briefing."""
    if path.is_symlink():
        raise InputError(f"{path} is a symbolic link: refusing to write through it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(temporary, flags, 0o644)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)  # replaces a link's name, never its target
    except OSError as error:
        raise UnavailableError(f"cannot write {path}: {error.strerror or error}") from None
