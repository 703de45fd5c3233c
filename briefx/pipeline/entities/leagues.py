"""Teams of a professional league by the short names sports copy gives them: in a document that
names the league ("NBA", "National Basketball Association"), a mention typed ORG whose words are
one team's place or nickname in it ("Boston", "PHILADELPHIA", "Golden State", "Spurs") is that
team, named by its English Wikipedia title ("Boston Celtics"). The table is
``models/sports_teams.jsonl`` (derived by ``scripts/derive_sports_teams.py``); a place two teams
share ("Los Angeles") names neither. Runs after ``sports.teams``, which types the sides of a match.

Session 37 (teams37): the table has Major League Baseball's and the National Football League's
teams too (``mayleasports``). A text that writes "baseball" reports the MLB (the one major league
of the sport), as a text naming the league does. A place two teams of one league share ("New
York", "Chicago", "Los Angeles") is the team of the conference the text names nearest before the
mention ("AMERICAN LEAGUE" over a standings table: the Yankees), or of the one conference the
text names; with none named it keeps its name. A county's team (``county_teams``) is no
league's.

British football clubs: English Wikipedia titles a club of England, Scotland, Wales or Northern
Ireland by its name with "F.C." (WP:NCSPORT: "Everton F.C.", "Manchester City F.C."). In sports
copy from Britain (a place the gazetteer puts in Great Britain is named: a "LONDON" dateline), a
side of a match whose name holds no larger place abroad ("Real Madrid", "Bayern Munich"), no
club suffix of its own ("AFC Bournemouth") and is no acronym takes " F.C.". A side named by a
British town alone is left as written: the town stands for its club ("Leeds" for Leeds United,
"Stoke" for Stoke City) as often as it is the club's name ("Fulham"), and which is which needs a
table of clubs that no installable package has.

Session 22: the convention holds for British football copy only, which is sports copy that names
a national competition of England or Scotland ("Premier League", "Scottish Cup";
``entity_forms.jsonl`` kind ``british_football``), or writes a club's full name with "F.C.",
"FC" or "Football Club", or comes from Britain and uses a word only football uses ("striker",
"stoppage time"; kind ``football_word``) or none of another sport's (kind ``other_sport_word``:
"wickets", "fly-half"): rugby clubs and cricket counties in copy from Britain ("Bath",
"Lancashire") keep their names. In such copy a town alone is named like any club
("Fulham" -> "Fulham F.C."; "Leeds" short for "Leeds United" took that name from the document
before, in ``sports.short_forms``): the town is the club's name as often as it stands for a
longer one, and a short form left bare is wrong either way.

Session 42 (clubs42): the title is the club table's where it knows the club
(``club_titles.british_title``: "Hearts" -> "Heart of Midlothian F.C.", "Sunderland" ->
"Sunderland A.F.C.", "Wolves" -> "Wolverhampton Wanderers F.C.", a 1996 "Airdrieonians" ->
"Airdrieonians F.C. (1878)"); else " F.C." after the name only where ``clubs.jsonl`` knows the
club as British (its whole name, or the full name its town opens); a name neither table knows
keeps its written name, as the suffix would be a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from briefx.normalize.names import (
    ACRONYM,
    aliases,
    form_words,
    lookup_company,
    place_pop,
    title_case,
    world_places,
)
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.club_titles import british_title, copy_sport, title_clubs
from briefx.pipeline.entities.clubs import club_countries, club_league, town_club
from briefx.pipeline.entities.county_teams import county_teams, county_titles
from briefx.pipeline.entities.franchises import franchise_teams
from briefx.resources import read_jsonl

GB = "GB"  # the ISO 3166 code of the United Kingdom in the gazetteer
CLUB_SUFFIX = re.compile(r"(?:^|\s)(?:A\.?F\.?C|F\.?C|C\.?F|S\.?C)\.?(?:\s|$)")
# a club's full name as its title writes it ("Leeds United F.C.", "Hibernian FC", "Celtic
# Football Club")
FULL_CLUB = re.compile(r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)* (?:F\.C\.|FC\b|Football Club\b)")


@cache
def league_teams() -> dict[str, dict[str, str]]:
    """Return league name -> (alias -> team title), read once; an alias two teams of the league
    share is in ``conference_teams``."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for r in read_jsonl("sports_teams.jsonl"):
        if "conference" not in r:
            out[str(r["league"])][str(r["alias"])] = str(r["name"])
    return dict(out)


