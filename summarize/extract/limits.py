"""Size caps on what a model sends back, so that one hostile or broken reply cannot fill the
store, the call log or the next request.

- the reply itself: at most `Settings.max_reply_bytes` bytes are read (see llm.py);
- fields, after parsing: an item with an over-long field is rejected with the reason (its stored
  copy cut to the limit); an over-long title or note is cut, with a quality note saying so;
- re-asks: a message quoted back to the model (its bad answer, the error) is cut too.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from summarize.schema import ArticleDraft, ItemKind, RejectedItem

ELLIPSIS = "…[cut]"
TITLE_CHARS = 300
CONFLICT_CHARS = 200
NOTE_CHARS = 500
MAX_NOTES = 20
NAME_CHARS = 200
QUOTE_CHARS = 2_000
SUMMARY_CHARS = 1_000
OTHER_CHARS = 500
# A re-ask quotes the bad answer and the error back; beyond this, the model gets the head.
REASK_QUOTE_CHARS = 20_000

# Field name -> characters allowed; any other string field gets OTHER_CHARS.
FIELD_CHARS: dict[str, int] = {
    "name": NAME_CHARS,
    "surface_forms": NAME_CHARS,
    "name_as_written": NAME_CHARS,
    "canonical_name": NAME_CHARS,
    "affiliation": NAME_CHARS,
    "title": NAME_CHARS,
    "holder": NAME_CHARS,
    "speaker": NAME_CHARS,
    "targets": NAME_CHARS,
    "actors": NAME_CHARS,
    "addressees": NAME_CHARS,
    "mediators": NAME_CHARS,
    "claimant": NAME_CHARS,
    "subjects": NAME_CHARS,
    "source_as_written": NAME_CHARS,
    "topic": NAME_CHARS,
    "raw_text": NAME_CHARS,
    "equipment_class": NAME_CHARS,
    "evidence": QUOTE_CHARS,
    "summary": SUMMARY_CHARS,
}
DraftT = TypeVar("DraftT", bound=ArticleDraft)
ITEM_LISTS: tuple[tuple[str, ItemKind], ...] = (
    ("parties", "party"),
    ("people", "person"),
    ("positions", "position"),
    ("ceasefire_calls", "ceasefire_call"),
    ("figures", "figure"),
)


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(limit - len(ELLIPSIS), 0)] + ELLIPSIS


def _too_long(item: BaseModel) -> tuple[list[str], dict[str, Any]]:
    """Problems with the item's field lengths, and the fields cut to their limits."""
    problems: list[str] = []
    update: dict[str, Any] = {}
    for name, value in item:
        limit = FIELD_CHARS.get(name, OTHER_CHARS)
        if isinstance(value, str) and len(value) > limit:
            problems.append(f"its {name} is {len(value):,} characters long (limit {limit:,})")
            update[name] = cut(value, limit)
        elif isinstance(value, list) and any(isinstance(v, str) and len(v) > limit for v in value):
            longest = max(len(v) for v in value if isinstance(v, str))
            problems.append(f"an entry of its {name} is {longest:,} characters (limit {limit:,})")
            update[name] = [cut(v, limit) if isinstance(v, str) else v for v in value]
    return problems, update


def cap_draft(draft: DraftT) -> tuple[DraftT, list[RejectedItem]]:
    """The draft with over-long items taken out (returned as rejected, cut to size) and
    over-long meta fields cut, each cut noted in `quality_notes`."""
    rejected: list[RejectedItem] = []
    update: dict[str, Any] = {}
    for field, kind in ITEM_LISTS:
        kept = []
        for item in getattr(draft, field):
            problems, cuts = _too_long(item)
            if not problems:
                kept.append(item)
                continue
            reason = "rejected as too long: " + "; ".join(problems)
            rejected.append(
                RejectedItem(kind=kind, item=item.model_copy(update=cuts), reason=reason)
            )
        if len(kept) != len(getattr(draft, field)):
            update[field] = kept
    meta = draft.meta
    notes = [cut(note, NOTE_CHARS) for note in meta.quality_notes[:MAX_NOTES]]
    if len(meta.quality_notes) > MAX_NOTES:
        notes.append(f"the model gave {len(meta.quality_notes)} notes; kept {MAX_NOTES}")
    meta_update: dict[str, Any] = {}
    if meta.title is not None and len(meta.title) > TITLE_CHARS:
        meta_update["title"] = cut(meta.title, TITLE_CHARS)
        notes.append(
            f"the model's title was {len(meta.title):,} characters long: cut to {TITLE_CHARS}"
        )
    if meta.conflict is not None and len(meta.conflict) > CONFLICT_CHARS:
        meta_update["conflict"] = None
        notes.append(f"the model's conflict name was {len(meta.conflict):,} characters: dropped")
    if notes != meta.quality_notes or meta_update:
        update["meta"] = meta.model_copy(update={**meta_update, "quality_notes": notes})
    return (draft.model_copy(update=update) if update else draft), rejected


def cap_reask(messages: list[dict[str, Any]], keep: int = 2) -> list[dict[str, Any]]:
    """The conversation with every message after the first `keep` (the prompt and the article)
    cut to REASK_QUOTE_CHARS: content, and tool-call arguments quoted back."""
    shaped: list[dict[str, Any]] = messages[:keep]
    changed = False
    for message in messages[keep:]:
        content = message.get("content")
        calls = message.get("tool_calls")
        if isinstance(content, str) and len(content) > REASK_QUOTE_CHARS:
            message = {**message, "content": cut(content, REASK_QUOTE_CHARS)}
            changed = True
        if isinstance(calls, list) and any(_long_arguments(call) for call in calls):
            message = {**message, "tool_calls": [_cut_arguments(call) for call in calls]}
            changed = True
        shaped.append(message)
    return shaped if changed else messages


def _long_arguments(call: Any) -> bool:
    arguments = call.get("function", {}).get("arguments") if isinstance(call, dict) else None
    return isinstance(arguments, str) and len(arguments) > REASK_QUOTE_CHARS


def _cut_arguments(call: Any) -> Any:
    if not _long_arguments(call):
        return call
    function = {
        **call["function"],
        "arguments": cut(call["function"]["arguments"], REASK_QUOTE_CHARS),
    }
    return {**call, "function": function}
