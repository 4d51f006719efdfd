"""Reading articles, at the library boundary (summarize.ingest): seeds, stdin, HTML, bad input."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import shutil
import time
from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.ingest import Article, article_from_text, html_depth, load_article, trim_html

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))


def seed(prefix: str) -> Article:
    [path] = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return load_article(path)


def line_containing(article: Article, needle: str) -> tuple[int, int]:
    start = article.text.index(needle)
    return start, start + len(needle)


# --- seeds -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_seed_text_is_kept_exactly_and_identified(path: Path) -> None:
    article = load_article(path)
    raw = path.read_bytes()
    assert article.text == raw.decode("utf-8")
    assert article.id == path.stem
    assert article.sha256 == hashlib.sha256(raw).hexdigest()
    assert article.source == str(path)


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_boilerplate_ranges_are_sorted_disjoint_and_spare_the_body(path: Path) -> None:
    article = load_article(path)
    ranges = article.boilerplate
    assert ranges, "every seed carries some page furniture"
    for (_, end), (next_start, _) in itertools.pairwise(ranges):
        assert end < next_start
    assert all(0 <= start < end <= len(article.text) for start, end in ranges)
    content = article.content()
    assert len(content) == len(article.text) - sum(end - start for start, end in ranges)
    # The longest paragraph is always body text.
    longest = max(article.text.splitlines(), key=len)
    assert longest in content


@pytest.mark.parametrize(
    ("prefix", "furniture", "body"),
    [
        ("000", ["More Articles", "Please enter your comment!", "reCAPTCHA", "Subscribe"],
         "In April 2016, some 110 people were killed in the most serious fighting in years."),
        ("001", ["Home / news /", "Source link", "Leave a Reply"],
         "warning against any foreign interference in the conflict."),
        ("002", ['North Korea joins military parade to "demonstrate strength and defense"',
                 "Post a Comment"],
         "pro-Turkish fighters from Syria and Libya to Karabakh and Iran."),
        ("003", ["READ MORE", "Pandey and Holder ended the Sunrisers' contest after standing up",
                 "0 Comments", "Pages"],
         "abide by international humanitarian law\" said Gerardo Moloeznik."),
        ("004", ["This website uses cookies", "Fastest News Updates around the World",
                 "- Advertisement -", "Leave a Reply"],
         "A separatist official claimed that 25 people were killed, with 138 wounded."),
    ],
)  # fmt: skip
def test_seed_furniture_is_boilerplate_and_body_is_content(
    prefix: str, furniture: list[str], body: str
) -> None:
    article = seed(prefix)
    for needle in furniture:
        assert article.in_boilerplate(*line_containing(article, needle)), needle
        assert needle not in article.content()
    assert not article.in_boilerplate(*line_containing(article, body))
    assert body in article.content()


def test_title_and_dateline_are_read_from_the_top_of_plain_text() -> None:
    text = (
        "Home / world / Karabakh\n\nThursday, November 30, 2023\n\n"
        "Ministers Discuss Karabakh Developments\n\n"
        "The two top diplomats conferred on the ongoing conflict by telephone on Friday.\n"
    )
    article = article_from_text(text, id="t")
    assert article.dateline == "Thursday, November 30, 2023"
    assert article.title == "Ministers Discuss Karabakh Developments"
    assert article.text == text


def test_a_text_starting_with_a_paragraph_has_no_title() -> None:
    paragraph = " ".join(["The two top diplomats conferred on the conflict by telephone."] * 6)
    assert article_from_text(paragraph, id="t").title is None


def test_related_marker_takes_following_headlines_but_not_body() -> None:
    text = (
        "Body paragraph one says the fighting went on all night.\n\n"
        "Read more\n\nOther story headline one\nOther story headline two\n\n"
        "A later paragraph of body text, which is not a headline at all.\n"
    )
    article = article_from_text(text, id="t")
    assert "Other story headline two" not in article.content()
    assert "A later paragraph of body text" in article.content()
    assert "Body paragraph one" in article.content()


def test_in_boilerplate_means_mostly_inside() -> None:
    article = Article(id="t", source="-", text="x" * 100, sha256="0", boilerplate=((50, 100),))
    assert article.in_boilerplate(60, 70)
    assert article.in_boilerplate(40, 100)
    assert not article.in_boilerplate(0, 60)
    assert article.content() == "x" * 50


# --- stdin, encodings, HTML ----------------------------------------------------------------


def test_stdin_article_is_identified_by_its_hash() -> None:
    raw = SEEDS[0].read_bytes()
    article = load_article("-", stdin=io.BytesIO(raw))
    digest = hashlib.sha256(raw).hexdigest()
    assert (article.id, article.sha256, article.source) == (digest[:16], digest, "-")
    assert article.text == raw.decode("utf-8")


@pytest.mark.parametrize(
    ("encoding", "sentence"),
    [
        ("cp1252", "The ministry said “nearly 400” people – including civilians – were killed in "
                   "Azerbaijan’s offensive on the café district."),
        ("cp1251", "Министерство обороны Армении заявило, что азербайджанские войска обстреляли "
                   "Степанакерт. Погибли десятки мирных жителей."),
    ],
)  # fmt: skip
def test_legacy_encodings_are_decoded_with_a_warning(
    tmp_path: Path, encoding: str, sentence: str
) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(sentence.encode(encoding))
    article = load_article(path)
    assert article.text == sentence
    assert any("not UTF-8" in warning for warning in article.warnings)


HTML_PAGE = """<!DOCTYPE html><html><head><title>Putin calls for ceasefire | Example News</title>
<meta property="og:site_name" content="Example News"></head><body>
<nav><a href="/">Home</a> <a href="/world">World news index</a>
<a href="/sport">Sport pages</a></nav>
<article><h1>Putin calls for ceasefire in Karabakh</h1>
<p>Russian President Vladimir Putin on Thursday called for a humanitarian ceasefire in
Nagorno-Karabakh, where nearly 400 people have been killed.</p>
<p>The Kremlin said the foreign ministers of Armenia and Azerbaijan had been invited to Moscow
for talks on Friday, the first since fighting broke out.</p></article>
<footer>Privacy policy and terms of use for readers of our pages</footer></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.txt"], ids=["by-extension", "by-sniffing"])
def test_html_is_extracted_to_its_body_with_the_title(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(HTML_PAGE, encoding="utf-8")
    article = load_article(path)
    assert "nearly 400 people have been killed" in article.text
    assert "first since fighting broke out" in article.text
    assert "<p>" not in article.text
    assert "Sport pages" not in article.text
    assert "Privacy policy" not in article.text
    assert article.title is not None and "Putin calls for ceasefire" in article.title
    assert article.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# --- manifest --------------------------------------------------------------------------------


def test_manifest_entry_supplies_dates_and_outlet(tmp_path: Path) -> None:
    shutil.copy(SEEDS[2], tmp_path / SEEDS[2].name)
    entry = {
        "id": SEEDS[2].stem,
        "file": SEEDS[2].name,
        "title": "Manifest title",
        "outlet": "Example Wire",
        "dateline": None,
        "event_date": "2020-10-09",
        "date_note": "No date line.",
    }
    (tmp_path / "manifest.json").write_text(json.dumps([entry]), encoding="utf-8")
    article = load_article(tmp_path / SEEDS[2].name)
    assert (article.title, article.outlet) == ("Manifest title", "Example Wire")
    assert (article.event_date, article.date_note) == ("2020-10-09", "No date line.")


def test_seed_manifest_is_read() -> None:
    manifest = json.loads((SEEDS_DIR / "manifest.json").read_text(encoding="utf-8"))
    by_file = {entry["file"]: entry for entry in manifest}
    for path in SEEDS:
        article = load_article(path)
        assert article.event_date == by_file[path.name]["event_date"]


@pytest.mark.parametrize(
    "manifest", ["{not json", '{"file": "a.txt"}', '[{"title": "no file key"}]']
)
def test_invalid_manifest_is_an_input_error_naming_it(tmp_path: Path, manifest: str) -> None:
    (tmp_path / "a.txt").write_text("Some article text about the ceasefire.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(manifest, encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest.*manifest\.json"):
        load_article(tmp_path / "a.txt")


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b" \n\t \r\n", "empty"),
        ("\u00a0\n\u2003\n".encode(), "empty"),
        (b"PK\x03\x04\x00\x00binary zip header", "binary"),
        (bytes(range(1, 32)) * 10 + b"text", "binary"),
        ("Text in UTF-16".encode("utf-16"), "UTF-16"),
        (bytes(range(0x80, 0x100)) * 4, "cannot decode"),
        (b"Leave a Reply\n\nPlease enter your comment!\n0 Comments\n", "only page furniture"),
    ],
    ids=[
        "empty",
        "whitespace",
        "unicode-whitespace",
        "nul",
        "controls",
        "utf16",
        "undecodable",
        "furniture-only",
    ],
)
def test_bad_input_is_an_input_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as raised:
        load_article(path)
    assert str(path) in str(raised.value)
    with pytest.raises(InputError, match=message):
        load_article("-", stdin=io.BytesIO(content))


