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
    "--window-size=1400,1000",
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


# --- issue 12: the index of every conflict and day ----------------------------------------------


@pytest.fixture
def logging_browser(tmp_path: Path) -> Iterator[Any]:
    """The browser, with Chrome's performance log on (every network request is in it)."""
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run in CI: {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in (*CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile-log'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    chrome = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield chrome
    finally:
        chrome.quit()


def requested_urls(browser: Any) -> list[str]:
    import json

    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_the_index_lists_every_briefing_and_charts_each_claimant(
    logging_browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    from summarize.merge import comparable_value
    from summarize.schema import Briefing

    out = tmp_path / "out"
    db = stored(tmp_path / "db.sqlite", all_gold())
    result = CliRunner().invoke(
        app, ["brief", "--all", "-o", str(out), "-f", "all", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert str(out / "index.html") in result.stdout.split()
    briefings = [Briefing.model_validate_json(p.read_text()) for p in sorted(out.glob("*.json"))]
    # The series the chart must draw, worked out from the JSON briefings themselves.
    expected = {
        (claim.claimant, group.key)
        for b in briefings
        for group in b.figures
        if group.scope == "cumulative" and group.metric not in {"equipment_destroyed", "other"}
        for claim in group.claims
        if comparable_value(claim) is not None
    }
    assert len(expected) >= 5

    browser = logging_browser
    browser.get((out / "index.html").as_uri())
    assert browser.title == "Briefings: days at a glance"
    links = browser.find_elements(By.CSS_SELECTOR, "a.briefing-link")
    assert [link.text for link in links] == [b.date for b in briefings]
    paths = browser.find_elements(By.CSS_SELECTOR, "section.conflict svg.chart path.series")
    assert len(paths) == len(expected)
    drawn = {(p.get_attribute("data-claimant"), p.get_attribute("d")) for p in paths}
    assert all(d and d.startswith("M") for _, d in drawn)
    assert {claimant for claimant, _ in drawn} == {claimant for claimant, _ in expected}
    # A claimant with figures on several days is one line through them.
    assert any(d.count("L") >= 1 for _, d in drawn if d)

    target = links[1].get_attribute("href")
    links[1].click()
    assert browser.current_url == target and target.endswith(f"-{briefings[1].date}.html")
    assert browser.title.startswith("Daily briefing: Nagorno-Karabakh")
    assert browser.find_element(By.ID, "takeaways").is_displayed()

    urls = requested_urls(browser)
    assert any(url.endswith("index.html") for url in urls)  # the log does record requests
    assert [url for url in urls if url.startswith(("http", "ws", "ftp", "//"))] == []
