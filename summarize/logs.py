"""The model-call log kept in the store: list and filter calls, with estimated costs."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from summarize.costs import PriceTable
from summarize.errors import InputError
from summarize.store.base import StoreTarget, expand_prompts, open_sqlite_readonly


@dataclass(frozen=True)
class CallFilter:
    """Every field that is set must match; dates are inclusive, by the call's UTC day."""

    model: str | None = None
    article: str | None = None  # article id, or a part of its source path
    outcome: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class CallRow:
    id: int
    logged_at: str
    article_id: str | None
    source: str
    extractor: str | None
    model: str | None
    outcome: str | None
    prompt_tokens: int
    completion_tokens: int
    duration_s: float | None
    cost_usd: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _connect(db: StoreTarget) -> sqlite3.Connection:
    """A read-only connection (a store the user may only read serves `logs` too)."""
    store = open_sqlite_readonly(db)
    connection: sqlite3.Connection = store.connection
    return connection


def list_calls(
    db: StoreTarget, where: CallFilter = CallFilter(), prices: PriceTable | None = None
) -> list[CallRow]:
    """Logged calls that match `where`, oldest first."""
    table = prices or PriceTable.load()
    clauses, parameters = [], []
    if where.model is not None:
        clauses.append("model = ?")
        parameters.append(where.model)
    if where.outcome is not None:
        clauses.append("outcome = ?")
        parameters.append(where.outcome)
    if where.article is not None:
        clauses.append("(article_id = ? OR instr(source, ?) > 0)")
        parameters += [where.article, where.article]
    if where.since is not None:
        clauses.append("substr(COALESCE(started_at, logged_at), 1, 10) >= ?")
        parameters.append(where.since.isoformat())
    if where.until is not None:
        clauses.append("substr(COALESCE(started_at, logged_at), 1, 10) <= ?")
        parameters.append(where.until.isoformat())
    query = (
        "SELECT id, logged_at, article_id, source, extractor, model, outcome, prompt_tokens, "
        "completion_tokens, duration_s FROM calls"
    )
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    with closing(_connect(db)) as connection:
        rows = connection.execute(query + " ORDER BY id", parameters).fetchall()
    found = []
    for id_, logged, article_id, source, extractor, model, outcome, prompt, answer, secs in rows:
        prompt, answer = int(prompt or 0), int(answer or 0)
        cost = table.cost(model, prompt, answer, outcome=outcome)
        found.append(
            CallRow(
                id_, logged, article_id, source, extractor, model, outcome, prompt, answer, secs,
                round(cost, 8),
            )
        )  # fmt: skip
    return found


def call_detail(db: StoreTarget, call_id: int) -> dict[str, Any]:
    """One call as logged: messages, response, timing (never a key: the store drops them)."""
    with open_sqlite_readonly(db) as store:
        row = store.connection.execute(
            "SELECT call_json FROM model_calls WHERE id = ?", (call_id,)
        ).fetchone()
        if row is None:
            raise InputError(f"no logged call with id {call_id}")
        detail: dict[str, Any] = expand_prompts(json.loads(row[0]), store.prompt_text)
    return {"id": call_id, **detail}
