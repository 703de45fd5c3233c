"""Markdown summaries: layout, escaping (checked by rendering with markdown-it), filters."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from markdown_it import MarkdownIt  # rich's own Markdown parser: no extra dependency

from briefx.filters import filter_brief
from briefx.records import Brief
from briefx.render.markdown import markdown, md_escape
from tests.render import HOSTILE, SCRIPT, all_briefs, hostile, nato

GFM = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _html(briefs: list[Brief]) -> str:
    return GFM.render("".join(markdown(briefs)))


def _plain(html: str) -> str:
    """Return the text a reader sees (tags dropped, entities decoded)."""
    import html as htmllib

    return htmllib.unescape(re.sub(r"<[^>]+>", "", html))


# (raw text, how it must read once rendered): nothing turns into markup.
ESCAPE_EXAMPLES = [
    ("a | b", "a | b"),
    (SCRIPT, SCRIPT),
    ("*bold* _it_ `code`", "*bold* _it_ `code`"),
    ("[link](http://x) ![img](y)", "[link](http://x) ![img](y)"),
    ("~~gone~~ $x$ &amp;", "~~gone~~ $x$ &amp;"),
    ("back\\slash", "back\\slash"),
    ("two\nlines", "two lines"),
]


@pytest.mark.parametrize(("raw", "seen"), ESCAPE_EXAMPLES)
def test_escaped_cells_read_as_written(raw: str, seen: str) -> None:
    html = GFM.render(f"| h | x |\n|---|---|\n| {md_escape(raw)} | end |\n")
    assert html.count("<td>") == 2
    cell = re.search(r"<td>(.*?)</td>", html, re.DOTALL)
    assert cell is not None
    assert _plain(cell.group(1)) == seen


def test_nato_summary() -> None:
    text = "".join(markdown([nato()]))
    assert text.startswith(
        "# U.S. Defense Secretary Pete Hegseth Visits NATO Amid Ukraine Support Discussions\n"
    )
    assert "Source: samples/hegseth-nato.txt · published: 2025-02-13\n" in text
    assert "| Pete Hegseth | PERSON | U.S. Defense Secretary | 6 |" in text
    assert "| over \\$126 billion | money | 126,000,000,000 | USD | \\> |  |" in text
    assert "| 2% | percent | 2 | % |  | GDP |" in text
    assert "| 2022 | date | 2022 | year |  |" in text


def test_date_notes() -> None:
    date = nato().dates[0].model_copy(update={"relative": True, "ambiguous": True})
    text = "".join(markdown([nato().model_copy(update={"dates": [date]})]))
    assert "| 13.02.2025 | date | 2025-02-13 | day | relative, ambiguous |" in text


def test_hostile_briefs_render_inert() -> None:
    html = _html([hostile(name) for name in HOSTILE])
    assert "<script" not in html
    assert SCRIPT in _plain(html)
    headings = [_plain(h) for h in re.findall(r"<h1>(.*?)</h1>", html)]
    assert f"Hegseth | NATO {SCRIPT} *talks*" in headings
    assert "<em>" not in html


def test_every_table_row_has_its_cells() -> None:
    html = _html(all_briefs())
    for table in re.findall(r"<table>.*?</table>", html, re.DOTALL):
        widths = {
            len(re.findall(r"<t[hd]>", row))
            for row in re.findall(r"<tr>.*?</tr>", table, re.DOTALL)
        }
        assert len(widths) == 1, table


def test_streams_one_chunk_per_brief() -> None:
    def briefs() -> Iterator[Brief]:
        yield nato()
        raise AssertionError("read too early")

    assert next(markdown(briefs())).startswith("# U.S. Defense Secretary")
    chunks = list(markdown(all_briefs()))
    assert len(chunks) == len(all_briefs())
    assert all(c.startswith("\n---\n\n#") for c in chunks[1:])


def test_no_briefs_no_text() -> None:
    assert list(markdown([])) == []


def test_brief_without_facts() -> None:
    empty = filter_brief(nato(), only=frozenset())
    assert "No facts found." in "".join(markdown([empty]))


@pytest.mark.parametrize(
    ("only", "types", "present", "absent"),
    [
        (frozenset({"figures"}), None, ["## Figures"], ["## Entities", "## Dates"]),
        (None, frozenset({"person"}), ["| Pete Hegseth |"], ["| NATO |", "## Figures"]),
        (frozenset({"entities", "dates"}), frozenset({"GPE", "date"}), ["| Ukraine |", "## Dates"],
         ["| Pete Hegseth |", "## Figures"]),
    ],
)  # fmt: skip
def test_filters(only, types, present, absent) -> None:  # type: ignore[no-untyped-def]
    text = "".join(markdown([filter_brief(nato(), only=only, types=types)]))
    for s in present:
        assert s in text
    for s in absent:
        assert s not in text


def test_who_said_what() -> None:
    text = "".join(markdown([nato()]))
    assert "## Who said what\n" in text
    assert "| Donald Trump | call for | an increase to 5% | 5% |  |" in text
    assert (
        "| Pete Hegseth | indicate | defense spending should not dip below 3% of GDP | 3% | hedged |"
        in text
    )
