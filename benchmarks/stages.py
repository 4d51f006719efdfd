"""The LLM-path and resilience stages of run_all.py that reuse the tests' fakes: a long article
in chunks, the Batch API round trip, fault injection and a killed run resumed.

Each returns rows of figures beside their ideal; run_all.py runs each in its own process group
with a time limit.
"""

from __future__ import annotations

import hashlib
import math
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent.parent / "tests"
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from articles import long_article_text  # noqa: E402
from llm_bench import fake_settings  # noqa: E402
from server import ServerProcess  # noqa: E402
from tokens import count_tokens, request_tokens  # noqa: E402

from summarize.costs import CostMeter  # noqa: E402
from summarize.extract.chunks import split_article  # noqa: E402
from summarize.extract.llm import CHUNK_CONCURRENCY, LLMExtractor  # noqa: E402
from summarize.ingest import load_article  # noqa: E402


@dataclass(frozen=True)
class Row:
    figure: str
    measured: str
    reference: str
    ratio: str
    target: str
    verdict: str  # "pass", "FAIL", "not finished" or "" (no target: for information)
    load: str = ""  # load average when the stage ended


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("pass" if ok else "FAIL")


# --- a long article, asked in chunks ----------------------------------------------------------


def long_article_rows(words: int, latency: float, work: Path) -> list[Row]:
    path = work / "long_article.txt"
    path.write_text(long_article_text(words), encoding="utf-8")
    article = load_article(str(path))
    meter = CostMeter()
    with ServerProcess(latency=latency) as server:
        extractor = LLMExtractor.for_openai(fake_settings(server.base_url), on_call=meter.add)
        chunks = len(split_article(article, extractor.chunk_tokens))
        before = server.count()
        started, cpu = time.perf_counter(), time.process_time()
        extraction = extractor.extract(article)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        bodies = server.bodies(before)
    model = extractor.identity.model
    usage = extraction.provenance.usage
    ideal = math.ceil(chunks / CHUNK_CONCURRENCY) * latency
    sent = sum(request_tokens(body) for body in bodies)
    own = count_tokens(article.content())
    # The article's own tokens alone at the same price, with the same answers: what a model
    # with room for the whole article and no prompt would cost.
    alone = meter.prices.cost(model, own, usage.completion_tokens)
    name = f"long article, {words:,} words ({own:,} tokens)"
    return [
        Row(
            figure=f"{name}: wall time",
            measured=f"{seconds:.2f} s ({cpu:.2f} s client CPU)",
            reference=f"ideal {ideal:.2f} s ({chunks} chunks, {CHUNK_CONCURRENCY} at once x "
            f"{latency * 1000:.0f} ms)",
            ratio=f"x{seconds / ideal:.1f} of ideal",
            target="",
            verdict="",
        ),
        Row(
            figure=f"{name}: requests",
            measured=f"{len(bodies)} requests ({usage.attempts} attempts logged)",
            reference=f"{chunks} (one per chunk of <= {extractor.chunk_tokens:,} tokens)",
            ratio=f"x{len(bodies) / chunks:.2f}",
            target=f"= {chunks}",
            verdict=verdict(len(bodies) == chunks),
        ),
        Row(
            figure=f"{name}: tokens sent and cost ({model})",
            measured=f"{sent:,} tokens sent; ${meter.dollars:.4f} "
            f"(fake server's usage: {usage.prompt_tokens:,} prompt + "
            f"{usage.completion_tokens:,} completion)",
            reference=f"article alone {own:,} tokens; ${alone:.4f}",
            ratio=f"x{sent / own:.2f} tokens, x{meter.dollars / alone:.2f} cost"
            if alone
            else f"x{sent / own:.2f} tokens",
            target="",
            verdict="",
        ),
    ]


# --- the Batch API round trip -----------------------------------------------------------------


def _dollars(cost_line: str) -> float | None:
    found = cost_line.split("$", 1)[1].split()[0] if "$" in cost_line else None
    return float(found) if found else None


