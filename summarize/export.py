"""`summarize export`: the store's items as flat rows (CSV or JSON Lines), read from its SQL views
(summarize.views), so that an export and `sqlite-utils rows summarize.sqlite figures` agree."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, Literal, TextIO

from summarize.errors import InputError
from summarize.views import EXPORTS

ExportFormat = Literal["csv", "jsonl"]


def export_rows(db: Path, what: str) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """The columns and rows of one export (`what`: figures, calls, positions, parties, ...)."""
    if what not in EXPORTS:
        raise InputError(f"cannot export {what!r}: choose one of {', '.join(EXPORTS)}")
    from summarize.store import Store

    with Store(db):  # creates the views in a store written by an older version
        pass
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    cursor = connection.execute(f"SELECT * FROM {EXPORTS[what]}")
    columns = [description[0] for description in cursor.description]

    def rows() -> Iterator[dict[str, Any]]:
        with closing(connection):
            for row in cursor:
                yield dict(zip(columns, row, strict=True))

    return columns, rows()


def write_export(db: Path, what: str, fmt: ExportFormat, out: TextIO) -> int:
    """Write every row; the number of rows."""
    columns, rows = export_rows(db, what)
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
        return count
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def export_text(db: Path, what: str, fmt: ExportFormat) -> str:
    buffer = io.StringIO()
    write_export(db, what, fmt, buffer)
    return buffer.getvalue()
