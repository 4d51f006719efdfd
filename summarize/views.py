"""SQL views over the store, so that `datasette summarize.sqlite` or `sqlite-utils` can browse
and query it with no code. Built with SQLite's JSON functions (json_each, json_extract) over the
stored extractions; column names follow ACLED and UCDP where they have one (event_date, low, best,
high, actor1, actor2).

Views (the current version of each article source, successfully extracted):
- `extraction_runs`: one row per stored extraction, with the extractor's name, model, prompt
  and schema taken out of the cache key (which is JSON inside JSON).
- `figures`: one row per claimed figure.
- `ceasefire_calls`: one row per ceasefire act; actor1 = who acts, actor2 = addressees.
- `positions`: one row per stated position; actor1 = holder, actor2 = targets.
- `parties`: one row per party an article declares.
- `calls`: the model-call log with the extractor's name, article id and total tokens.
"""

from __future__ import annotations

# Lists of names are joined with "; " so that each row stays flat (CSV-friendly).
_JOIN = "(SELECT group_concat(j.value, '; ') FROM json_each(item.value, '$.{field}') j)"


def _joined(field: str) -> str:
    return _JOIN.format(field=field)


# The cache key is JSON whose "extractor" is the extractor's own identity: JSON again for model
# extractors, "rules:<fingerprint>" for the rules. A key that is not JSON is taken as it is.
_INNER_KEY = (
    "(CASE WHEN json_valid(e.extractor_key) THEN json_extract(e.extractor_key, '$.extractor') "
    "ELSE e.extractor_key END)"
)

_EXTRACTION_RUNS = f"""
CREATE VIEW IF NOT EXISTS extraction_runs AS
SELECT
    e.id AS extraction_id,
    e.sha256,
    CASE WHEN json_valid({_INNER_KEY}) THEN json_extract({_INNER_KEY}, '$.extractor')
         ELSE substr({_INNER_KEY}, 1, instr({_INNER_KEY}, ':') - 1) END AS extractor,
    CASE WHEN json_valid({_INNER_KEY}) THEN json_extract({_INNER_KEY}, '$.model') END AS model,
    CASE WHEN json_valid({_INNER_KEY}) THEN json_extract({_INNER_KEY}, '$.endpoint') END
        AS endpoint,
    CASE WHEN json_valid({_INNER_KEY}) THEN json_extract({_INNER_KEY}, '$.prompt_version') END
        AS prompt_version,
    CASE WHEN json_valid({_INNER_KEY}) THEN NULL
         ELSE substr({_INNER_KEY}, instr({_INNER_KEY}, ':') + 1) END AS rules_fingerprint,
    CASE WHEN json_valid(e.extractor_key) THEN json_extract(e.extractor_key, '$.schema_version')
         END AS schema_version,
    CASE WHEN json_valid(e.extractor_key) THEN json_extract(e.extractor_key, '$.schema_hash')
         END AS schema_hash,
    e.created_at
FROM extractions e;
"""

# The current version of every article source, with its extraction.
_CURRENT = """
CREATE VIEW IF NOT EXISTS current_extractions AS
SELECT
    a.article_id,
    a.source,
    a.sha256,
    json_extract(e.extraction_json, '$.article.event_date') AS event_date,
    json_extract(e.extraction_json, '$.article.conflict') AS conflict,
    json_extract(e.extraction_json, '$.article.outlet') AS outlet,
    json_extract(e.extraction_json, '$.article.title') AS title,
    json_extract(e.extraction_json, '$.provenance.extractor') AS extractor,
    json_extract(e.extraction_json, '$.provenance.model') AS model,
    e.extraction_json
FROM articles a JOIN extractions e ON e.id = a.extraction_id
WHERE a.status = 'ok' AND a.rowid = (
    SELECT b.rowid FROM articles b WHERE b.source = a.source
    ORDER BY b.updated_at DESC, b.rowid DESC LIMIT 1
);
"""

_COMMON = """
    x.article_id, x.source, x.event_date, x.conflict, x.outlet,"""
_EVIDENCE = """
    json_extract(item.value, '$.evidence') AS evidence,
    json_extract(item.value, '$.span.start') AS evidence_start,
    json_extract(item.value, '$.span.end') AS evidence_end,
    json_extract(item.value, '$.span.status') AS evidence_status,
    x.extractor, x.model"""