def batch_rows(count: int) -> list[Row]:
    """benchmarks/batch_bench.py's two runs (normal and --batch) over the same articles."""
    from batch_bench import one_run, write_articles

    from summarize.costs import PriceTable

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_articles(folder, count)
        normal_s, normal_counts, normal_cost = one_run(folder, paths, False)
        batch_s, batch_counts, batch_cost = one_run(folder, paths, True)
    discount = PriceTable.load().batch_discount
    normal, batch = _dollars(normal_cost), _dollars(batch_cost)
    chat = batch_counts["POST /v1/chat/completions"]
    polls = batch_counts["GET /v1/batches/"]
    plumbing = {key: value for key, value in batch_counts.items() if value}
    ideal_requests = "1 upload, 1 create, polls until done, 1 download, 0 chat completions"
    ok_requests = (
        chat == 0
        and batch_counts["POST /v1/files"] == 1
        and batch_counts["POST /v1/batches"] == 1
        and batch_counts["GET /v1/files/"] == 1
    )
    expected = normal * (1 - discount) if normal is not None else None
    cost_ok = (
        batch is not None
        and expected is not None
        and abs(batch - expected) <= 0.00011 + 0.001 * expected
    )
    return [
        Row(
            figure=f"batch round trip, {count} articles: wall time (fake Batch API)",
            measured=f"{batch_s:.2f} s ({polls} polls 0.01 s apart)",
            reference=f"normal run {normal_s:.2f} s ({normal_counts['POST /v1/chat/completions']}"
            " chat completions)",
            ratio=f"x{batch_s / normal_s:.2f} of normal",
            target="",
            verdict="",
        ),
        Row(
            figure=f"batch round trip, {count} articles: requests",
            measured=", ".join(f"{key}: {value}" for key, value in plumbing.items()),
            reference=ideal_requests,
            ratio=f"{sum(batch_counts.values())} requests for {count} articles",
            target="0 chat completions",
            verdict=verdict(ok_requests),
        ),
        Row(
            figure=f"batch round trip, {count} articles: estimated cost",
            measured=f"${batch:.4f} at batch prices" if batch is not None else batch_cost,
            reference=f"normal run ${normal:.4f} x (1 - {discount:.0%} batch discount) = "
            f"${expected:.4f}"
            if normal is not None and expected is not None
            else normal_cost,
            ratio=f"{batch / normal:.0%} of normal" if batch and normal else "",
            target=f"{1 - discount:.0%} of normal",
            verdict=verdict(cost_ok),
        ),
    ]


# --- fault injection ----------------------------------------------------------------------------


def fault_rows(count: int, concurrency: int, latency: float) -> list[Row]:
    """tests/test_faults.py's flaky server (30% of requests fail, every 16th article's always),
    `run_batch` over `count` articles, beside the same run against a server without faults."""
    import test_faults as faults
    from fake_openai import FakeOpenAI

    from summarize.pipeline import CallLog, run_batch
    from summarize.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        paths = faults.write_articles(work / "articles", count)
        doomed = set(paths[:: faults.DOOMED_EVERY])
        keys = {path: faults._article_key(path) for path in paths}
        model = faults.FlakyModel(faults.SEED, {keys[path] for path in doomed})
        runs = {}
        # A warm-up run first, so neither timed run pays for first-call imports.
        for name, default in (
            ("warm", faults.grounded),
            ("clean", faults.grounded),
            ("faulty", model),
        ):
            calls = CallLog()
            with (
                FakeOpenAI(default=default, latency=latency) as server,
                Store(work / f"{name}.sqlite") as store,
            ):
                settings = faults.fault_settings(server.base_url)
                extractor = LLMExtractor.for_openai(settings, on_call=calls.record)
                batch = paths[:concurrency] if name == "warm" else paths
                started = time.perf_counter()
                summary = run_batch(
                    batch, extractor, store=store, concurrency=concurrency, calls=calls
                )
                seconds = time.perf_counter() - started
                stored = store.articles()
                statuses = Counter(article.status for article in stored)
                reasons = sum(1 for a in stored if a.status == "failed" and a.error)
                runs[name] = (seconds, len(server.requests), summary, statuses, reasons)
    clean_s, clean_requests, _, _, _ = runs["clean"]
    seconds, requests, summary, statuses, reasons = runs["faulty"]
    injected = sum(model.faults.values())
    hangs = model.faults.get("hang", 0)
    # Every request waits the latency, `concurrency` at a time; a hang holds its slot for the
    # client's timeout. Retry back-off waits (5-20 ms) are left out.
    ideal = (requests * latency + hangs * faults.TIMEOUT) / concurrency
    survivors = count - len(doomed)
    ok = statuses.get("ok", 0)
    accounted = ok + statuses.get("failed", 0) == count and reasons == statuses.get("failed", 0)
    most = max(model.sent_per_article.values())
    kinds = ", ".join(f"{name} {n}" for name, n in sorted(model.faults.items()))
    return [
        Row(
            figure=f"fault injection, {count} articles at concurrency {concurrency}: outcome",
            measured=f"{ok} extracted, {statuses.get('failed', 0)} failed with a reason "
            f"({len(doomed)} of them on a server that always answers 503)",
            reference=f"ideal {survivors} extracted, {len(doomed)} failed",
            ratio=f"{ok / survivors:.0%} of the extractable",
            target=">= 90% extracted, every other failed with its reason",
            verdict=verdict(accounted and ok >= 0.9 * survivors),
        ),
        Row(
            figure=f"fault injection, {count} articles: requests and retries",
            measured=f"{requests} requests, {requests - count} beyond one per article; "
            f"{injected} faults injected ({injected / requests:.0%}: {kinds}); "
            f"at most {most} for one article",
            reference=f"{clean_requests} requests without faults; bound "
            f"{faults.MAX_REQUESTS_PER_ARTICLE} per article",
            ratio=f"x{requests / clean_requests:.2f} requests",
            target=f"<= {faults.MAX_REQUESTS_PER_ARTICLE} per article",
            verdict=verdict(most <= faults.MAX_REQUESTS_PER_ARTICLE),
        ),
        Row(
            figure=f"fault injection, {count} articles: wall time",
            measured=f"{seconds:.2f} s (without faults {clean_s:.2f} s, ideal "
            f"{count * latency / concurrency:.2f} s)",
            reference=f"ideal {ideal:.2f} s ({requests} x {latency * 1000:.0f} ms + {hangs} "
            f"hangs x {faults.TIMEOUT} s timeout, / {concurrency})",
            ratio=f"{ideal / seconds:.0%} of ideal",
            target="",
            verdict="",
        ),
    ]


