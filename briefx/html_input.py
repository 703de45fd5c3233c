"""HTML input: a web page -> the article's text and metadata, with trafilatura, offline.

The page is never fetched and nothing it links to is: trafilatura only parses the markup it is
given. Navigation, footers, asides (ads), cookie banners and comments are left out.

The text every offset indexes is built here and carried in ``Brief.source.text``:

- the title first, on its own line, when trafilatura's article text does not already start
  with it (trafilatura keeps an article's ``<h1>`` in the text but not the ``<title>``), so
  briefx finds the headline as it does in a plain-text brief;
- then the article's paragraphs, headings and list items, one a line, separated by a blank
  line (trafilatura gives one block a line; the blank lines let briefx find section headings,
  which it only takes between blank lines).

trafilatura (and lxml) take about 0.6 s to import, so it is imported only when a page is read.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from briefx.decoding import decode
from briefx.errors import Errors, InputError
from briefx.records import Source

# "<!DOCTYPE html", "<html", also after a BOM, white space or an XML declaration / comment.
_HTML_START = re.compile(
    r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# trafilatura logs ERROR lines ("empty HTML tree") that Python's last-resort handler would print
# to stderr next to briefx's own one-line error; an application that configures logging still
# gets them through propagation.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
SNIFF_CHARS = 2048

# htmldate must not guess a date from the article's own text (a page without a date in its
# metadata would get the first date of the story): only meta tags, JSON-LD, <time>, the URL.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def looks_like_html(path: str, data: bytes | str) -> bool:
    """Return True for an HTML page: a .html/.htm/.xhtml name, or markup that starts as one.

    path (str): the file name ("-" for standard input: only the content decides).
    data (bytes | str): the raw bytes or the decoded text; only the start is looked at.
    RETURNS (bool): whether to read the input with ``read_html``.
    """
    if path != "-" and path.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:SNIFF_CHARS]
    if isinstance(head, bytes):
        head = head.decode("utf-8", errors="replace")
    return _HTML_START.match(head) is not None


def _same_line(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def article_text(body: str, title: str | None) -> str:
    """Build the text briefx reads: the title line (unless the body starts with it), then blocks.

    body (str): trafilatura's text, one block a line.
    title (str | None): the page's title, from its metadata.
    RETURNS (str): the blocks separated by blank lines.
    """
    blocks = [" ".join(line.split()) for line in body.splitlines()]
    blocks = [b for b in blocks if b]
    if title and title.strip() and not (blocks and _same_line(blocks[0], title)):
        blocks.insert(0, " ".join(title.split()))
    return "\n\n".join(blocks)


def _iso_date(value: str | None) -> str | None:
    """Return the day of a page date ("2025-02-13", "2025-02-13T09:30:00Z") as ISO, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def read_html(data: bytes | str, path: str) -> Source:
    """Read a web page into a Source: the article text, its title/author/date/url, its date.

    data (bytes | str): the page; bytes are decoded as any input is (BOM, UTF-8, legacy).
    path (str): where it came from ("-" for standard input), for errors and the record.
    RETURNS (Source): format "html"; ``meta`` holds the keys found among title, author, date
        and url (the canonical URL the page gives); ``published`` the page's date (ISO),
        which briefx takes as the reference date when the text itself states none.
    RAISES (InputError): E007 when trafilatura finds no article text in the page.
    """
    html = decode(data, path) if isinstance(data, bytes) else data
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not article_text(body, None):
        raise InputError(
            Errors.E007.format(path=path, reason="no article text found in the HTML page")
        )
    text = article_text(body, getattr(doc, "title", None))
    meta: dict[str, Any] = {}
    for key in ("title", "author", "date", "url"):
        value = getattr(doc, key, None)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    return Source(path, text, format="html", meta=meta, published=_iso_date(meta.get("date")))
