"""Teams of franchise leagues outside the four North American majors by town or nickname
(session 39, teams39): in a document that reports one of the leagues of
``models/sports_teams_more.jsonl`` (``scripts/derive_more_teams.py``: the AFL, the Australian
rugby league, Super League, the CFL, MLS, the PBA, the A-League and Australia's NBL), a mention
typed ORG whose words are one team's town or nickname that season ("Sydney", "Calgary", "Tampa
Bay", "Stampeders") is that team, named by its English Wikipedia title of the document's season
("Sydney Swans"; "Brisbane Bears" in 1996, "Brisbane Lions" since 1997).

A document reports a league where it writes one of the league's cues (its name or acronym, or a
word of its sport no other league of the table plays: "Australian rules", "rugby league",
"Canadian football"), or where two sides of it meet in a result line (a line or a clause between
semicolons with a score, or with a number right after each side) and no other league, of this
table or of ``sports_teams.jsonl``, has both ("Sydney 14.12 (96) Hawthorn 10.9 (69)"). A town or
nickname two teams of the reported leagues share that season ("Melbourne" in the A-League,
"Broncos" where both rugby leagues are reported) names neither. A mention an earlier rule titled
already (the NBA's "Toronto", a county team) is left alone.

In a document that writes a league's cue, a team's town typed a place or a person that plays
is typed ORG first, as ``county_teams`` does for counties: a score or a number right after it
("2. Brisbane 38"), or a match verb beside it ("Sydney held off Collingwood"), with no
preposition of place before it ("rain in Brisbane", "a Test in Brisbane" stay the city); a
dateline ("SYDNEY 1996-07-21", "SYDNEY, Aug 18") is no team even where NER typed it ORG, and a
town that hosts ("Sydney hosted the grand final") stays the city.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Mapping
from functools import cache
from itertools import pairwise
from typing import Any

from briefx.normalize.names import title_case
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.county_teams import plays
from briefx.resources import read_jsonl

# a score: "22-12", "104-98", an Australian rules score "14.12 (96)"
SCORE = re.compile(r"(?<![\d.-])\d{1,3} ?[-–] ?\d{1,3}(?![\d-])|\b\d{1,2}\.\d{1,2} \(\d{1,3}\)")
SEPARATOR = re.compile(r"[\n;]")  # a result line ends at a line break or a semicolon
SIDE_NUMBER = re.compile(r"[ \t]+\d")  # a number right after a side ("Canberra 24 ...")
# a dateline after a town in capitals ("SYDNEY 1996-08-18", "SYDNEY, Aug 18", "SYDNEY (Reuters)")
DATELINE = re.compile(
    r"[ \t]*(?:\(|[ \t]\d{4}\b|,[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
# "Sydney hosted the grand final": a host is as often the city as the team
HOST = re.compile(r"[ \t]+host|\bhost(?:s|ed)?[ \t]+$")

# the leagues of ``sports_teams.jsonl`` whose teams' older titles this table has: their cues are
# that table's (``leagues._reported_leagues``)
MAJORS = frozenset(
    {
        "National Basketball Association",
        "National Hockey League",
        "Major League Baseball",
        "National Football League",
    }
)
Team = tuple[str, str, int | None, int | None]  # league, title, first season, last season


@cache
def _table() -> tuple[dict[str, tuple[dict[str, str], tuple[str, ...]]], dict[str, list[Team]]]:
    """(league -> (acronym -> title, cue phrases), alias -> teams), read once."""
    cues: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {}
    by_alias: dict[str, list[Team]] = defaultdict(list)
    for r in read_jsonl("sports_teams_more.jsonl"):
        league = str(r["league"])
        if "cues" in r:
            cues[league] = (dict(r["acronyms"]), tuple(r["cues"]))
            continue
        first, last = r.get("first"), r.get("last")
        team = (league, str(r["name"]), int(first) if first else None, int(last) if last else None)
        for alias in r["aliases"]:
            by_alias[str(alias)].append(team)
    return cues, dict(by_alias)


def _teams(alias: str, year: int | None) -> list[Team]:
    """The teams that bore ``alias`` in season ``year`` (None: today's teams)."""
    out = []
    for team in _table()[1].get(alias, ()):
        _, _, first, last = team
        if year is None:
            if last is None:
                out.append(team)
        elif (first is None or first <= year) and (last is None or year <= last):
            out.append(team)
    return out


def _cued(text: str, low: str, phrase: str) -> bool:
    """True where the lower-case text writes ``phrase`` as words of its own, not the tail of a
    longer capitalised name ("Chinese Super League", "New Zealand National Basketball League")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", low):
        before = re.search(r"([\w'’.-]+)[ \t]+$", text[max(0, m.start() - 30) : m.start()])
        if not (before and before.group(1)[:1].isupper() and before.group(1).lower() != "the"):
            return True
    return False


def _cued_leagues(text: str) -> tuple[set[str], set[str]]:
    """(the leagues the text cues, those it cues by a phrase, not by an acronym alone)."""
    low = text.lower()
    out, worded = set(), set()
    for league, (acronyms, phrases) in _table()[0].items():
        if any(_cued(text, low, p) for p in phrases):
            out.add(league)
            worded.add(league)
        elif any(re.search(rf"(?<![\w-]){a}(?![\w-])", text) for a in acronyms):
            out.add(league)
    return out, worded


def _acronyms(text: str, ents: list[Ent], leagues: set[str]) -> None:
    """A league's acronym typed ORG ("CFL", "ARL") is the body it stands for where the text
    reports the league by more than the acronym: a phrase of it, or a team of it titled ("AFL"
    alone may be the AFL-CIO's short name)."""
    for league in leagues & _table()[0].keys():
        for e in ents:
            acronym = text[e.start : e.end]
            if e.type == "ORG" and e.name == acronym:
                title = _table()[0][league][0].get(acronym)
                e.name = title or e.name


def _word(text: str, e: Ent) -> str:
    word = text[e.start : e.end]
    return title_case(word) if word.isupper() and len(word) > 3 else word


def _segments(text: str, sides: list[Ent]) -> list[list[Ent]]:
    """The sides grouped by the line or clause between semicolons each lies in (one scan of the
    text and a bisect per side, not a scan of the sides per line)."""
    cuts = [m.start() for m in SEPARATOR.finditer(text)]
    groups: dict[int, list[Ent]] = defaultdict(list)
    for e in sides:
        groups[bisect_left(cuts, e.start)].append(e)
    return [g for g in groups.values() if len(g) >= 2]


def _met_leagues(
    text: str, sides: list[Ent], year: int | None, majors: Mapping[str, Mapping[str, Any]]
) -> set[str]:
    """Leagues two of whose sides meet in a result line, where no other league has both
    (``majors``: alias -> the leagues of ``sports_teams.jsonl`` that have it)."""
    out: set[str] = set()
    for inside in _segments(text, sides):
        start, end = min(e.start for e in inside), max(e.end for e in inside)
        cut = SEPARATOR.search(text, end)
        if not SCORE.search(text, start, cut.start() if cut else len(text)):
            numbered = [e for e in inside if SIDE_NUMBER.match(text, e.end)]
            if len(numbered) < 2:
                continue
            inside = numbered
        words = [_word(text, e) for e in inside]
        leagues = [{t[0] for t in _teams(w, year)} for w in words]
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                if words[i] == words[j]:
                    continue
                both = leagues[i] & leagues[j]
                theirs = majors.get(words[i], {}).keys() & majors.get(words[j], {}).keys()
                if len(both) == 1 and not theirs and not both & MAJORS:
                    out |= both
    return out


def _dateline(text: str, e: Ent) -> bool:
    """A town in capitals at a line's start that a date or "(" follows: a dateline."""
    return (
        text[e.start : e.end].isupper()
        and (e.start == 0 or text[e.start - 1] == "\n")
        and bool(DATELINE.match(text, e.end))
    )


def _place_sides(text: str, ents: list[Ent], leagues: set[str], year: int | None) -> None:
    """Type ORG a team's town typed a place or a person that plays (see above)."""
    for e in ents:
        if e.type not in ("GPE", "LOC", "PERSON"):
            continue
        word = _word(text, e)
        if not any(t[0] in leagues for t in _teams(word, year)):
            continue
        if _dateline(text, e) or not plays(text, e):
            continue
        if HOST.match(text, e.end) or HOST.search(text, max(0, e.start - 12), e.start):
            continue
        e.type, e.fixed, e.name = "ORG", True, word
        e.tags.add("franchise_team")  # no later vote makes it a place again


@cache
def _league_titles() -> frozenset[str]:
    cues = _table()[0]
    return frozenset(cues) | {t for acronyms, _ in cues.values() for t in acronyms.values()}


def _league_spans(text: str, ents: list[Ent]) -> None:
    """A league's title NER cut in two ("Australian" NORP, "Football League" ORG) is one ORG
    mention again."""
    order = sorted(ents, key=lambda x: x.start)
    for a, b in pairwise(order):
        whole = text[a.start : b.end]
        if whole in _league_titles() and not text[a.end : b.start].strip():
            b.start, b.type, b.name, b.fixed = a.start, "ORG", whole, True
            ents.remove(a)


def franchise_teams(
    text: str,
    ents: list[Ent],
    year: int | None,
    majors_named: Collection[str] = (),
    majors: Mapping[str, Mapping[str, Collection[str]]] | None = None,
) -> None:
    """Name the teams of the leagues the document reports (see above) by their titles of the
    season ``year`` (the document's reference year; None: today's teams). ``majors_named``:
    the leagues of ``sports_teams.jsonl`` the document reports; ``majors``: alias -> (such a
    league -> its titles); a team of those leagues the table gives an older title for that
    season takes it ("Oakland" in 1996 NFL copy: the Las Vegas Raiders, the article's title)."""
    majors = majors or {}
    aliases = _table()[1]
    if not any(_word(text, e) in aliases for e in ents):
        return
    cued, worded = _cued_leagues(text)
    if cued:
        _league_spans(text, ents)
        _place_sides(text, ents, cued, year)
    sides = [
        e
        for e in ents
        if e.type == "ORG"
        and "county_team" not in e.tags
        and _word(text, e) in aliases
        and (
            e.name in (text[e.start : e.end], _word(text, e))
            or any(e.name in t for t in majors.get(_word(text, e), {}).values())
        )
        and not _dateline(text, e)
    ]
    if not sides:
        return
    reported = cued | _met_leagues(text, sides, year, majors) | set(majors_named)
    for e in sides:
        word = _word(text, e)
        titles: set[str] = set()
        for league in reported:
            mine = {t[1] for t in _teams(word, year) if t[0] == league}
            titles |= mine or set(majors.get(word, {}).get(league, ()))
        if len(titles) == 1 and (title := next(iter(titles))) != e.name:
            e.name = title
            e.tags.add("franchise_team")
            worded |= {t[0] for t in _teams(word, year) if t[1] == title}
    _acronyms(text, ents, worded)
