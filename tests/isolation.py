"""Run risky code in a child Python process, so a native crash fails one test, not the run.

llama.cpp is native code: a segfault or abort inside it kills the whole interpreter, and with
it the pytest run, with no report of which test was running. `run_python` runs the code in a
fresh interpreter instead and turns a crash, a timeout or an unexpected exit code into a test
failure that names the signal and shows the end of the child's stderr.

The child runs with faulthandler on, so a fatal signal also prints the Python stack it hit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
STDERR_LINES = 25  # how much of the child's stderr a failure shows


def describe_returncode(returncode: int) -> str:
    """`killed by signal SIGSEGV (return code -11)` or `exited with code 3`."""
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = str(-returncode)
        return f"killed by signal {name} (return code {returncode})"
    return f"exited with code {returncode}"


def stderr_tail(stderr: str | bytes | None, lines: int = STDERR_LINES) -> str:
    if stderr is None:
        return "(no stderr)"
    text = stderr.decode("utf-8", errors="replace") if isinstance(stderr, bytes) else stderr
    kept = text.rstrip().splitlines()[-lines:]
    return "\n".join(kept) if kept else "(stderr was empty)"


def _failure(what: str, outcome: str, stderr: str | bytes | None) -> str:
    return f"{what} {outcome}\n--- last lines of its stderr ---\n{stderr_tail(stderr)}"


def run_python(
    args: Sequence[str],
    *,
    what: str,
    timeout: float,
    expect: int | None = 0,
    env: Mapping[str, str] | None = None,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python -X faulthandler ARGS` in a child process; fails the calling test on a crash.

    A signal or a timeout always fails the test. So does an exit code other than `expect`,
    unless `expect` is None (the caller checks the code). `what` names the child in the message.
    """
    command = [sys.executable, "-X", "faulthandler", *args]
    try:
        done = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            env={**os.environ, **(env or {})},
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        pytest.fail(_failure(what, f"timed out after {timeout:g}s", expired.stderr), pytrace=False)
    if done.returncode < 0 or (expect is not None and done.returncode != expect):
        expected = f" (expected {expect})" if expect is not None and done.returncode >= 0 else ""
        outcome = describe_returncode(done.returncode) + expected
        pytest.fail(_failure(what, outcome, done.stderr), pytrace=False)
    return done


def call_in_child(
    function: str,
    *args: str,
    what: str,
    timeout: float,
    expect: int | None = 0,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Call `module:function(*args)` in a child process; `module` is imported from tests/."""
    module, _, name = function.partition(":")
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(TESTS)!r})\n"
        f"from {module} import {name}\n"
        f"{name}(*sys.argv[1:])\n"
    )
    return run_python(["-c", code, *args], what=what, timeout=timeout, expect=expect, env=env)