# --- killed and resumed -----------------------------------------------------------------------


def kill_resume_rows(count: int, latency: float, kills: int = 3) -> list[Row]:
    """`summarize run` (concurrency 2) SIGKILLed `kills` times at growing points, then run to
    the end: articles whose model request was sent again, and articles stored twice."""
    import test_faults as faults
    from fake_openai import FakeOpenAI, ReceivedRequest, Reply

    sent: Counter[str] = Counter()
    lock = threading.Lock()

    def counting(request: ReceivedRequest) -> Reply:
        key = hashlib.sha256((request.article_text() or "").encode()).hexdigest()
        with lock:
            sent[key] += 1
        return faults.grounded(request)

    points = [max(1, count * (k + 1) // (kills + 2)) for k in range(kills)]
    at_kill = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeOpenAI(default=counting, latency=latency) as server,
    ):
        work = Path(tmp)
        folder = work / "articles"
        faults.write_articles(folder, count)
        environment = faults.run_environment(server.base_url)
        db = work / "killed.sqlite"
        for point in points:
            process = subprocess.Popen(
                faults.run_command(folder, db), env=environment, stdout=subprocess.DEVNULL
            )
            at_kill.append(faults.kill_when_stored(process, db, point, 0.01))
        started = time.perf_counter()
        resumed = subprocess.run(
            faults.run_command(folder, db),
            env=environment,
            capture_output=True,
            timeout=120,
            check=False,
        )
        resume_s = time.perf_counter() - started
        stored = faults.stored_count(db)
        rows = faults.extraction_rows(db)
    redone = sum(1 for n in sent.values() if n > 1)
    twice = rows - stored
    in_flight = 2  # the run's --concurrency: at most that many requests lost per kill
    return [
        Row(
            figure=f"kill and resume, {count} articles, SIGKILL x{kills}: articles re-done",
            measured=f"{redone} articles asked again ({sum(sent.values())} requests in all); "
            f"stored at each kill: {', '.join(map(str, at_kill))}",
            reference=f"ideal <= {in_flight * kills} (the requests in flight at each kill, "
            f"concurrency {in_flight})",
            ratio=f"{redone}/{in_flight * kills}",
            target=f"<= {in_flight * kills}",
            verdict=verdict(redone <= in_flight * kills),
        ),
        Row(
            figure=f"kill and resume, {count} articles: stored twice",
            measured=f"{twice} (extraction rows {rows}, articles {stored}); resumed run exit "
            f"{resumed.returncode} in {resume_s:.2f} s",
            reference=f"0, and all {count} stored",
            ratio="",
            target="0 twice, all stored",
            verdict=verdict(twice == 0 and stored == count and resumed.returncode == 0),
        ),
    ]
