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
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import ParamSpec, TypeVar

from summarize.ground import date_article

logger = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")

# A batch uses the helper from these sizes on. Below them the loop is not the limit, and the
# helper's start would cost more than it saves: a fork is ~3 ms, but a spawned helper answers
# its first task ~0.35 s after it was asked for (a fresh interpreter and its imports), which a
# few hundred articles from a fast server do not win back.
MIN_ARTICLES_FORKED = 64
MIN_ARTICLES_SPAWNED = 1000
MIN_CONCURRENCY = 16
_PARENT_CHECK_SECONDS = 0.5


def helper_wanted(articles: int, concurrency: int) -> bool:
    """Whether a batch of `articles` at `concurrency` gains from the helper on this machine:
    only with a second core, and only when the loop is busy enough to be the limit."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    least = MIN_ARTICLES_FORKED if _start_method() == "fork" else MIN_ARTICLES_SPAWNED
    return (cores or 1) >= 2 and articles >= least and concurrency >= MIN_CONCURRENCY


def _leave_with_parent(parent: int) -> None:
    """Exit when the batch's process is gone (killed with SIGKILL, it cannot shut us down)."""
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(0)


def _start_helper(parent: int) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the batch's process handles it and
    # shuts the helper down; the helper must not die first with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_leave_with_parent, args=(parent,), daemon=True).start()
    # Load the date parser's data now, not during the first article.
    date_article("Fighting resumed on 3 March 2024.", None, None, (), None)


def _start_method() -> str:
    """Fork while this process has one thread: the helper starts at once with everything
    imported. With other threads running (a progress bar's), a fork would copy their locks in
    whatever state they are in: spawn a fresh interpreter instead."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "spawn"


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """A spawned child re-runs the parent's main module (the `summarize` script imports the
    whole CLI: ~1.5 s of CPU) unless the parent's `__main__` names none. The helper needs only
    summarize.ground, imported when its first task arrives; so while the helper is started,
    `__main__` is a bare module."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class Offload:
    """One helper process for a batch's CPU-bound work on articles. Use as a context manager,
    or call `close`. `run` and `arun` do the work in the calling process once the helper has
    died, so no article is lost to it."""

    def __init__(self) -> None:
        method = _start_method()
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_helper,
            initargs=(os.getpid(),),
        )
        self._broken = False
        try:
            # Start the helper now, before the first answer needs it.
            with _main_module_hidden() if method == "spawn" else contextlib.nullcontext():
                self._pool.submit(int)
        except (OSError, BrokenProcessPool):  # no process to be had: the work stays here
            self._lost()

    def run(self, function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`function(*args)` in the helper, from a thread (it waits for the answer)."""
        if not self._broken:
            try:
                return self._pool.submit(function, *args, **kwargs).result()
            except BrokenProcessPool:
                self._lost()
        return function(*args, **kwargs)

    async def arun(self, function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`function(*args)` in the helper (a module-level function and picklable values)."""
        if not self._broken:
            try:
                return await asyncio.wrap_future(self._pool.submit(function, *args, **kwargs))
            except BrokenProcessPool:
                self._lost()
        return function(*args, **kwargs)

    def _lost(self) -> None:
        if not self._broken:
            self._broken = True
            logger.warning("the helper process is gone; its work goes on in the main process")

    def close(self) -> None:
        # Waiting for the helper to exit (~3 ms when forked) leaves no thread behind, so the
        # next batch's helper can be forked too.
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Offload:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
