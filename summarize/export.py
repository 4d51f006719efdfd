"""`summarize export`: the store's items as flat rows (CSV or JSON Lines), read from its SQL views
(summarize.views), so that an export and `sqlite-utils rows summarize.sqlite figures` agree."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import closing
from typing import Any, Literal, TextIO

from summarize.errors import InputError
from summarize.store.base import StoreTarget, open_sqlite_readonly
from summarize.views import EXPORTS

ExportFormat = Literal["csv", "jsonl"]


def export_rows(db: StoreTarget, what: str) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """The columns and rows of one export (`what`: figures, calls, positions, parties, ...)."""
    if what not in EXPORTS:
        raise InputError(f"cannot export {what!r}: choose one of {', '.join(EXPORTS)}")
    store = open_sqlite_readonly(db)  # read-only: an older store's views are made temporary
    cursor = store.connection.execute(f"SELECT * FROM {EXPORTS[what]}")
    columns = [description[0] for description in cursor.description]

    def rows() -> Iterator[dict[str, Any]]:
        with closing(store):
            for row in cursor:
                yield dict(zip(columns, row, strict=True))

    return columns, rows()


def write_export(db: StoreTarget, what: str, fmt: ExportFormat, out: TextIO) -> int:
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


def export_text(db: StoreTarget, what: str, fmt: ExportFormat) -> str:
    buffer = io.StringIO()
    write_export(db, what, fmt, buffer)
    return buffer.getvalue()
