"""Bodies named in capitals by a heading, a letterhead or a "From:" line (session 44).

``capital_names``: a line that is an organisation's name in capitals, alone or followed by its
short form in brackets ("FINNISH INSTITUTE FOR HEALTH AND WELFARE (THL)", "SAUDI ARABIAN OIL
COMPANY (Aramco)", "From: HON HAI PRECISION INDUSTRY CO., LTD. (Foxconn)"), is one ORG mention
over the name, the pieces NER made of it dropped (a people's word, "FINNISH"; a place, "SAUDI
ARABIAN OIL COMPANY"; a name cut at its legal form). Its name is the title the tables give the
short form where that title shares a word with the name, or the short form is no letters in
capitals (a brand: "Foxconn" for Hon Hai), else the title the tables give the name, else the
name in title case ("Finnish Institute for Health and Welfare"). The short form, tagged or not,
and its later mentions take that name: the document equates them. A line without a bracket is
left alone (its capitals alone are no evidence of one body: a headline's phrase).

A line names a body by its form (``generic_heads.body_form``: its head is a body's word,
"Institute", "Company", "Agency") or by a legal form it ends with ("CO., LTD."); a headline in
capitals whose last word is no body's word ("CENTRAL BANK HOLDS RATES") is none. Tables: the
alias and company tables, ``org_acronyms.jsonl``; no start-up work.
"""

from __future__ import annotations

import re

from briefx.normalize.names import (
    ACRONYM_SKIP,
    legal_form_words,
    lookup_alias,
    lookup_company,
    org_acronyms,
    title_case,
)
from briefx.pipeline.coref.ent import Ent, _words
from briefx.pipeline.coref.generic_heads import body_form

# a line: an optional "From:" label, a name, an optional short form in brackets
LINE = re.compile(
    r"(?P<label>From:\s+)?(?P<name>[^()\n]+?)(?: \((?P<short>[^()\n]{2,30})\))?[ \t]*$"
)
HEADING_WORDS = 12  # words of a heading's name at most


def capital_names(text: str, ents: list[Ent]) -> list[Ent]:
    """Tag the bodies named in capitals by a line of their own (see the module); ``ents`` is
    returned as it stands where no line names one."""
    out = ents
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        mt = LINE.match(line)
        if mt is None or not mt.group("short"):
            continue
        name = mt.group("name").strip()
        words = name.split()
        if not (2 <= len(words) <= HEADING_WORDS and name == name.upper() and _body(words)):
            continue
        s = start + mt.start("name") + (len(mt.group("name")) - len(mt.group("name").lstrip()))
        span = (s, s + len(name))
        short = mt.group("short")
        title = _title(name, short, out, text, start + mt.start("short") if short else -1)
        if title is None:
            continue
        out = _tag(text, out, span, title, short, start + mt.start("short") if short else -1)
    return out


def _body(words: list[str]) -> bool:
    """Whether capitalised words name a body: by their form, or by the legal form they end
    with ("HON HAI PRECISION INDUSTRY CO., LTD.")."""
    core = list(words)
    forms = legal_form_words()
    while core and core[-1].lower().strip(".,") in forms:
        core.pop()
    if len(core) < len(words) and core:
        return True
    titled = _titled(" ".join(w.strip(",") for w in core)).split()
    return body_form(titled)


def _titled(name: str) -> str:
    """A name in capitals in title case, its little words in lower case and the places the
    tables know in their letters kept ("UK"): "FINNISH INSTITUTE FOR HEALTH AND WELFARE" ->
    "Finnish Institute for Health and Welfare"."""
    out = []
    for k, w in enumerate(name.split()):
        alias = lookup_alias(w) if len(w) <= 3 else None
        if alias is not None and alias[1] != "ORG":
            out.append(w)
        elif k and w.lower() in ACRONYM_SKIP:
            out.append(w.lower())
        else:
            out.append(title_case(w))
    return " ".join(out)


def _title(name: str, short: str | None, ents: list[Ent], text: str, at: int) -> str | None:
    """The name the body takes (see the module)."""
    titled = _titled(name)
    stems = {w[:5].lower() for w in _words(titled) if len(w) >= 4}
    if short is not None:
        mention = next((e for e in ents if e.start == at and e.end == at + len(short)), None)
        told = [mention.name] if mention is not None and mention.name != short else []
        alias = lookup_alias(short)
        told += [t for t in ((alias or ("", ""))[0], lookup_company(short)) if t]
        told += list(org_acronyms().get(short, {}).values())
        brand = not short.isupper()
        for t in told:
            if t != short and (brand or stems & {w[:5].lower() for w in _words(t)}):
                return t
            if t == short and brand:
                return t  # ("Foxconn": the brand is its own title)
    for w in (titled, " ".join(w for w in titled.split())):
        alias = lookup_alias(w)
        if alias is not None:
            return alias[0] if alias[1] == "ORG" else None
        company = lookup_company(w)
        if company:
            return company
    return titled


def _tag(
    text: str, ents: list[Ent], span: tuple[int, int], title: str, short: str | None, at: int
) -> list[Ent]:
    """One ORG mention over the name, its short form and that form's later mentions named by
    the title."""
    s, t = span
    kept = [e for e in ents if e.end <= s or e.start >= t]
    kept.append(Ent(s, t, "ORG", title, tags={"letterhead"}))
    if short is not None:
        found = False
        for e in kept:
            if text[e.start : e.end] == short and e.start >= at:
                e.name, e.type = title, "ORG"
                found = found or e.start == at
        if not found and not any(e.start < at + len(short) and at < e.end for e in kept):
            kept.append(Ent(at, at + len(short), "ORG", title, tags={"short"}))
    kept.sort(key=lambda e: e.start)
    return kept
