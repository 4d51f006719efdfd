"""A helper process for the work on articles that needs no model.

A batch on the LLM path runs every request on one event loop. After the model answers, dating
the article and detecting its conflict (some twenty regular expressions over the whole text,
~2 ms an article) ran on that loop too, and parsing each article (~0.8 ms) ran in loader
threads of the same process: all of it under one GIL, beside the HTTP work of 64 requests in
flight. At high concurrency that process, not the model, set the pace. The helper does both in
its own process, on another core: the loop awaits its dating (`arun`), the loader threads wait
for its parsing (`run`).

The helper changes no result: the same functions run on the same inputs, and if the helper
dies its work is done in the batch's process as before (with a warning).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import ParamSpec, TypeVar

from summarize.ground import date_article

logger = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")

# A batch uses the helper from these sizes on (cached articles count too: the batch does not
# know them yet). Below them the loop is not the limit, and the helper's start would cost more
# than it saves: a fork takes milliseconds of the batch's time (the helper's warm-up, ~0.2 s,
# runs on the other core), but a spawned helper answers its first task ~0.35 s after it was
# asked for (a fresh interpreter and its imports), which a few hundred articles from a fast
# server do not win back.
MIN_ARTICLES_FORKED = 64
MIN_ARTICLES_SPAWNED = 1000
MIN_CONCURRENCY = 16
_PARENT_CHECK_SECONDS = 0.5
CLOSE_SECONDS = 1.0  # for the helper to finish its task when a batch ends
_THREAD_EXIT_SECONDS = 0.02


def helper_wanted(articles: int, concurrency: int, method: str) -> bool:
    """Whether a batch of `articles` at `concurrency` gains from a helper started by `method`
    on this machine: only with a second core, and only when the loop is busy enough to be the
    limit."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    least = MIN_ARTICLES_FORKED if method == "fork" else MIN_ARTICLES_SPAWNED
    return (cores or 1) >= 2 and articles >= least and concurrency >= MIN_CONCURRENCY


def batch_helper(
    articles: int, concurrency: int, task_seconds: float | None, wanted: bool | None
) -> Offload | None:
    """The helper for a batch (`wanted`: True, False, or None to let `helper_wanted` decide),
    or None. Call before the batch starts any thread, so that the helper can be forked."""
    method = start_method()
    if wanted is None:
        wanted = helper_wanted(articles, concurrency, method)
    return Offload(task_seconds, method) if wanted else None


def _leave_with_parent(parent: int) -> None:
    """Exit when the batch's process is gone (killed with SIGKILL, it cannot shut us down)."""
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(0)


def _start_helper(parent: int) -> None:
    # Ctrl-C in a terminal and a SIGTERM to the process group reach the helper too: the batch's
    # process handles them and ends the helper; it must not die first with a traceback of its
    # own, nor run a handler it inherited by fork (`run --processes` workers turn SIGTERM into
    # KeyboardInterrupt).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_leave_with_parent, args=(parent,), daemon=True).start()
    # Load the date parser's data now, not during the first article.
    date_article("Fighting resumed on 3 March 2024.", None, None, (), None)


def _single_threaded() -> bool:
    """No other thread in this process, C libraries' included where the OS can tell (a thread
    that has just finished its Python work takes a moment to leave: it is waited for)."""
    if threading.active_count() != 1:
        return False
    deadline = time.monotonic() + _THREAD_EXIT_SECONDS
    while True:
        try:
            if len(os.listdir("/proc/self/task")) == 1:
                return True
        except OSError:  # no /proc: Python's own count is all there is
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.005)


