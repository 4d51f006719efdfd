"""The HTML briefing in headless Chromium: clicking an item's evidence link shows the quote.

Needs Debian's chromium and chromium-driver (scripts/install-browser.sh). Skipped when they are
missing on a developer machine; under CI (env CI set) a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from briefing_data import all_gold, stored
from typer.testing import CliRunner

from summarize.cli import app

pytestmark = pytest.mark.browser

CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _browser_missing() -> str | None:
    if not CHROMEDRIVER.exists():
        return f"{CHROMEDRIVER} is missing (run scripts/install-browser.sh)"
    if shutil.which("chromium") is None:
        return "chromium is missing (run scripts/install-browser.sh)"
    return None


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run in CI: {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in (*CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    # An explicit driver path: selenium must never try to download one.
    chrome = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield chrome
    finally:
        chrome.quit()


@pytest.fixture
def briefing_page(tmp_path: Path) -> Path:
    """The HTML briefing `summarize brief` writes from a store of the seeds' gold extractions."""
    out = tmp_path / "out"
    db = stored(tmp_path / "db.sqlite", all_gold())
    result = CliRunner().invoke(
        app,
        [
            "brief",
            "--date",
            "2020-09-30",
            "-f",
            "html",
            "-o",
            str(out),
            "--db",
            str(db),
        ],
    )
    assert result.exit_code == 0, result.output
    return out / "briefing-nagorno-karabakh-2020-09-30.html"


def test_clicking_an_evidence_link_highlights_the_quote(browser: Any, briefing_page: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(briefing_page.as_uri())
    link = browser.find_element(By.CSS_SELECTOR, "#ceasefire a.ev-link")
    anchor, quote = link.get_attribute("data-ev"), link.get_attribute("title")
    mark = browser.find_element(By.ID, anchor)
    assert not mark.is_displayed()  # articles stay hidden until asked for

    link.click()
    WebDriverWait(browser, 5).until(lambda _: mark.is_displayed())
    assert "active" in (mark.get_attribute("class") or "")
    pieces = browser.find_elements(By.CSS_SELECTOR, f'mark[data-ev="{anchor}"]')
    shown = "".join(piece.get_attribute("textContent") for piece in pieces)
    assert shown == quote
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;",
        mark,
    )
    assert in_view
