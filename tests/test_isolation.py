"""The child-process helper: a crash in the child is one failed test with a readable message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from isolation import TESTS, call_in_child, describe_returncode, run_python

CRASH = (
    "import os, signal, sys\n"
    "for line in range(40):\n"
    "    print(f'loading layer {line}', file=sys.stderr)\n"
    "sys.stderr.flush()\n"
    "os.kill(os.getpid(), signal.SIGSEGV)\n"
    "print('still alive')\n"
)


def test_a_segfaulting_child_fails_the_test_naming_the_signal() -> None:
    with pytest.raises(pytest.fail.Exception) as failed:
        run_python(["-c", CRASH], what="the crashing child", timeout=30)

    message = str(failed.value)
    assert message.startswith("the crashing child killed by signal SIGSEGV (return code -11)")
    # faulthandler's report and the end of the child's stderr, not its beginning.
    assert "Segmentation fault" in message
    assert "loading layer 39" in message
    assert "loading layer 0\n" not in message


def test_a_crash_in_one_test_leaves_the_rest_of_the_pytest_run_going(tmp_path: Path) -> None:
    """End to end: an inner pytest run whose first test's child segfaults."""
    (tmp_path / "test_inner.py").write_text(
        "from isolation import run_python\n"
        "from test_isolation import CRASH\n\n"
        "def test_crashes():\n"
        "    run_python(['-c', CRASH], what='the model', timeout=30)\n\n"
        "def test_runs_after_the_crash():\n"
        "    assert True\n",
        encoding="utf-8",
    )
    pythonpath = os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))

    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_inner.py"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": pythonpath},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 1, done.stdout + done.stderr  # tests failed; pytest did not crash
    assert "1 failed, 1 passed" in done.stdout
    assert "the model killed by signal SIGSEGV (return code -11)" in done.stdout
    assert "loading layer 39" in done.stdout


def test_an_aborting_child_is_reported_as_sigabrt() -> None:
    with pytest.raises(pytest.fail.Exception, match=r"killed by signal SIGABRT \(return code -6\)"):
        run_python(["-c", "import os; os.abort()"], what="child", timeout=30)


def test_an_unexpected_exit_code_fails_with_the_childs_traceback() -> None:
    code = "raise SystemExit('model file is corrupt')"

    with pytest.raises(pytest.fail.Exception) as failed:
        run_python(["-c", code], what="the loader", timeout=30)

    message = str(failed.value)
    assert message.startswith("the loader exited with code 1 (expected 0)")
    assert message.rstrip().endswith("model file is corrupt")


def test_a_child_that_hangs_fails_at_the_timeout() -> None:
    code = "import sys, time; print('waiting', file=sys.stderr, flush=True); time.sleep(60)"

    with pytest.raises(pytest.fail.Exception) as failed:
        run_python(["-c", code], what="the sleeper", timeout=1)

    message = str(failed.value)
    assert message.startswith("the sleeper timed out after 1s")
    assert "waiting" in message


def test_an_expected_exit_code_returns_the_finished_process() -> None:
    code = "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)"

    done = run_python(["-c", code], what="child", timeout=30, expect=3)

    assert (done.returncode, done.stdout, done.stderr) == (3, "out\n", "err\n")


def test_a_signal_fails_even_when_the_caller_checks_the_exit_code() -> None:
    code = "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"

    with pytest.raises(pytest.fail.Exception, match="killed by signal SIGKILL"):
        run_python(["-c", code], what="child", timeout=30, expect=None)


def child_prints(*args: str) -> None:
    """Run in the child by the test below."""
    print("child got", *args)


def test_call_in_child_runs_a_module_function_from_tests() -> None:
    done = call_in_child("test_isolation:child_prints", "a", "b", what="child", timeout=60)

    assert done.stdout == "child got a b\n"


def test_call_in_child_reports_the_functions_exception() -> None:
    with pytest.raises(pytest.fail.Exception) as failed:
        call_in_child("isolation:describe_returncode", what="the call", timeout=60)

    message = str(failed.value)
    assert message.startswith("the call exited with code 1 (expected 0)")
    assert "TypeError" in message and "returncode" in message


def test_describe_returncode() -> None:
    assert describe_returncode(-11) == "killed by signal SIGSEGV (return code -11)"
    assert describe_returncode(2) == "exited with code 2"
    assert describe_returncode(-200) == "killed by signal 200 (return code -200)"