def test_missing_file_and_directory_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        load_article(tmp_path)


def test_oversized_input_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 300)
    with pytest.raises(InputError, match="limit"):
        load_article(path, max_bytes=1000)
    with pytest.raises(InputError, match="limit"):
        load_article("-", stdin=io.BytesIO(b"word " * 300), max_bytes=1000)
    assert load_article(path, max_bytes=1500).text == "word " * 300


def test_html_without_text_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text found"):
        load_article(path)


# --- tag soup --------------------------------------------------------------------------------

BODY_HTML = "<p>Officials said the talks would resume on Monday after a week of shelling.</p>"


def test_scripts_styles_and_comments_are_dropped_before_parsing_in_one_pass() -> None:
    page = (
        "<html><head><style>p { color: red }</style><script>var a = '<p>';</script></head>"
        f"<body><!-- <div> -->{BODY_HTML}<SCRIPT type=x>never</SCRIPT >"
        "<noscript><p>Enable JavaScript</p></noscript></body></html>"
    )
    assert trim_html(page) == f"<html><head></head><body>{BODY_HTML}</body></html>"
    # Unclosed ones run to the end, as in a browser; thousands of them stay linear.
    hostile = "<html><body>" + "<script>x<!--" * 200_000
    started = time.monotonic()
    assert trim_html(hostile) == "<html><body>"
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(
    ("name", "soup", "expected"),
    [
        ("nesting", "<div><span>x " * 20_000, "nest 40,002 levels deep"),
        ("size", "<div>" + "<b>Officials said the talks resume.</b>" * 50_000, "over the"),
    ],
)
def test_tag_soup_is_refused_before_the_parser_sees_it(
    tmp_path: Path, name: str, soup: str, expected: str
) -> None:
    path = tmp_path / f"{name}.html"
    path.write_text(f"<html><body>{BODY_HTML}{soup}</body></html>", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(InputError, match=expected):
        load_article(path)
    assert time.monotonic() - started < 2.0


def test_unclosed_paragraphs_and_void_elements_do_not_count_as_nesting() -> None:
    page = "<html><body>" + "<p>Officials said talks resume.<br><img src=x>" * 5_000
    assert html_depth(page) == 2


# --- one-line pages --------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_a_seed_joined_into_one_line_keeps_its_body(tmp_path: Path, path: Path) -> None:
    """Red-team issue 15: furniture rules dropped the whole line that carried furniture, so a
    page scraped as one line was refused as "only page furniture"."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    one_line = tmp_path / path.name
    one_line.write_text(" ".join(line for line in lines if line) + "\n", encoding="utf-8")
    article = load_article(one_line)
    content = article.content()
    body = max(lines, key=len)  # the longest paragraph is body text
    assert body in content
    assert len(content) > 0.6 * len(article.text)
    assert "reCAPTCHA" not in content


def test_furniture_inside_a_long_line_is_cut_out_sentence_by_sentence() -> None:
    body = "Officials said the talks would resume on Monday after a week of shelling. " * 8
    text = (
        f"{body}The reCAPTCHA verification period has expired. Please reload the page. "
        f"{body}© 2024 Example News. All rights reserved. We use cookies to improve it."
    )
    article = article_from_text(text, id="one")
    assert article.content() == (f"{body}Please reload the page. {body}")
    # A furniture word inside an endless sentence marks only itself, not the line.
    endless = "word " * 200 + "recaptcha " + "word " * 200
    article = article_from_text(endless, id="endless")
    assert article.content() == "word " * 200 + "word " * 200


def test_a_sites_menu_line_is_boilerplate_and_a_short_list_is_not() -> None:
    text = (
        "THE ANDES WIRE  ·  News  ·  Peru  ·  Colombia  ·  Venezuela  ·  Opinion  ·  Log in\n\n"
        "Guerrillas attacked a patrol near Cucuta on Monday, the army said.\n\n"
        "Share: Facebook | X | WhatsApp | Email\n\n"
        "The army, the police and the navy | all took part in the search.\n"
    )
    content = article_from_text(text, id="menu").content()
    assert "Venezuela" not in content
    assert "WhatsApp" not in content
    assert "Guerrillas attacked a patrol" in content
    assert "all took part in the search" in content  # two bars are no menu


def test_bracketed_buttons_and_download_links_are_boilerplate() -> None:
    text = (
        "[Imprimir]  [PDF]  [Compartir]\n\n"
        "Government forces clashed with rebels near Tumaco on Monday, the army said.\n\n"
        "Download PDF (212 KB)\n\n"
        "The rebels [of the ELN] denied any part in the attack.\n"
    )
    content = article_from_text(text, id="buttons").content()
    assert "Compartir" not in content
    assert "212 KB" not in content
    assert "Government forces clashed" in content
    assert "denied any part in the attack" in content  # one bracket inside a sentence stays


def test_a_users_line_pattern_with_a_global_flag_still_marks_furniture(tmp_path: Path) -> None:
    """The line patterns run as one alternation; one that cannot join it (a global inline
    flag) makes them run one by one, with the same result."""
    from summarize.ingest import BOILERPLATE_PATH, find_boilerplate, load_boilerplate_rules

    shipped = BOILERPLATE_PATH.read_text(encoding="utf-8")
    extended = shipped.replace("patterns = [", "patterns = [\n  '(?s)sponsored by .{1,40}',", 1)
    assert extended != shipped
    path = tmp_path / "boilerplate.toml"
    path.write_text(extended, encoding="utf-8")
    rules = load_boilerplate_rules(path)
    assert rules.line_pattern is None
    text = "Truce holds in Khartoum\n\nSponsored by Acme Bank\n\n0 Comments\n\nThe army said...\n"
    marked = [text[a:b].strip() for a, b in find_boilerplate(text, rules)]
    assert marked == ["Sponsored by Acme Bank\n\n0 Comments"]  # (neighbours merge)
    assert load_boilerplate_rules().line_pattern is not None


def test_the_joined_line_patterns_mark_what_each_pattern_marks_alone(tmp_path: Path) -> None:
    """One alternation of the shipped line patterns finds the furniture they find one by one;
    a pattern with a group (a backreference's number would shift) keeps them apart."""
    from summarize.ingest import BOILERPLATE_PATH, find_boilerplate, load_boilerplate_rules

    shipped = load_boilerplate_rules()
    assert shipped.line_pattern is not None
    lines = [
        "0 Comments",
        "Home / World / Africa",
        "News · Sudan · Chad · Sport · Jobs",
        "[Share]  [Tweet]  [Email]",
        "Download PDF (142 KB)",
        "The army said it had won.",
    ]
    for line in lines:
        alone = any(p.fullmatch(line.casefold()) for p in shipped.patterns)
        assert (shipped.line_pattern.fullmatch(line.casefold()) is not None) == alone, line
    extended = BOILERPLATE_PATH.read_text(encoding="utf-8").replace(
        "patterns = [", "patterns = [\n  '(\\w+) \\1',", 1
    )
    path = tmp_path / "boilerplate.toml"
    path.write_text(extended, encoding="utf-8")
    rules = load_boilerplate_rules(path)
    assert rules.line_pattern is None
    text = "Truce holds in Khartoum\n\nsponsored sponsored\n\nThe army said it had won the town.\n"
    assert [text[a:b].strip() for a, b in find_boilerplate(text, rules)] == ["sponsored sponsored"]
