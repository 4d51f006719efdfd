"""`summarize run --processes N`: one command, N worker processes over the same articles and store.

The parent expands the inputs once (reporting skipped paths once), opens the store (so the schema
exists before the workers race for it), and starts N children, each a `summarize run` worker with
its share of `--concurrency`. The children coordinate through the store's claims and leases
(summarize.pipeline): an article is extracted by one of them only. Each walks the same list, but
from its own starting point (child i from i/N of the way in), so that they begin on different
articles instead of contending for the same ones.

What a child needs comes in a job file in a private temporary folder, never on its command line:
the API key stays in the environment the child inherits, and a store URL with a password is not
shown by `ps`. Each child writes its outcomes to a result file; the parent merges them (an article
another child extracted counts as that child's), prints the failures and one summary line, and
exits 1 if any article failed or any child ended abnormally. Ctrl-C and SIGTERM are forwarded to
the children (started in their own process group, so a terminal's Ctrl-C reaches them once), and
the parent waits for them before it exits.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from summarize.cli._options import JsonField
from summarize.errors import InputError
from summarize.pipeline import ArticleOutcome, CallTotals, RunSummary, Status, check_concurrency

# Which of several children's outcomes for one article stands: the child that extracted it (the
# others found it cached), else a failure (every child reports another's failure), else cached.
_PRECEDENCE: dict[str, int] = {"extracted": 0, "failed": 1, "cached": 2}

_REAP_INTERVAL = 0.05  # seconds between looks at which children have exited


@dataclass(frozen=True)
class WorkerJob:
    """What one child process runs: written by the parent, read by `run --worker-job FILE`."""

    sources: list[str]  # already expanded and in this child's walking order
    db: str
    concurrency: int
    article_timeout: float
    options: dict[str, JsonField]  # ModelOptions.to_json_fields()
    result: str  # where the child writes its outcomes
    speak: bool  # the first child prints the extractor's notice; the others stay quiet

    def write(self, path: Path) -> None:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(asdict(self), file)

    @classmethod
    def read(cls, path: Path) -> WorkerJob:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError) as error:
            raise InputError(f"--worker-job {path}: not a worker job ({error})") from None


def check_processes(processes: int, concurrency: int) -> None:
    """Usage errors for --processes, before anything starts."""
    check_concurrency(concurrency)
    if processes < 1:
        raise InputError("--processes must be at least 1")
    if processes > concurrency:
        raise InputError(
            f"--processes {processes} is more than --concurrency {concurrency}: each process "
            "needs at least one request in flight (raise --concurrency)"
        )


def split_concurrency(concurrency: int, processes: int) -> list[int]:
    """`concurrency` shared out as evenly as can be: 10 over 3 is [4, 3, 3]."""
    share, extra = divmod(concurrency, processes)
    return [share + (1 if index < extra else 0) for index in range(processes)]


def walking_order(sources: Sequence[str], index: int, processes: int) -> list[str]:
    """Child `index`'s order: the same list, started `index / processes` of the way in."""
    start = len(sources) * index // processes
    return [*sources[start:], *sources[:start]]


def write_result(path: Path, summary: RunSummary, cost: dict[str, float | int]) -> None:
    outcomes = [
        {
            "source": outcome.source,
            "status": outcome.status,
            "error": outcome.error,
            "usage": asdict(outcome.usage),
        }
        for outcome in summary.outcomes
    ]
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"outcomes": outcomes, "cost": cost}), encoding="utf-8")
    temporary.replace(path)


@dataclass(frozen=True)
class ChildResult:
    outcomes: list[ArticleOutcome]
    cost: dict[str, float]