_FIGURES = f"""
CREATE VIEW IF NOT EXISTS figures AS
SELECT{_COMMON}
    json_extract(item.value, '$.claimant') AS claimant,
    json_extract(item.value, '$.speaker') AS speaker,
    json_extract(item.value, '$.source_as_written') AS source_as_written,
    {_joined("subjects")} AS subjects,
    json_extract(item.value, '$.metric') AS metric,
    json_extract(item.value, '$.equipment_class') AS equipment_class,
    json_extract(item.value, '$.population') AS population,
    json_extract(item.value, '$.low') AS low,
    json_extract(item.value, '$.value') AS best,
    json_extract(item.value, '$.high') AS high,
    json_extract(item.value, '$.raw_text') AS raw_text,
    json_extract(item.value, '$.qualifier') AS qualifier,
    json_extract(item.value, '$.scope') AS scope,
    json_extract(item.value, '$.time_scope') AS time_scope,{_EVIDENCE}
FROM current_extractions x, json_each(x.extraction_json, '$.figures') item;
"""

_CEASEFIRE_CALLS = f"""
CREATE VIEW IF NOT EXISTS ceasefire_calls AS
SELECT{_COMMON}
    json_extract(item.value, '$.act') AS act,
    json_extract(item.value, '$.type') AS type,
    {_joined("actors")} AS actor1,
    {_joined("addressees")} AS actor2,
    {_joined("mediators")} AS mediators,
    json_extract(item.value, '$.speaker') AS speaker,
    json_extract(item.value, '$.conditions') AS conditions,
    json_extract(item.value, '$.time_scope') AS time_scope,{_EVIDENCE}
FROM current_extractions x, json_each(x.extraction_json, '$.ceasefire_calls') item;
"""

_POSITIONS = f"""
CREATE VIEW IF NOT EXISTS positions AS
SELECT{_COMMON}
    json_extract(item.value, '$.holder') AS actor1,
    {_joined("targets")} AS actor2,
    json_extract(item.value, '$.speaker') AS speaker,
    json_extract(item.value, '$.stance') AS stance,
    json_extract(item.value, '$.topic') AS topic,
    json_extract(item.value, '$.summary') AS summary,{_EVIDENCE}
FROM current_extractions x, json_each(x.extraction_json, '$.positions') item;
"""

_PARTIES = f"""
CREATE VIEW IF NOT EXISTS parties AS
SELECT{_COMMON}
    json_extract(item.value, '$.name') AS party,
    json_extract(item.value, '$.kind') AS kind,
    json_extract(item.value, '$.role') AS role,
    {_joined("surface_forms")} AS surface_forms,{_EVIDENCE}
FROM current_extractions x, json_each(x.extraction_json, '$.parties') item;
"""

_CALLS = f"""
CREATE VIEW IF NOT EXISTS calls AS
SELECT
    c.id,
    c.logged_at,
    json_extract(c.call_json, '$.started_at') AS started_at,
    (SELECT a.article_id FROM articles a WHERE a.source = c.source
     ORDER BY a.updated_at DESC LIMIT 1) AS article_id,
    c.source,
    c.sha256,
    CASE WHEN json_valid({_INNER_KEY.replace("e.", "c.")})
         THEN json_extract({_INNER_KEY.replace("e.", "c.")}, '$.extractor')
         ELSE substr({_INNER_KEY.replace("e.", "c.")}, 1,
                     instr({_INNER_KEY.replace("e.", "c.")}, ':') - 1) END AS extractor,
    c.model,
    json_extract(c.call_json, '$.endpoint') AS endpoint,
    c.outcome,
    c.prompt_tokens,
    c.completion_tokens,
    COALESCE(c.prompt_tokens, 0) + COALESCE(c.completion_tokens, 0) AS total_tokens,
    c.duration_s
FROM model_calls c;
"""

VIEWS = _EXTRACTION_RUNS + _CURRENT + _FIGURES + _CEASEFIRE_CALLS + _POSITIONS + _PARTIES + _CALLS
VIEW_NAMES = (
    "extraction_runs",
    "current_extractions",
    "figures",
    "ceasefire_calls",
    "positions",
    "parties",
    "calls",
)
# What `summarize export --what` names, and the view each reads.
EXPORTS = {
    "figures": "figures",
    "calls": "ceasefire_calls",
    "positions": "positions",
    "parties": "parties",
    "model-calls": "calls",
}