@cache
def conference_teams() -> dict[str, dict[str, dict[str, str]]]:
    """Return league name -> (alias -> (conference -> team title)) for a place two teams of a
    league share ("New York": the Yankees of the American League, the Mets of the National)."""
    out: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for r in read_jsonl("sports_teams.jsonl"):
        if "conference" in r:
            out[str(r["league"])][str(r["alias"])][str(r["conference"])] = str(r["name"])
    return {league: dict(by) for league, by in out.items()}


@cache
def league_sports() -> dict[str, str]:
    """Return sport word -> league name, for a league that a text writing its sport's name
    reports ("baseball": Major League Baseball; ``scripts/derive_sports_teams.py``)."""
    return {
        str(r["sport"]): str(r["league"]) for r in read_jsonl("sports_teams.jsonl") if "sport" in r
    }


def _reported_leagues(text: str, ents: list[Ent]) -> list[str]:
    """The leagues a document reports: named by an ORG mention ("NBA", "National Hockey
    League"), or by the name of a sport that one league has ("baseball")."""
    named = {e.name for e in ents} & (league_teams().keys() | conference_teams().keys())
    low = text.lower()
    for word, league in league_sports().items():
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low):
            named.add(league)
    return sorted(named)


def _conference_team(at: int, choices: dict[str, str], named: dict[str, list[int]]) -> str | None:
    """The team of the conference the text names nearest before ``at`` ("AMERICAN LEAGUE" over
    a standings table), else of the one conference the text names; else none. ``named``: where
    the text names each conference (``_conference_offsets``)."""
    best: tuple[int, str] | None = None
    for conference in choices:
        offsets = named[conference]
        i = bisect_left(offsets, at)
        if i and (best is None or offsets[i - 1] > best[0]):
            best = (offsets[i - 1], conference)
    if best:
        return choices[best[1]]
    anywhere = [c for c in choices if named[c]]
    return choices[anywhere[0]] if len(anywhere) == 1 else None


def _conference_offsets(low: str, conferences: Iterable[str], named: dict[str, list[int]]) -> None:
    """Add to ``named`` where the lower-case text names each conference not read yet: one scan
    of the text per conference and document, not per mention."""
    for conference in conferences:
        if conference not in named:
            named[conference] = [m.start() for m in re.finditer(re.escape(conference.lower()), low)]


def _top_country(name: str) -> tuple[str, int] | None:
    rows = [r for r in world_places().get(name, ()) if r["kind"] == "city"]
    if not rows:
        return None
    top = max(rows, key=lambda r: int(str(r["pop"])))
    return str(top["country"]), int(str(top["pop"]))


def _british(ents: list[Ent]) -> bool:
    uk = aliases()["UK"][0]
    for e in ents:
        if e.type == "GPE" and (e.name == uk or (_top_country(e.name) or ("", 0))[0] == GB):
            return True
    return False