def read_result(path: Path) -> ChildResult | None:
    """A child's outcomes; None when it wrote none (it crashed, was killed or stopped early)."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    outcomes = [
        ArticleOutcome(
            source=item["source"],
            status=item["status"],
            error=item["error"],
            usage=CallTotals(**item["usage"]),
        )
        for item in data["outcomes"]
    ]
    return ChildResult(outcomes, {key: float(value) for key, value in data["cost"].items()})


def merge_outcomes(
    sources: Sequence[str], results: Sequence[ChildResult], missing: str
) -> RunSummary:
    """One outcome per source, in the order given: the extracting child's if any, else a
    failure, else cached; model usage added up over the children (only the one that extracted
    or failed an article logged calls for it). A source no child reported failed with
    `missing`."""
    best: dict[str, ArticleOutcome] = {}
    usage: dict[str, CallTotals] = {}
    for result in results:
        for outcome in result.outcomes:
            usage[outcome.source] = usage.get(outcome.source, CallTotals()) + outcome.usage
            known = best.get(outcome.source)
            if known is None or _PRECEDENCE[outcome.status] < _PRECEDENCE[known.status]:
                best[outcome.source] = outcome
    merged = []
    for source in sources:
        found = best.get(source)
        if found is None:
            status: Status = "failed"
            merged.append(ArticleOutcome(source, status, error=missing))
        else:
            merged.append(ArticleOutcome(source, found.status, found.error, usage=usage[source]))
    return RunSummary(tuple(merged))


def describe_exit(code: int) -> str:
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"killed by {name}"
    return f"exited with code {code}"


def child_environment() -> dict[str, str]:
    """This process's environment (API key included: the child reads it from there), with the
    folder this package was imported from first on PYTHONPATH so the child runs the same code."""
    root = str(Path(__file__).resolve().parent.parent.parent)
    paths = [root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return os.environ | {"PYTHONPATH": os.pathsep.join(dict.fromkeys(paths))}


class SignalForwarder:
    """Forwards SIGINT and SIGTERM, each once, to the children still running; `received` lists
    the signals received."""

    def __init__(self, children: list[subprocess.Popen[bytes]]) -> None:
        self.children = children
        self.received: list[int] = []
        self._sent: dict[int, int] = {}  # child pid -> how many of `received` it was sent

    def handle(self, signum: int, frame: FrameType | None) -> None:
        self.received.append(signum)
        self.catch_up()

    def catch_up(self) -> None:
        """Send every child the signals received that it was not sent yet: a child started
        while the handler ran (or after) gets them too. Safe to re-enter from the handler."""
        for child in self.children:
            while (sent := self._sent.get(child.pid, 0)) < len(self.received):
                self._sent[child.pid] = sent + 1
                if child.poll() is None:
                    with suppress(ProcessLookupError):
                        child.send_signal(self.received[sent])


@contextmanager
def forwarding_signals(children: list[subprocess.Popen[bytes]]) -> Iterator[SignalForwarder]:
    """While the block runs, SIGINT and SIGTERM go to the children still running."""
    forwarder = SignalForwarder(children)
    numbers = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.signal(number, forwarder.handle) for number in numbers}
    try:
        yield forwarder
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def wait_for_all(children: Sequence[subprocess.Popen[bytes]]) -> None:
    """Wait until every child has exited, reaping each as soon as it exits, whichever it is: a
    dead child left unreaped would look alive to its siblings, which then could not take its
    claims over until their lease ran out."""
    running = list(children)
    while running:
        running = [child for child in running if child.poll() is None]
        if running:
            time.sleep(_REAP_INTERVAL)


@dataclass(frozen=True)
class ProcessesRun:
    summary: RunSummary
    cost: dict[str, float]
    failed_children: list[str]  # "worker process 2 killed by SIGKILL"
    signals: list[int]
    # Every worker stopped on bad input or usage (a missing model file): the run's exit code is
    # then InputError's, as a single process's would be.
    input_error: bool = False


def run_processes(
    sources: Sequence[str],
    *,
    db: str,
    processes: int,
    concurrency: int,
    article_timeout: float,
    options: dict[str, JsonField],
) -> ProcessesRun:
    """Start `processes` children over `sources` and wait for every one of them."""
    shares = split_concurrency(concurrency, processes)
    with tempfile.TemporaryDirectory(prefix="summarize-run-") as folder:
        commands = []
        results: list[Path] = []
        for index, share in enumerate(shares):
            job_path = Path(folder) / f"job-{index}.json"
            result_path = Path(folder) / f"result-{index}.json"
            WorkerJob(
                sources=walking_order(sources, index, processes),
                db=db,
                concurrency=share,
                article_timeout=article_timeout,
                options=options,
                result=str(result_path),
                speak=index == 0,
            ).write(job_path)
            commands.append(
                [sys.executable, "-m", "summarize", "run", "--worker-job", str(job_path)]
            )
            results.append(result_path)
        environment = child_environment()
        children: list[subprocess.Popen[bytes]] = []
        with forwarding_signals(children) as forwarder:
            received = forwarder.received
            try:
                for command in commands:
                    if received:  # interrupted while starting them: start no more
                        break
                    # Their own process group: a terminal's Ctrl-C reaches the parent only, which
                    # forwards it once to each child.
                    children.append(subprocess.Popen(command, env=environment, process_group=0))
                forwarder.catch_up()  # a signal that came while the last one was starting
                wait_for_all(children)
            finally:
                for child in children:  # an unexpected error here: leave no child behind
                    if child.poll() is None:
                        child.terminate()
                        child.wait()
        failed_children = [
            f"worker process {index + 1} {describe_exit(child.returncode)}"
            for index, child in enumerate(children)
            if child.returncode not in (0, 1)
        ]
        read = [read_result(result_path) for result_path in results]
    done = [result for result in read if result is not None]
    for index, result in enumerate(read[: len(children)]):
        if result is None and children[index].returncode in (0, 1):
            failed_children.append(f"worker process {index + 1} wrote no outcomes")
    missing = "not finished: " + ("; ".join(failed_children) or "no worker process reported it")
    cost: dict[str, float] = {}
    for result in done:
        for key, value in result.cost.items():
            cost[key] = cost.get(key, 0.0) + value
    input_error = bool(children) and all(
        child.returncode == InputError.exit_code for child in children
    )
    return ProcessesRun(
        merge_outcomes(sources, done, missing), cost, failed_children, received, input_error
    )
