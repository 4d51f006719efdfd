"""Merge extractions into briefings: one per conflict and day, every item citing its sources.

`build_briefing` is a pure function of its arguments. Figures are grouped by what they count and
laid side by side by claimant; they are never summed or averaged. The headline of a group follows
`FIGURE_RULE` (the lowest claim that is not partisan). Historical ceasefires and figures are kept
as context, apart from the day's news.

Modules: `names` (canonical actors and roles), `actors` (parties and people), `positions`,
`ceasefires`, `figures`, `takeaways` (and gaps), `changes`, `sources`, `dates`, `briefing`.
"""

from summarize.merge.briefing import (
    absence_note,
    briefings_by_conflict,
    build_briefing,
    conflict_label,
)
from summarize.merge.ceasefires import ceasefire_phrase
from summarize.merge.common import RULES_ABSENCE, UNKNOWN_CONFLICT, briefing_rules
from summarize.merge.dates import dateline_date, event_day
from summarize.merge.figures import (
    FIGURE_RULE,
    NO_INDEPENDENT_FIGURE,
    comparable_value,
    describe_group,
    display_figure,
    normalise_number_text,
)

__all__ = [
    "FIGURE_RULE",
    "NO_INDEPENDENT_FIGURE",
    "RULES_ABSENCE",
    "UNKNOWN_CONFLICT",
    "absence_note",
    "briefing_rules",
    "briefings_by_conflict",
    "build_briefing",
    "ceasefire_phrase",
    "comparable_value",
    "conflict_label",
    "dateline_date",
    "describe_group",
    "display_figure",
    "event_day",
    "normalise_number_text",
]