def _phrases(text: str, kind: str) -> bool:
    """True where the text writes a phrase of ``entity_forms`` kind ``kind`` as words of their
    own, not the tail of a longer name ("Indian Premier League" is no English league)."""
    low = text.lower()
    words = form_words(kind)
    for phrase in words:
        for mt in re.finditer(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", low):
            before = re.search(r"([\w'’.-]+)[ \t]+$", text[max(0, mt.start() - 30) : mt.start()])
            if before and before.group(1)[:1].isupper() and before.group(1).lower() != "the":
                longer = f"{before.group(1).lower()} {phrase}"
                if longer not in words:
                    continue
            return True
    return False


def football_copy(text: str) -> bool:
    """True for sports copy that may be football's: it writes a word only football uses, or
    none of another sport's ("basketball", "handball", "wickets"; session 39)."""
    return _phrases(text, "football_word") or not _phrases(text, "other_sport_word")


def british_football(text: str, ents: list[Ent]) -> bool:
    """True for British football copy (see above)."""
    if _phrases(text, "british_football") or FULL_CLUB.search(text):
        return True
    if not _british(ents):
        return False
    return football_copy(text)


def _club(e: Ent) -> bool:
    """A side the sports rules found: read off a match, a role or a table ("team"), or a name
    NER typed ORG that plays ("side") and is no firm of the company table ("Airbus won orders"
    in a text with "777-9"), unless named like a club, after a place or with a club's last word
    ("Hull", "Sheffield United")."""
    if e.type != "ORG" or not e.tags & {"team", "side"}:
        return False
    words = e.name.split()
    return (
        "team" in e.tags
        or not lookup_company(e.name)
        or place_pop(words[0]) >= 0
        or words[-1].lower() in form_words("club_tail")
    )


def full_names(ents: list[Ent]) -> None:
    """A club the sports copy names in full lends that name to its one-word mentions ("Leeds"
    after "Leeds United", "Betis" after "Real Betis"), where the word is in exactly one club's
    longer name and is no club's last word ("City" of two clubs; ``club_tail``)."""
    tails = form_words("club_tail")
    owners: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        words = e.name.split()
        if _club(e) and len(words) >= 2 and not CLUB_SUFFIX.search(e.name):
            for w in words:
                if len(w) > 2 and w.lower() not in tails and w[:1].isupper():
                    owners[w].add(e.name)
    for e in ents:
        if _club(e) and " " not in e.name and len(owners.get(e.name, ())) == 1:
            e.name = next(iter(owners[e.name]))


def _full_name(name: str, leagues: frozenset[str]) -> str:
    """A British side named by its town alone takes the full name of the one senior British
    club of ``clubs.jsonl`` the town opens ("Leeds" -> "Leeds United", "Derby" -> "Derby
    County"); where the table gives several ("Newcastle": United, Jets of Australia, Town with
    no competition), the British ones with a competition count, and among several of those the
    one in a competition (``leagues``) of another club the document names; else the name as
    written (session 36, clubs23)."""
    full = town_club(name, GB, leagues)
    # FBref's names are lower case; a club's title capitalises each word ("Preston North End",
    # "Brighton & Hove Albion")
    return " ".join(w[:1].upper() + w[1:] for w in full.split()) if full else name


def _british_sides(text: str, sides: list[Ent]) -> bool:
    """Football copy whose sides the club table knows as British clubs only: two sides or more
    it knows, each of them (by its whole name or the clubs its town opens) a club of Great
    Britain, and no other sport's word in the text ("Leeds beat Blackburn 2-1", with no British
    competition or place named; session 36, clubs23); or one side it knows by its whole name
    as a British club only, in copy that writes a word only football uses ("Newcastle United
    signed the midfielder from Porto"; session 39)."""
    if _phrases(text, "other_sport_word"):
        return False
    known = {e.name: c for e in sides if (c := club_countries(e.name))}
    if len(known) >= 2 and all(GB in c for c in known.values()):
        return True
    # one side the table knows by its whole name as a British club only ("Chelsea", "Preston
    # North End"), in copy with a word only football uses ("midfielder"), beside sides abroad
    # or none (session 39, sportclubs39)
    return any(club_countries(e.name, whole=True) == {GB} for e in sides) and _phrases(
        text, "football_word"
    )


def british_clubs(ents: list[Ent], text: str = "", year: int | None = None) -> None:
    """Sides of a match in British football copy take their title (see above); so does
    every other mention NER typed ORG with the same name. The title is the club table's
    (``club_titles.british_title``, of the season ``year``: "Hearts" -> "Heart of Midlothian
    F.C.", "Sunderland" -> "Sunderland A.F.C."); a club it lacks takes " F.C." only where
    ``clubs.jsonl`` knows it as a British club (by its whole name, or the full name its town
    opens); a name neither knows keeps its written name, since the suffix would be a guess
    ("Wolves F.C.", "Raith F.C." were; session 42, clubs42)."""
    sides = [e for e in ents if _club(e)]
    if not sides or not (british_football(text, ents) or _british_sides(text, sides)):
        return
    titled: dict[str, str] = {}
    leagues = frozenset(league for e in ents if e.type == "ORG" and (league := club_league(e.name)))
    for e in sides:
        if "club_title" in e.tags:  # a club abroad, titled by the club table (club_titles)
            continue
        if e.name in county_titles():  # a county's team, titled already (county_teams)
            continue
        title = british_title(e.name, year)
        if title:
            titled[e.name] = title
            continue
        if CLUB_SUFFIX.search(e.name) or ACRONYM.match(e.name) or e.name in aliases():
            continue
        full = _full_name(e.name, leagues)
        # a club the table knows by this whole name in another country only is no British club
        # ("Molde" in British copy); a town the table knows a British club by is no place abroad
        # ("Newcastle", which the gazetteer knows as the Australian city)
        if club_countries(e.name, whole=True) - {GB}:
            continue
        title = british_title(full, year)
        if title:
            titled[e.name] = title
        elif full != e.name or GB in club_countries(e.name, whole=True):
            titled[e.name] = full + " F.C."
    if titled:
        # the copy's other ORG mentions that the table knows by their whole name are its clubs
        # too, where no layout made them a side ("Hibs manager Tom Carr said ... a defeat by
        # Hearts"), as club_titles does for clubs abroad
        for e in ents:
            if (
                e.type == "ORG"
                and e.name not in titled
                and "club_title" not in e.tags
                and e.name not in county_titles()
                and (title := british_title(e.name, year))
            ):
                titled[e.name] = title
    for e in ents:
        if e.type == "ORG" and e.name in titled:
            e.name = titled[e.name]


def team_names(text: str, ents: list[Ent], year: int | None = None) -> list[Ent]:
    """Name the league's teams among the ORG mentions of a document that names the league,
    county teams of Gaelic games and county cricket by their titles, British clubs by their
    "F.C." titles, and the teams of other franchise leagues by their titles of the season
    ``year`` (the document's reference year; ``franchises``)."""
    majors = _named_teams(text, ents, year)
    franchise_teams(text, ents, year, majors, _major_aliases())
    return ents


@cache
def _major_aliases() -> dict[str, dict[str, frozenset[str]]]:
    """alias -> (league of ``sports_teams.jsonl`` -> the titles of its teams the alias names):
    two sides one league has both of report no league of ``franchises`` ("Toronto 4 Montreal
    2" is an NHL line too), and a team's older title replaces today's only in its league."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for league, table in league_teams().items():
        for alias, name in table.items():
            out[alias][league].add(name)
    for league, shared in conference_teams().items():
        for alias, by_conference in shared.items():
            out[alias][league] |= set(by_conference.values())
    return {a: {k: frozenset(v) for k, v in by.items()} for a, by in out.items()}


def _named_teams(text: str, ents: list[Ent], year: int | None = None) -> set[str]:
    """Name the teams of the leagues of ``sports_teams.jsonl`` the document reports (see
    ``team_names``); return those leagues."""
    if any(_club(e) for e in ents):
        full_names(ents)
    county_teams(text, ents)  # "Kerry" in Gaelic games copy, "Yorkshire" in county cricket
    if any(_club(e) for e in ents):
        sport = copy_sport(text)  # handball, ice hockey, basketball, rugby union (or none)
        if sport:
            title_clubs(ents, _club, sport)  # "Kiel" in handball -> "THW Kiel"
        elif football_copy(text):
            title_clubs(ents, _club)  # "Bayern Munich" -> "FC Bayern Munich"
    british_clubs(ents, text, year)
    leagues, shared = league_teams(), conference_teams()
    named = _reported_leagues(text, ents)
    if not named:
        return set()
    table: dict[str, str] = {}
    choices: dict[str, dict[str, str]] = {}
    for league in named:
        for alias, name in leagues.get(league, {}).items():
            table.setdefault(alias, name)
        for alias, by_conference in shared.get(league, {}).items():
            choices.setdefault(alias, by_conference)
    low: str | None = None  # the lower-case text, made where a shared place asks for it
    conferences: dict[str, list[int]] = {}  # conference -> where the text names it
    for e in ents:
        if e.type != "ORG" or "county_team" in e.tags:
            continue
        word = text[e.start : e.end]
        if word.isupper():
            word = title_case(word)  # "GOLDEN STATE"
        team = table.get(word) or table.get(e.name)
        if not team and word in choices:
            low = low if low is not None else text.lower()
            _conference_offsets(low, choices[word], conferences)
            team = _conference_team(e.start, choices[word], conferences)
        if team:
            e.name = team
    return set(named)
