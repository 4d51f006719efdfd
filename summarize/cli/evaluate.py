"""`summarize eval`: score an extractor on the gold annotations and gate regressions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from summarize.cli._app import app, stderr, user_errors
from summarize.cli._options import (
    BackendChoice,
    BackendOption,
    BaseUrlOption,
    MaxTokensOption,
    ModelOption,
    ModelOptions,
    ModelPathOption,
    RecordOption,
    ReplayOption,
    TimeoutOption,
)
from summarize.cli._root import examples
from summarize.errors import InputError, printable

if TYPE_CHECKING:
    from summarize.evaluate import EvalReport

DEFAULT_GOLD = Path("evals/gold")
DEFAULT_ARTICLES = [Path("seeds"), Path("evals/articles")]
DEFAULT_BASELINE = Path("evals/baseline.json")


@app.command(
    "eval",
    epilog=examples(
        "summarize eval --backend rules",
        "summarize eval --replay evals/recordings/reference",
        "summarize eval --backend openai --model gpt-4o-mini --record evals/recordings/M --no-gate",
    ),
)
@user_errors
def eval_command(
    backend: BackendOption = BackendChoice.rules,
    gold: Annotated[Path, typer.Option(help="Folder of gold files.")] = DEFAULT_GOLD,
    articles: Annotated[
        list[Path] | None,
        typer.Option(
            "--articles",
            help="Folder of the gold articles (repeatable; default: seeds and evals/articles). "
            "Articles in a folder named 'seeds' form the 'seeds' split, other articles on their "
            "war 'karabakh', the rest 'beyond'.",
        ),
    ] = None,
    only_ids_in: Annotated[
        Path | None,
        typer.Option(
            "--only-ids-in",
            help="Score only the gold articles that have a file <id>.json in this folder "
            "(e.g. evals/reference, the articles with hand-written reference answers).",
        ),
    ] = None,
    baseline: Annotated[Path, typer.Option(help="Committed baseline scores.")] = DEFAULT_BASELINE,
    baseline_key: Annotated[
        str | None,
        typer.Option(help="Baseline entry to gate on (default: backend, or replay:<dir name>)."),
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Rewrite this entry (a reviewed change).")
    ] = False,
    no_gate: Annotated[bool, typer.Option("--no-gate", help="Report only.")] = False,
    report_md: Annotated[Path | None, typer.Option(help="Write a Markdown report.")] = None,
    report_json: Annotated[Path | None, typer.Option(help="Write a JSON report.")] = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    model_path: ModelPathOption = None,
    max_tokens: MaxTokensOption = None,
    timeout: TimeoutOption = None,
    record: RecordOption = None,
    replay: ReplayOption = None,
) -> None:
    """Per-field precision, recall and F1 against evals/gold; exit 3 on a regression."""
    from summarize.actors import ActorTable
    from summarize.evaluate import (
        check_gate,
        evaluate,
        load_baseline,
        report_markdown,
        updated_baseline,
    )

    if backend is BackendChoice.auto:
        raise InputError("eval needs an explicit --backend (rules, local, openai or replay)")
    if replay is not None and backend is BackendChoice.rules:
        backend = BackendChoice.auto  # rules cannot replay: the folder's replay-flags decide
    extractor, notice = ModelOptions(
        backend, model, base_url, model_path, max_tokens, timeout, record, replay
    ).build()
    if notice:
        stderr.print(printable(notice), markup=False)
    if replay is not None and only_ids_in is None:
        from summarize.extract.replay import read_replay_flags

        recorded_only = read_replay_flags(replay).get("--only-ids-in")
        only_ids_in = Path(recorded_only) if recorded_only else None
    only = None if only_ids_in is None else {p.stem for p in only_ids_in.glob("*.json")}
    report = evaluate(extractor, gold, articles or DEFAULT_ARTICLES, ActorTable.load(), only=only)
    key = baseline_key or (f"replay:{replay.name}" if replay else backend.value)
    _print_table(report)
    for article_id, error in report.failures.items():
        stderr.print(printable(f"{article_id} failed: {error}"), markup=False, soft_wrap=True)
    if report_md:
        report_md.write_text(report_markdown(report), encoding="utf-8")
    if report_json:
        report_json.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    current = load_baseline(baseline)
    if update_baseline:
        new = updated_baseline(current, key, report)
        baseline.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        stderr.print(f"baseline '{key}' written to {baseline}")
    elif not no_gate:
        if key not in current["baselines"]:
            raise InputError(f"no baseline '{key}' in {baseline}: run with --update-baseline")
        check_gate(report, current, key)
        stderr.print(f"regression gate passed for '{key}' (tolerance {current['tolerance']})")


def _print_table(report: EvalReport) -> None:
    from summarize.evaluate import FIELDS

    console = Console(width=120)
    for split, summary in {"all": report.summary(), **report.splits}.items():
        table = Table(title=f"{split}: scores on {len(summary.articles)} gold articles")
        table.caption = report.provenance_line()
        for column in ("field", "precision", "recall", "F1", "TP", "predicted", "gold"):
            table.add_column(column, justify="left" if column == "field" else "right")
        for name in FIELDS:
            s = summary.fields[name]
            table.add_row(
                name,
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                str(s.true_positives),
                str(s.predicted),
                str(s.gold),
            )
        table.add_row("grounding rate", "", "", f"{summary.grounding_rate:.3f}", "", "", "")
        console.print(table)
        attributes = Table(title=f"{split}: attribute accuracy over matched pairs")
        for column in ("attribute", "accuracy", "pairs"):
            attributes.add_column(column, justify="left" if column == "attribute" else "right")
        for field_name, attrs in summary.attributes.items():
            for attr, score in attrs.items():
                accuracy = "n/a" if score.accuracy is None else f"{score.accuracy:.3f}"
                attributes.add_row(f"{field_name}.{attr}", accuracy, str(score.total))
        console.print(attributes)
    console.print(
        f"rejected items: {report.rejected_items}; failed articles: {len(report.failures)}"
    )
