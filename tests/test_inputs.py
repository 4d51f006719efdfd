"""Which files are read (summarize.inputs): regular files only, no escaping a folder through
symlinks, no loops, never the tool's own briefings (red-team issue 15, items 3 and 5)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.ingest import file_sha256, load_article, read_limited
from summarize.inputs import expand_inputs, is_own_output
from summarize.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TEXT = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")


def write(path: Path, text: str = SEED_TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def summarize(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    code = "from summarize.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "200"},
        check=False,
    )


# --- not regular files -----------------------------------------------------------------------


def test_a_device_behind_a_txt_symlink_is_refused_without_reading_it(tmp_path: Path) -> None:
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    with pytest.raises(InputError, match=r"zero\.txt: not a regular file"):
        load_article(zero)
    with pytest.raises(InputError, match="not a regular file"):
        read_limited("/dev/zero", 1000)
    assert file_sha256(str(zero)) is None


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(InputError, match="not a regular file"):
        load_article(fifo)
    assert file_sha256(str(fifo)) is None
    assert time.monotonic() - started < 1


def test_reads_stop_at_the_byte_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", "x" * 2_000)
    assert read_limited(path, 2_000) == b"x" * 2_000
    with pytest.raises(InputError, match="over the 1,999-byte limit"):
        read_limited(path, 1_999)


def test_run_skips_devices_and_fifos_with_a_warning_and_stores_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "real.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    db = tmp_path / "store.sqlite"
    done = summarize("run", str(folder), "--db", str(db), "--backend", "rules", timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = sorted(line for line in done.stderr.splitlines() if line.startswith("warning:"))
    assert warnings == [
        f"warning: skipped {folder / 'pipe.txt'}: not a regular file (a device, FIFO or socket)",
        f"warning: skipped {folder / 'zero.txt'}: not a regular file (a device, FIFO or socket)",
    ]
    with Store(db) as store:
        assert [a.source for a in store.articles()] == [str(folder / "real.txt")]


def test_naming_only_a_device_is_bad_input(tmp_path: Path) -> None:
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    done = summarize("run", str(zero), "--db", str(tmp_path / "s.sqlite"), "--backend", "rules")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not a regular file" in done.stderr


# --- symlinks --------------------------------------------------------------------------------


def test_a_symlink_out_of_the_folder_is_skipped_unless_asked_for(tmp_path: Path) -> None:
    secret = write(tmp_path / "elsewhere" / "secret.txt", "Private notes.\n")
    folder = tmp_path / "in"
    inside = write(folder / "a.txt")
    (folder / "b.txt").symlink_to(secret)
    (folder / "c.txt").symlink_to(inside)  # inside the folder: the same file, read once

    inputs = expand_inputs([str(folder)])
    assert inputs.files == [str(inside)]
    assert inputs.skipped == [
        f"skipped {folder / 'b.txt'}: a symlink to a file outside the folder "
        "(use --follow-symlinks)"
    ]
    followed = expand_inputs([str(folder)], follow_symlinks=True)
    assert followed.files == [str(inside), str(folder / "b.txt")]
    assert followed.skipped == []


def test_a_recursive_glob_over_a_symlink_loop_ends_and_reads_each_file_once(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "d"
    first = write(folder / "one.txt")
    second = write(folder / "sub" / "two.txt", SEED_TEXT + "\nAnother.\n")
    (folder / "loop").symlink_to(".")
    (folder / "sub" / "up").symlink_to("..")
    started = time.monotonic()
    inputs = expand_inputs([f"{folder}/**/*.txt"])
    assert time.monotonic() - started < 2
    assert inputs.files == [str(first), str(second)]


def test_run_over_a_symlink_loop_stores_each_file_once(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    write(folder / "one.txt")
    (folder / "loop").symlink_to(".")
    db = tmp_path / "store.sqlite"
    done = summarize("run", f"{folder}/**/*.txt", "--db", str(db), "--backend", "rules")
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        assert [a.source for a in store.articles()] == [str(folder / "one.txt")]


# --- the tool's own output ---------------------------------------------------------------------


def test_briefings_the_tool_wrote_are_not_read_back_as_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    article = write(folder / "a.txt")
    written = [
        write(folder / "briefing-2023-11-30.md", "# Briefing\n\n> **Produced by:** rules, 2.\n"),
        write(folder / "briefing-undated.html", "<div><strong>Produced by:</strong> x</div>"),
    ]
    # Named like a briefing but not written by the tool: an article like any other.
    lookalike = write(folder / "briefing-2023-12-01.md", SEED_TEXT)
    inputs = expand_inputs([str(folder)])
    assert inputs.files == [str(article), str(lookalike)]
    assert inputs.skipped == [
        f"skipped {path}: a briefing written by summarize, not an article" for path in written
    ]
    assert [is_own_output(path) for path in written] == [True, True]
    assert not is_own_output(lookalike)
