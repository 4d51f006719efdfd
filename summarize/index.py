"""`brief --all -o DIR` writes DIR/index.html: every conflict and day at a glance.

One section per conflict: links to each day's briefing, and a chart (inline SVG drawn here,
no script, no network) of each claimant's current cumulative figures about people (killed,
displaced...) over the days, one line per claimant and figure group. Every label comes from
articles or models and is escaped by the template (autoescape).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from summarize.merge import comparable_value, conflict_label, describe_group
from summarize.render import BriefingFormat, briefing_filename, html_environment
from summarize.schema import Briefing

WIDTH, HEIGHT, PAD = 640, 240, 36
NOT_PEOPLE = frozenset({"equipment_destroyed", "other"})
PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
    "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22",
)  # fmt: skip


@dataclass(frozen=True)
class Point:
    day: str
    value: int
    x: float
    y: float


@dataclass(frozen=True)
class Series:
    claimant: str
    figure: str
    colour: str
    points: tuple[Point, ...]

    @property
    def path(self) -> str:
        return " ".join(
            f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(self.points)
        )


@dataclass(frozen=True)
class DayLink:
    day: str
    href: str
    title: str


@dataclass(frozen=True)
class ConflictIndex:
    name: str
    days: tuple[DayLink, ...]
    series: tuple[Series, ...]
    ticks: tuple[tuple[float, str], ...]  # y position, label (log scale)
    day_marks: tuple[tuple[float, str], ...]  # x position, day


def _series(dated: Sequence[Briefing]) -> list[Series]:
    days = [b.date or "" for b in dated]
    step = (WIDTH - 2 * PAD) / max(1, len(days) - 1)
    x_of = {
        day: PAD + (i * step if len(days) > 1 else (WIDTH - 2 * PAD) / 2)
        for i, day in enumerate(days)
    }
    values: dict[tuple[str, str], dict[str, int]] = {}
    for briefing in dated:
        for group in briefing.figures:
            if group.scope != "cumulative" or group.metric in NOT_PEOPLE:
                continue
            for claim in group.claims:
                value = comparable_value(claim)
                if value is None:
                    continue
                by_day = values.setdefault((claim.claimant, describe_group(group)), {})
                by_day[briefing.date or ""] = max(value, by_day.get(briefing.date or "", 0))
    top = max((v for by_day in values.values() for v in by_day.values()), default=1)
    span = max(1.0, math.log10(max(top, 10)))

    def y_of(value: int) -> float:
        return HEIGHT - PAD - math.log10(max(value, 1)) / span * (HEIGHT - 2 * PAD)

    found = []
    for index, ((claimant, figure), by_day) in enumerate(sorted(values.items())):
        points = tuple(
            Point(day, by_day[day], x_of[day], y_of(by_day[day])) for day in days if day in by_day
        )
        found.append(Series(claimant, figure, PALETTE[index % len(PALETTE)], points))
    return found


def _ticks(dated: Sequence[Briefing], series: Sequence[Series]) -> tuple[tuple[float, str], ...]:
    top = max((p.value for s in series for p in s.points), default=1)
    span = max(1.0, math.log10(max(top, 10)))
    return tuple(
        (HEIGHT - PAD - power / span * (HEIGHT - 2 * PAD), f"{10**power:,}")
        for power in range(int(span) + 1)
    )


def conflict_indexes(briefings: Sequence[Briefing], fmt: BriefingFormat) -> list[ConflictIndex]:
    by_conflict: dict[str | None, list[Briefing]] = {}
    for briefing in briefings:
        by_conflict.setdefault(briefing.conflict, []).append(briefing)
    found = []
    for conflict, group in by_conflict.items():
        dated = sorted((b for b in group if b.date), key=lambda b: b.date or "")
        undated = [b for b in group if not b.date]
        series = _series(dated)
        links = tuple(
            DayLink(b.date or "undated", briefing_filename(b, fmt), f"{len(b.sources)}")
            for b in [*dated, *undated]
        )
        found.append(
            ConflictIndex(
                name=conflict_label(conflict),
                days=links,
                series=tuple(series),
                ticks=_ticks(dated, series),
                day_marks=tuple(sorted({(p.x, p.day) for s in series for p in s.points})),
            )
        )
    return found


def index_html(briefings: Sequence[Briefing], fmt: BriefingFormat) -> str:
    """The index page; links point at each briefing's `fmt` file in the same folder."""
    template = html_environment().get_template("index.html")
    return template.render(
        conflicts=conflict_indexes(briefings, fmt), width=WIDTH, height=HEIGHT, pad=PAD
    )