def start_method() -> str:
    """Fork while this process has one thread: the helper starts at once with everything
    imported. With other threads running (a progress bar's; numpy's, once a web page or a
    non-English text has been read), a fork would copy their locks in whatever state they are
    in: spawn a fresh interpreter instead."""
    if sys.platform == "linux" and _single_threaded():
        return "fork"
    return "spawn"


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """A spawned child re-runs the parent's main module (the `summarize` script imports the
    whole CLI: ~1.5 s of CPU) unless the parent's `__main__` names none. The helper imports
    only the modules of the functions it is given, when it is given them; so while it is
    started (a few milliseconds), `__main__` is a bare module. Process-wide: another thread
    pickling an object of `__main__` in that moment would fail, which is why a batch spawns its
    helper only when it runs beside other threads that are not its own (a progress bar's)."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class Offload:
    """One helper process for a batch's CPU-bound work on articles. Use as a context manager,
    or call `close`. `run` and `arun` do the work in the calling process once the helper is
    gone, so no article is lost to it.

    The helper does one task at a time, so one stuck task would hold up every article queued
    behind it: a task still running after `task_seconds` (the batch's per-article budget), or
    one whose article was given up on (its coroutine cancelled), ends the helper, and the rest
    of the batch works in the main process as it did without one."""

    def __init__(self, task_seconds: float | None = None, method: str | None = None) -> None:
        method = method or start_method()
        self._task_seconds = task_seconds
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_helper,
            initargs=(os.getpid(),),
        )
        self._broken = False
        self._ready: Future[int] | None = None
        processes, threads = set(multiprocessing.active_children()), set(threading.enumerate())
        try:
            # Start the helper now, before the first answer needs it.
            with _main_module_hidden() if method == "spawn" else contextlib.nullcontext():
                self._ready = self._pool.submit(int)
        except (OSError, BrokenProcessPool):  # no process to be had: the work stays here
            self._lost()
        # What that submit started: the helper, and the executor's threads that feed it; `close`
        # ends them all, so that no thread is left to stop the next batch's helper being forked.
        self._helpers = [p for p in multiprocessing.active_children() if p not in processes]
        self._threads = [t for t in threading.enumerate() if t not in threads]

    def ready(self) -> bool:
        """Whether the helper has started and warmed up (~0.1 s after the batch began): work
        that would wait for it may be done sooner in the calling process meanwhile."""
        return self._ready is not None and self._ready.done()

    def run(self, function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`function(*args)` in the helper, from a thread (it waits for the answer)."""
        if not self._broken:
            try:
                # (submit raises too once the pool has seen the helper die)
                task = self._pool.submit(function, *args, **kwargs)
                return task.result(timeout=self._task_seconds)
            except BrokenProcessPool:
                self._lost()
            except TimeoutError:
                self._end_helper("a task ran over the per-article budget")
        return function(*args, **kwargs)

    async def arun(self, function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`function(*args)` in the helper (a module-level function and picklable values)."""
        if not self._broken:
            task = None
            try:
                # (submit raises too once the pool has seen the helper die)
                task = self._pool.submit(function, *args, **kwargs)
                return await asyncio.wrap_future(task)
            except BrokenProcessPool:
                self._lost()
            except asyncio.CancelledError:
                if task is not None and not task.done():  # the queue behind it would wait
                    self._end_helper("a task's article was given up on")
                raise
        return function(*args, **kwargs)

    def _lost(self, why: str = "it died") -> None:
        if not self._broken:
            self._broken = True
            logger.warning(
                "the helper process is gone (%s); its work goes on in the main process", why
            )

    def _end_helper(self, why: str) -> None:
        self._lost(why)
        self._kill_helpers()

    def _kill_helpers(self, wait: float = 0.0) -> None:
        for process in self._helpers:
            if process.is_alive():
                process.kill()
                process.join(wait)

    def close(self, *, at_once: bool = False) -> None:
        """End the helper: it finishes its task (at most `CLOSE_SECONDS`), or at once."""
        try:
            if at_once:
                self._end_helper("the batch was interrupted")
            self._pool.shutdown(wait=False, cancel_futures=True)
            deadline = time.monotonic() + CLOSE_SECONDS
            for process in self._helpers:
                process.join(max(deadline - time.monotonic(), 0.0))
        finally:
            # Whatever is still running (a stuck task, or a second Ctrl-C above) is killed:
            # the interpreter's exit would otherwise wait for it for ever.
            self._kill_helpers(wait=CLOSE_SECONDS)
            for thread in self._threads:  # they end once the helper has
                thread.join(CLOSE_SECONDS)

    def __enter__(self) -> Offload:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.close(at_once=kind is not None)
