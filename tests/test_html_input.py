"""HTML input: the article's text and metadata, nothing from navigation, ads or footers."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from briefx.api import extract_many
from briefx.errors import InputError
from briefx.html_input import article_text, looks_like_html, read_html
from briefx.sources import Source, read_path, read_stdin

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "article.html"  # nav, cookie banner, ad aside and footer around an <article>
UNDATED = DATA / "undated.htm"  # no date in the metadata, a <title> the body does not repeat


@pytest.mark.parametrize(
    ("path", "data", "expected"),
    [
        ("page.html", b"just text", True),
        ("PAGE.HTM", b"", True),
        ("page.xhtml", b"<?xml version='1.0'?><html>", True),
        ("-", b"<!DOCTYPE html>\n<html>", True),
        ("notes.txt", b"\xef\xbb\xbf  \n<!doctype HTML><html>", True),
        ("notes.txt", b"<html lang='en'><body>", True),
        ("notes.txt", b"<!-- saved page -->\n<html>", True),
        ("notes.txt", "<html>".encode("utf-16"), False),  # bytes: only an 8-bit start is sniffed
        ("notes.txt", "\ufeff<html>", True),  # decoded text
        ("notes.txt", b"The <html> tag starts a page.", False),
        ("notes.txt", b"<htmlx>", False),
        ("notes.txt", b"<p>A fragment</p>", False),
        ("brief.txt", b"U.S. Defense Secretary Pete Hegseth", False),
    ],
)
def test_looks_like_html(path: str, data: bytes | str, expected: bool) -> None:
    assert looks_like_html(path, data) is expected


@pytest.mark.parametrize(
    ("body", "title", "text"),
    [
        ("Title\nPara one.", "Title", "Title\n\nPara one."),
        ("Para one.\n  Para   two. \n\n", "Title", "Title\n\nPara one.\n\nPara two."),
        ("Para one.", None, "Para one."),
        ("TITLE here\nPara.", "Title  Here", "TITLE here\n\nPara."),
        ("", "Title", "Title"),
    ],
)
def test_article_text_puts_the_title_first_once(body: str, title: str | None, text: str) -> None:
    assert article_text(body, title) == text


def test_read_html_keeps_the_article_and_its_metadata() -> None:
    src = read_html(ARTICLE.read_bytes(), str(ARTICLE))
    assert src.format == "html"
    assert src.path == str(ARTICLE)
    assert src.text.startswith("Ministers meet in Brussels\n\nDefence ministers from 31 countries")
    assert src.meta == {
        "title": "Ministers meet in Brussels",
        "author": "Jane Reporter",
        "date": "2025-02-13",
        "url": "https://news.example.com/2025/02/13/ministers-brussels",
    }
    assert src.published == "2025-02-13"
    for boilerplate in ("cookies", "Home", "Sponsored", "Initech", "Copyright", "Umbrella", "By "):
        assert boilerplate not in src.text


def test_page_without_date_has_no_published_and_gets_its_title_line() -> None:
    src = read_path(str(UNDATED))
    assert src.format == "html"
    assert src.published is None
    assert src.meta == {"title": "Council approves budget"}
    assert src.text.split("\n\n")[0] == "Council approves budget"
    assert "Sport" not in src.text
    assert "registered in England" not in src.text


@pytest.fixture(scope="module")
def briefs(nlp):  # type: ignore[no-untyped-def]
    sources = [read_path(str(ARTICLE)), read_path(str(UNDATED))]
    return dict(zip(("article", "undated"), extract_many(sources), strict=True))


@pytest.mark.parametrize(
    ("page", "section", "inside", "outside"),
    [
        ("article", "entities", {"Brussels", "Ukraine", "Olaf Scholz", "Paris"},
         {"Acme Analytics", "Globex", "Initech", "Umbrella Media Group", "London", "Jane Reporter"}),
        ("article", "figures", {"more than $126 billion", "2%"}, {"50%", "2024"}),
        ("article", "dates", {"Thursday", "2022", "next month"}, {"2024"}),
        ("undated", "entities", {"Leeds"}, {"Leeds Post Ltd", "England"}),
        ("undated", "figures", {"£45 million"}, {"0113", "496"}),
        ("undated", "dates", {"April 2026", "three years"}, set()),
    ],
)  # fmt: skip
def test_facts_come_from_the_article_only(
    briefs, page: str, section: str, inside: set[str], outside: set[str]
) -> None:  # type: ignore[no-untyped-def]
    brief = briefs[page]
    if section == "entities":
        found = {m.text for e in brief.entities for m in e.mentions}
    else:
        found = {item.text for item in getattr(brief, section)}
    assert inside <= found
    assert not any(o in f for o in outside for f in found)


def test_page_date_is_the_reference_date(briefs) -> None:  # type: ignore[no-untyped-def]
    brief = briefs["article"]
    assert brief.title == "Ministers meet in Brussels"
    assert (brief.published, brief.reference_date) == ("2025-02-13", "2025-02-13")
    values = {d.text: d.value for d in brief.dates}
    assert values["Thursday"] == "2025-02-13"
    assert values["next month"] == "2025-03"
    undated = briefs["undated"]
    assert (undated.published, undated.reference_date) == (None, None)
    assert [h.text for h in undated.headings] == ["What happens next"]


def test_html_brief_carries_its_text_and_every_offset_indexes_it(briefs) -> None:  # type: ignore[no-untyped-def]
    for brief in briefs.values():
        text = brief.source.text
        assert brief.source.format == "html"
        assert text
        spans = [m for e in brief.entities for m in e.mentions] + brief.figures + brief.dates
        assert spans
        for span in [*spans, *brief.headings]:
            assert text[span.start : span.end] == span.text
    assert briefs["article"].source.meta["author"] == "Jane Reporter"


def test_given_reference_date_beats_the_page_date(nlp) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    brief = next(extract_many([read_path(str(ARTICLE))], reference_date=dt.date(2024, 1, 4)))
    assert brief.reference_date == "2024-01-04"
    assert {d.text: d.value for d in brief.dates}["next month"] == "2024-02"


def test_page_without_article_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"E007.*no-article\.html.*no article text found"):
        read_path(str(DATA / "no-article.html"))


def test_html_switch_forces_or_skips_the_page_reading(tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    page.write_bytes(ARTICLE.read_bytes())
    assert read_path(str(page)).format == "html"  # sniffed
    assert read_path(str(page), html=False) == Source(str(page), ARTICLE.read_text("utf-8"))
    forced = tmp_path / "fragment.txt"
    forced.write_text("<div><p>The council met in Leeds.</p><p>It voted on Tuesday.</p></div>")
    assert read_path(str(forced)).format == "text"
    assert (
        read_path(str(forced), html=True).text
        == "The council met in Leeds.\n\nIt voted on Tuesday."
    )


def test_legacy_encoded_page_is_decoded_first() -> None:
    page = "<html><body><article><p>Zürich pledged €5 million to the fund on Monday.</p></article></body></html>"
    assert read_html(page.encode("cp1252"), "z.html").text == (
        "Zürich pledged €5 million to the fund on Monday."
    )


def test_stdin_page_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.read_bytes())))
    src = read_stdin()
    assert (src.path, src.format, src.published) == ("-", "html", "2025-02-13")


def test_plain_text_input_does_not_import_trafilatura(tmp_path: Path) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text("Ministers met in Brussels on Thursday.")
    code = (
        "import sys; from briefx.sources import read_path; "
        f"s = read_path({str(brief)!r}); assert s.format == 'text'; "
        "print('trafilatura' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
