"""Teams and players in sports copy, read off the structure of the text (and, session 28, off
the club tables of ``entities.clubs`` where a sentence is about sport): a club named after its
city is an ORG where the text makes it play, a national team named by its country stays the
country (GPE), a name with its country in brackets in a result list is a player
(ANNOTATION.md: clubs are ORG; eval/README.md: national teams are GPE).

``teams(doc, ents)`` runs after the document-level linking (``coref.link_names``), so that its
one-type-per-name vote, which rightly makes "Barcelona" one place in a travel story, does not
undo what the match says. In order:

1. Players: "Jannik Sinner (Italy)", "Tommy Fleetwood (Britain)": two to four capitalised words
   right before a country in brackets are a PERSON (result lists of tennis, golf, athletics),
   unless a word of them is a large city ("Rapid Vienna (Austria)") or NER made an ORG of them
   that reads as no person's name or has no result after the bracket; "Iga Roe of Poland" and
   "Kenya's Jomo Ruto" too. Every other mention of such a name is that player. Then the rows:
   a team after the player's country ("(Germany) Ferrari 1:28:15"), cricket scorecard rows
   ("Roe c Lee b Kahn 45": people) and scorers lines ("Scorers: Leeds - Ann Roe 2").
2. Result lines: a line that is only "Name N Name N" (a score, "(Country)" allowed after each
   name) or "Name N N N N ..." (a league table row) names teams: a country (``places.jsonl``
   kind country, or a home nation of ``entity_forms.jsonl`` kind ``sport_nation``) is GPE,
   anything else ORG. A table row of a player NER typed PERSON (no word of it a place) stays.
3. Matches: in a sentence with a score ("2-1", "3-0"), a name right before a match verb
   ("beat", "drew", "lost"; ``entity_forms.jsonl`` kind ``match_verb``) or right after one (a
   score and "with"/"to"/"at"/"against"/"by" between allowed) is a team (session 21: also in a
   sentence with no score where the verb stands between two names, "Miami lost to Cleveland",
   or "against"/"v" comes before a name; and the opponent a club travels to, visits or
   welcomes, "Leeds travel to Coventry", ``visits``): a city or region there is an ORG, a country stays GPE, a person's full name stays a person ("Sinner beat
   Ruud 6-4"), and so does the surname of one ("HOLM WINS AGAIN" after "Anna Holm").
4. Roles: a city, or a one-word name no person has, right before a team role ("Leeds manager",
   "McLaren team principal") or its followers ("Braga fans", session 21) is the club; so is the club a player moves from or to ("signed
   from Hull", "joined Porto").
5. Names by form (session 6): a league ("Serie A", "Bundesliga", "Premier League") is ORG, a
   cup or championship ("FA Cup", "Six Nations") EVENT, a stadium ("Stade de France") FAC
   (``entity_words.jsonl`` kinds ``league_word``, ``competition_tail``, ``venue_word``); a name
   typed a place that holds a big city's name but is no place is a club ("Manchester City",
   "Bayern Munich"); a word of one club's longer name stands for it ("Stuttgart" after "VfB
   Stuttgart", "City" after "Manchester City"), and so does a nickname built from a word of it
   or its initials ("Wolves", "Spurs", "Gladbach", "PSG"; ``nicknames``, session 15).
Session 27: a result inside a line ("Basketball: Houston 112, Portland 104.", cricket's "Surrey
   312 and 45-2; Kent 280"; ``inline_results``) names two towns as teams where the line has a
   word of sport (a sport's name of ``sport_words.jsonl`` from WordNet, a team's role, a
   league): a temperature or a vote count stays the places; a town either side of "v" makes
   sports copy with no score ("Brentford v Fulham"), and so the sides; a club "at home to" or
   "away to" another names it (``visits``).
Session 28: clubs and teams by knowledge (``known_clubs``): in a sentence about sport (a
   sport's word, a result verb before its opponent, a score read as a result, a player's role
   next to a name, a league or cup), a mention typed a place whose text a club table knows
   ("Leverkusen's goalkeeper", "Valencia sacked coach X after a 3-0 defeat") is the club; a
   dateline, "in X", "born in", "the port of X", "X-based", a route's ends and a town listed
   with other towns stay places. Such a sentence makes sports copy.
Session 29 (teams16): teams no club table knows, by the role the text gives them. A sports
   report's headline ("CRICKET - COUNTY SCORES"), the intro of a list ("Results of ...
   matches:") or a league's acronym ("NFL:") makes its lines sport's; cricket and Australian
   rules scores inline ("Essex 412-8 dec. Kent 145-3", "Geelong 15.12 (102)"), a score between
   the sides ("Stockport 3-0 Crewe"), columns set apart by tabs, a record in brackets
   ("Kansas City (5-1)"), a list of fixtures ("Texas at Baltimore"), a result in prose
   ("Essex's victory over Kent", "Durham are at home to Sussex"), names listed with a team,
   and a town's possessive before a player ("Colorado's Larry Walker") make teams; both
   sides of one result are of one kind. The place stays where the text uses it
   (``_place_use``): a venue after a result or in brackets after a fixture, a ground's label
   before a result ("Leicester: Leicestershire beat Somerset"), "X-based", "X mayor", "the
   centre of X", the place a verb of motion reaches, a list after "in".
6. One team, one type: every other mention of a team's words (in a capital line too:
   "BARCELONA HELD AT SEVILLE") is that team, except a dateline ("MADRID 2026-03-15"), which
   is where the story was filed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from functools import cache
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from briefx.normalize.dates.lexicon import WEEKDAYS
from briefx.normalize.names import (
    dateline_name,
    entity_words,
    fac_heads,
    is_surname,
    lookup_alias,
    person_styles,
    place_kinds,
    place_pop,
)
from briefx.pipeline._util import longest_first, text_of
from briefx.pipeline.coref import Covered, Ent, surnames
from briefx.pipeline.coref.evidence import AGE_AFTER, SAID_HE
from briefx.pipeline.entities.club_titles import titled_club
from briefx.pipeline.entities.clubs import known_club
from briefx.pipeline.entities.forms import form_words, legal_forms
from briefx.pipeline.entities.leagues import league_teams
from briefx.pipeline.entities.places import motion_words
from briefx.pipeline.entities.spans import dateline_spans
from briefx.resources import number_words, read_jsonl, table_index

WORD = r"[A-Z][\w'’.&-]*"
NAME = rf"{WORD}(?: (?:de|del|da|and|&|{WORD}))*"
SIDE = r"[A-Z][\w'’&-]*(?: (?:de|del|da|[A-Z][\w'’&-]*)){0,3}"  # a side's name: no list
BRACKET = r"(?: \( ?[^()\n]{2,30}? ?\))?"  # "(Austria)", tokenized "( Austria )"
# the rest of a result line after its full stop ("Leeds 2 Hull 1. Halftime 1-0. Attendance
# 8,000", session 29)
LINE_REST = r"(?:[ \t]?\.(?:[ \t]+[A-Z][^\n]*)?)?"
# (columns may be set apart by tabs or several spaces, "Leeds\t2\tHull\t1", session 29)
GAP = r"(?: +|\t[ \t]*)"
SCORE_LINE = re.compile(
    rf"(?m)^[ \t]*({NAME}){BRACKET}{GAP}(\d{{1,3}}){GAP}({NAME}){BRACKET}{GAP}(\d{{1,3}})"
    rf"(?: \([\w .-]{{1,25}}\))?{LINE_REST}[ \t]*$"  # "(halftime 1-0)", "(OT)", "(aet)" may follow
)
# A result inside a line (session 27): two places, each with its score, at a clause's start and
# up to its end ("NBA: Houston 112, Portland 104.", "Rugby: Leicester 24 Bath 19."); a cricket
# score may carry its wickets and a second innings ("Surrey 312 and 45-2; Kent 280")
# (session 29: "412-8 dec." closes its own sentence; an innings may carry its bowlers' figures
# in brackets, "174 (A. Roe 4-38)"; Australian rules gives goals, behinds and points, "15.12
# (102)")
INNINGS = r"\d{1,3}(?:[-/]\d{1,2})?(?: dec\b\.?)?"
FIGURES = r"(?: \([^()\n]{1,60}\))?"
RUNS = rf"(?:\d{{1,2}}\.\d{{1,2}} \(\d{{1,3}}\)|{INNINGS}{FIGURES}(?: and {INNINGS}{FIGURES})?)"
INLINE_SCORE = re.compile(
    # (tokenized wire copy sets a space before its commas and stops: "214 , Kent 108-3 .")
    rf"(?:^|(?<=[:.;!?] )|(?<=\n))({NAME}) ({RUNS}) ?[,;.]? ({NAME}) ({RUNS})"
    r"(?= ?[.;]?[ \t]*$| ?[.;]?[ \t]+[A-Z]| ?[.;,])",
    re.MULTILINE,
)
# 23, .561, 6-4, 1/2, "-"; a streak, "W3", "L1" (session 29)
CELL = r"(?:\d{1,4}(?:[./-]\d{1,4})?|\.\d{1,4}|[-–]|[WLDT]\d{1,2})"
TABLE_LINE = re.compile(
    # (a clinching mark before the name, "x-Boston", "z-TORONTO", session 29)
    rf"(?m)^[ \t]*(?:\d{{1,2}}[.)]?{GAP})?(?:[a-z]{{1,2}}-)?({NAME}){BRACKET}(?:{GAP}{CELL}){{4,}}"
    r"[ \t]*$"
)
SCORE = re.compile(
    r"(?<![\d/-])\d{1,3}[-–]\d{1,3}(?![\d/-]| ?(?:percent|%|per\b))"
)  # not "6-1/2", "5-7 percent"
# a score NER ran into a name ("Wimbledon 2-0"), or the goal counts around one in a result
# line ("0 Leeds 0"); a bare number after a name is left alone ("Boeing 737", "Falcon 9")
# (session 29: Australian rules' goals and behinds, "Geelong 15.12")
TRAILING_SCORE = re.compile(r"[ \t]+(?:\d{1,3}[-–]\d{1,3}|\d{1,2}\.\d{1,2})$")
BETWEEN_COUNTS = re.compile(r"^\d{1,3}[ \t]+(\S.*?)[ \t]+\d{1,3}$")
SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+|$)", re.MULTILINE)
SENTENCE_END = re.compile(r"[.!?]+|\n|\Z")


def _sentence_at(text: str, i: int) -> tuple[int, int]:
    """The span of the ``SENTENCE`` that holds position ``i`` (found around it, not by reading
    the text from its start)."""
    lo = max(text.rfind(c, 0, i) for c in ".!?\n") + 1
    end = SENTENCE_END.search(text, i)
    return lo, end.end() if end and end.group(0) != "\n" else (end.start() if end else len(text))


PLAYER = re.compile(rf"((?:{WORD}|van|von|de|der|da|di|le|la|bin)(?: (?:{WORD}|van|von|de|der|da|di|le|la|bin)){{1,3}}) \( ?([^()\n]{{2,30}}?) ?\)")  # fmt: skip
# "Iga Roe of Poland", "Kenya's Jomo Ruto": a name next to its country in sports copy
OF_NATION = re.compile(rf"(?<![\w'’-])({WORD}(?: {WORD}){{1,2}}) of (?:the )?({NAME})")
NATION_S = re.compile(rf"({NAME})['’]s ({WORD}(?: {WORD}){{1,2}})(?![\w'’-])")
# the same with a surname alone, the wire's way with a player named before (session 32,
# sides20): "Nakamura of Japan", "Ethiopia's Bekele"; no capitalised word next to it on the
# name's side ("Bank of Japan" is an English word, "Prime Minister" two words)
SURNAME = r"[A-Z][a-z][\w'’-]*"
NATION = r"[A-Z][\w&-]*(?:\.[A-Z]\.|(?: [A-Z][\w&-]*){0,2})"  # "U.S.", "New Zealand"
ONE_OF_NATION = re.compile(rf"(?<![\w'’.&-])({SURNAME}) of (?:the )?({NATION})(?![\w'’-])")
ONE_NATION_S = re.compile(rf"(?<![\w'’.&-])({NATION})['’]s ({SURNAME})(?![\w'’-]| [A-Z])")
# "Kovalenko (Ukraine)": one word before its country in brackets; a longer name is ``PLAYER``'s
ONE_PLAYER = re.compile(rf"(?<![\w'’.&-])({WORD}) \( ?([^()\n]{{2,30}}?) ?\)")
# a capitalised word right before a name: the name is the end of a longer one ("Jannik Sinner")
WORD_BEFORE = re.compile(r"[A-Z][\w'’.&-]* \Z")
# a result by sets or games ("6-3 7-5", "7-6(4), 6-4"), which players give and teams named by
# a town do not (a football score is one, its half-time's in brackets)
SETS = re.compile(r"(?<![\d/.-])\d{1,2}[-–]\d{1,2}(?:\(\d{1,2}\))?,? \d{1,2}[-–]\d{1,2}(?![\d/.-])")
# the head of a ranked row or a leaderboard's: a place or a score, other players before the name
# ("1. Jordan (U.S.) 9.91", "65 Harrington, Lowry (Ireland)", "T3 Roe (Spain)")
ROW_HEAD = re.compile(
    rf"(?m)^[ \t]*(?:[T=]?\d{{1,3}}[.)=]?)[ \t]+(?:{WORD}(?: \([^()\n]{{2,30}}\))?,[ \t]*)*\Z"
)
# "1. Ann Roe (Germany) Velox 1:28:15": a team after the player's country, then the row's
# figures or the line's end
ROW_TEAM = re.compile(rf"(?m){PLAYER.pattern}[ \t]+({NAME})(?=[ \t]*(?:$|[\d(+]))")
# A cricket scorecard row: batsman, how out (caught, stumped, bowled, lbw, run out, not out),
# runs. Names are capitalised words or initials ("A. Roe", "Inzamam-ul-Haq").
CRICKETER = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
SCORECARD = re.compile(
    rf"(?m)^[ \t]*({CRICKETER})[ \t]+(?:(?:c|st)[ \t]+({CRICKETER})[ \t]+b[ \t]+({CRICKETER})"
    rf"|c (?:and|&) b[ \t]+({CRICKETER})|(?:lbw[ \t]+)?b[ \t]+({CRICKETER})"
    rf"|run out(?:[ \t]+\(({CRICKETER})\))?|not out|retired hurt)[ \t]+\d{{1,3}}\*?[ \t]*$"
)
RESULT_AFTER = re.compile(r"[ \t]*$|[ \t]+\d{1,3}(?:[-–:.]\d{1,3})+\b", re.MULTILINE)
# A line of scorers ("Scorers: Leeds - Ann Roe 2, Bo Lee (pen). Hull - ..."): its segments
# open with a player's name, after the team's name and a dash where the line gives one.
SCORERS = re.compile(r"(?m)^[ \t]*(?:Goal)?[Ss]corers?[ \t]*:(.*)$")
PERSON_NAME = rf"{WORD}(?: (?:van|von|de|der|da|di|{WORD})){{0,3}}"
SCORER = re.compile(rf"[ \t]*(?:({NAME})[ \t]+[-–][ \t]+)?({PERSON_NAME})")
# A player's move: "signed from", "bought Ann Roe from", "joined", "joining", "loaned to";
# session 41 (types41): a career's club ("played for", "signed for", "on loan from", "the academy
# at", "coached X", "before moving to X"; not "moves to": "the series moves to the Circuit Gilles
# Villeneuve") and a transfer list's "(from X)"
TRANSFER = re.compile(
    # (a lower-case role before the player's name: "signed striker Tom Roe from", session 22)
    r"\b(?:(?:signed|bought|sold|loaned|transferred|moved)(?:\s+[a-z-]+)?(?:\s+[A-Z][\w'’.-]*){0,4}\s+"
    r"(?:from|to)|join(?:ed|ing|s)?"
    r"|(?:played|plays|playing|signed|signs|signing) for|on loan (?:from|at|to|with)"
    r"|(?:youth ranks|youth team|youth academy|academy|reserves) (?:at|of)"
    r"|coached|coaches|coaching|(?:before|after|then) moving to)"
    r"\s+(?:the\s+)?\Z"
    r"|\(from\s+\Z"
)
# a player's or coach's career before a club (session 41): "played for", "coached", "the
# academy at", "(from"
CAREER = re.compile(
    r"\b(?:(?:played|plays|playing|signed|signs) for|on loan (?:from|at|to|with)"
    r"|(?:youth ranks|youth team|youth academy|academy) (?:at|of)|coached|coaches)"
    r"\s+(?:the\s+)?\Z|\(from\s+\Z"
)


def _career_club(text: str, ents: list[Ent]) -> bool:
    """A club of the club tables after a career's words ("who coached Partizan to three league
    titles", "played for Vojvodina"): sports copy with no score (session 41)."""
    return any(
        CAREER.search(text, max(0, x.start - 40), x.start)
        and known_club(text[x.start : x.end])
        and not is_nation(text[x.start : x.end])
        for x in ents
    )


# a transfer list's line: the club, a dash or a colon, its players, each "(from X)" (session 41)
TRANSFER_LINE = re.compile(
    r"(?m)^[ \t]*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})[ \t]*(?:[-–:])[ \t]+[^\n]*?\(from\b"
)
# "beaten 2-1 by Hull", "drew 0-0 at home to Hull", "lost away to Hull"
PREPS = r"(?:(?:at home|away(?: from home)?)\s+(?:to|at|against|with)|with|to|at|against|over|by|v|vs|versus)"
BIG_CITY = 300_000  # a word of a player's name may be a town ("Fleetwood"), not a big city
TOWN = 15_000  # a name NER typed ORG with a town in it is a club's ("Sporting Braga")


@cache
def _role_after_name() -> re.Pattern[str]:
    roles = "|".join(longest_first(form_words("sport_role")))
    return re.compile(rf"\b[A-Z][\w'’-]+ (?:{roles})\b")


@cache
def _verb_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = "|".join(sorted(form_words("match_verb"), key=len, reverse=True))
    stops = "|".join(sorted((w for w in STOP_WORDS if w.isalpha()), key=len, reverse=True))
    after = re.compile(rf"^\s+(?:(?:have|has|had|were|was)\s+)?(?:{verbs})\b", re.IGNORECASE)
    before = re.compile(
        rf"(?:\b(?:{verbs})(?:\s+{SCORE.pattern})?(?:\s+{PREPS})?|\b(?:against|v|vs|versus))"
        # one lower-case modifier that is no function word: "beat non-league Hull" (not "won
        # in Vancouver", "won their Six Nations opener")
        rf"\s+(?:the\s+)?(?:(?!(?:{stops})\b)(?-i:[a-z][a-z-]+)\s+)?$",
        re.IGNORECASE,
    )
    return after, before


@cache
def _fixture() -> re.Pattern[str]:
    """A verb of a fixture that names its sides with no score ("Leeds host Hull on Saturday",
    "Inter play Parma next week"), read only in sports copy (``entity_forms.jsonl`` kind
    ``fixture_verb``)."""
    verbs = "|".join(sorted(form_words("fixture_verb"), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\b")


@cache
def _flanked() -> re.Pattern[str]:
    """A match verb between two capitalised names, with no score in the sentence ("Miami lost to
    Cleveland", "Nantes beat Rennes"), read only in sports copy; the verbs of a fixture or a
    date ("played Saturday", "held talks", "won Sunday's race") are left out."""
    loose = {"play", "plays", "played", "face", "faces", "faced", "host", "hosts", "hosted",
             "held", "won", "win", "wins"}  # fmt: skip
    verbs = "|".join(longest_first(form_words("match_verb") - loose))
    # "Milwaukee lost at home to Cleveland" (session 22: a place of the match before the object)
    home = r"(?:at home|away(?: from home)?) (?:to|against|with)"
    return re.compile(
        rf"\b[A-Z][\w'’-]+ (?:{verbs})(?: (?:{home}|to|with|against|by))? [A-Z][\w'’-]+"
    )


# "their record against Leicester": a side, where the text has made a team before ("a 6-1
# majority ... builders against Cleveland" in a court report is none)
AGAINST = re.compile(r"\b(?:against|v|vs|versus) [A-Z][\w'’-]+")


@cache
def _visit() -> re.Pattern[str]:
    """A club's fixture verb before its opponent ("Leeds travel to Coventry", "Lyon welcome
    Nantes"; ``entity_forms.jsonl`` kind ``visit_verb``), read where the subject is a club."""
    verbs = "|".join(sorted(form_words("visit_verb"), key=len, reverse=True))
    side = r"(?<![\w'’.-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)"
    # "Seattle is at home to Cleveland", "Leeds are away to Hull" (session 27)
    home = r"(?:is|are|will be|were|was) (?:at home|away) to"
    return re.compile(rf"{side} (?:{verbs}|{home}) {side}")


def visits(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """The opponent a club travels to, visits or welcomes is a club where the subject is one the
    text made a team ("Leeds travel to Coventry on Tuesday"); a country stays, and so does the
    place a side travels to ("the team will travel to Seville": no club before the verb)."""
    at = {(x.start, x.end): x for x in ents}
    for mt in _visit().finditer(text):
        if mt.group(1).lower() not in teams:
            continue
        x = at.get(mt.span(2))
        word = mt.group(2)
        if x is None or x.type not in ("GPE", "LOC") or is_nation(word):
            continue
        x.type, x.fixed, x.name = "ORG", True, _name(word)
        x.tags.add("team")
        teams.setdefault(word.lower(), x.name)


# where a clause starts: a line, a comma or a conjunction ("when Leeds visit Hull")
CLAUSE_START = (
    "(?:^|(?<=[.;:,!?] )|(?<=\\n)|"
    + "|".join(
        rf"(?<=\b{w} )" for w in ("when", "while", "and", "as", "but", "then", "after", "before")
    )
    + ")"
)
SIDE_WORDS = r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2}"
MARGIN = r"by (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?: (?:full |clear )?(?:games?|points?|strokes?|shots?|runs?|wins?|lengths?))?\b"


@cache
def _bare_verbs() -> str:
    """The fixture verbs in their plural form, which only a team named by its town takes
    (``visit_verb``/``fixture_verb`` forms with no "-s" or "-ed": "visit", "host", "travel
    to"), as a pattern's alternatives."""
    bare = {
        w
        for w in form_words("visit_verb") | form_words("fixture_verb")
        if not w.split()[0].endswith(("s", "ed"))
    }
    return "|".join(sorted(bare, key=len, reverse=True))


@cache
def _agreement() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``standing_phrases``: a place before a fixture verb in its plural form
    ("Bristol visit Portsmouth", "Norwich host Ipswich": ``visit_verb``/``fixture_verb`` forms
    with no "-s" or "-ed"); a table verb (``standing_verb``) before a table ("top the Atlantic
    Division"; ``table_word``) or before a side and a margin ("lead Sacramento by three
    games"); the margin; and a side after "and" with a margin of its own ("and Phoenix by six")."""
    plural = re.compile(
        rf"{CLAUSE_START}({SIDE_WORDS}) (?:{_bare_verbs()}) (?:the )?({SIDE_WORDS})(?![\w'’-])",
        re.MULTILINE,
    )
    verbs = "|".join(sorted(form_words("standing_verb"), key=len, reverse=True))
    tables = "|".join(sorted(form_words("table_word"), key=len, reverse=True))
    table = re.compile(
        rf"(?<![\w'’-])({SIDE_WORDS}) (?:{verbs}) (?:the (?:[A-Z][\w-]+ ){{0,3}}"
        rf"(?i:{tables})\b|({SIDE_WORDS}) (?={MARGIN}))"
    )
    return plural, table, re.compile(MARGIN), re.compile(rf",? and ({SIDE_WORDS}) (?={MARGIN})")


def standing_phrases(
    text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]
) -> None:
    """Towns that the sentence makes sides, in sports copy (session 25): a town with a fixture
    verb in the plural, which only a team takes ("when Bristol visit Portsmouth", "Norwich host
    Ipswich": both towns), a table verb with a margin ("Portland lead Sacramento by three
    games and Phoenix by six": all three) and a town atop a table ("Orlando top the Atlantic
    Division"). A town here is a mention typed GPE or LOC that the gazetteer knows and no
    country (the national side stays GPE), outside a dateline; a fixture verb needs a town on
    both sides ("London and Paris host talks" is no match)."""
    plural, table, margin, also = _agreement()
    at = {(x.start, x.end): x for x in ents}

    def town(span: tuple[int, int]) -> Ent | None:
        """The town at ``span``: its mention, or a new one where NER left the word out."""
        word = text[span[0] : span[1]]
        if is_nation(word) or _in_dateline(span[0], lines):
            return None
        x = at.get(span)
        if x is None:
            if place_pop(_name(word)) < TOWN or any(
                e.start < span[1] and span[0] < e.end for e in ents
            ):
                return None
            x = Ent(span[0], span[1], "GPE", _name(word))
            ents.append(x)
            at[span] = x
        if x.type in ("GPE", "LOC") and place_pop(_name(word)) >= 0:
            return x
        # a town NER took for a surname ("Norwich visit Ipswich")
        if x.type == "PERSON" and " " not in word and place_pop(_name(word)) >= TOWN:
            return x
        return None

    def clause(mt: re.Match[str]) -> bool:
        """False for a subject after "X and" where no fixture verb comes before it in the
        sentence ("London and Paris visit Berlin": the two are one subject)."""
        head = text[max(0, mt.start() - 120) : mt.start()]
        if not head.endswith("and "):
            return True
        head = re.split(r"[.!?\n]", head)[-1]
        return bool(re.search(rf"\b(?:{_bare_verbs()})\b", head))

    found: list[Ent | None] = []
    for mt in plural.finditer(text):
        if not clause(mt):
            continue
        pair = [town(mt.span(1)), town(mt.span(2))]
        if None not in pair:
            found += pair
    for mt in table.finditer(text):
        found.append(town(mt.span(1)))
        if not mt.group(2):
            continue
        found.append(town(mt.span(2)))
        gap = margin.match(text, mt.end())
        more = also.match(text, gap.end()) if gap else None
        while gap and more:
            found.append(town(more.span(1)))
            gap = margin.match(text, more.end())
            more = also.match(text, gap.end()) if gap else None
    for x in found:
        if x is not None:
            word = text[x.start : x.end]
            x.type, x.fixed, x.name = "ORG", True, _name(word)
            x.tags.add("team")
            teams.setdefault(word.lower(), x.name)


def is_nation(word: str) -> bool:
    """True for a country or home nation, whose sports team keeps the country's name (GPE)."""
    w = word.title() if word.isupper() and len(word) > 3 else word
    if place_kinds().get(w) == "country" or w.lower() in form_words("sport_nation"):
        return True
    alias = lookup_alias(w)
    return bool(alias and alias[1] == "GPE" and place_kinds().get(alias[0]) == "country")


def _name(word: str) -> str:
    return word.title() if word.isupper() and len(word) > 3 else word


def _replace(ents: list[Ent], new: Ent) -> None:
    ents[:] = [e for e in ents if not (e.start < new.end and new.start < e.end)]
    ents.append(new)


def _at(ents: list[Ent], start: int, end: int) -> Ent | None:
    return next((e for e in ents if e.start == start and e.end == end), None)


def _person_like(words: list[str], english: frozenset[str]) -> bool:
    """A name NER typed ORG reads as a person's: its first word is no English word and no later
    word is a town's name ("Yara Basu", not "Sporting Braga", "Lech Poznan"); a given name may
    be a town's too ("Sabine")."""
    return words[0].lower() not in english and all(place_pop(w) < TOWN for w in words[1:])


def _result_after(text: str, i: int) -> bool:
    """True where a result follows a bracket: a match verb, a score, a time or the line's end."""
    after, _ = _verb_pattern()
    return bool(after.match(text[i:]) or RESULT_AFTER.match(text, i))


def players(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """ "Name (Country)": a player, whatever NER made of the name (an ORG that reads as a
    person's name, a FAC, a span run into the bracket), and so is every other mention of the
    same name in the document, as written or linked to it ("Gukesh" after "India's Gukesh
    Dommaraju"; session 24)."""
    found: dict[str, str] = {}
    for mt in PLAYER.finditer(text):
        country = mt.group(2).strip()
        if not is_nation(country):
            continue
        s, e = mt.start(1), mt.end(1)
        words = mt.group(1).split()
        if not words[-1][:1].isupper() or any(place_pop(w) >= BIG_CITY for w in words):
            continue
        old = [x for x in ents if x.start < e and s < x.end]
        if any(x.start < s or x.end > mt.end() for x in old):
            continue
        into = any(x.end > e for x in old)  # NER ran the name into the bracket: no club's name
        if any(x.type == "ORG" for x in old) and not (
            (into or _person_like(words, english)) and _result_after(text, mt.end())
        ):
            continue
        # the full name the document linked the mention to stays ("M. Okafor" -> "Mia Okafor")
        name = next((x.name for x in old if (x.start, x.end, x.type) == (s, e, "PERSON")), None)
        _replace(ents, Ent(s, e, "PERSON", name or mt.group(1), fixed=True, tags={"player"}))
        found[mt.group(1)] = name or mt.group(1)
        cs, ce = mt.start(2), mt.start(2) + len(country)
        if into and not any(x.start < ce and cs < x.end for x in ents):
            alias = lookup_alias(_name(country))  # the country NER ran into the name
            ents.append(Ent(cs, ce, "GPE", alias[0] if alias else _name(country), fixed=True))
    for mt in OF_NATION.finditer(text):  # "Iga Roe of Poland"
        if is_nation(mt.group(2)):
            _nation_player(text, ents, mt.start(1), mt.group(1).split(), english, found, -1)
    for mt in NATION_S.finditer(text):  # "Kenya's Jomo Ruto"
        if is_nation(mt.group(1)):
            _nation_player(text, ents, mt.start(2), mt.group(2).split(), english, found, 1)
    one_word_players(text, ents, english, found)
    names = set(found.values())
    for x in ents:
        word = text[x.start : x.end]
        if word in found and x.type != "PERSON":
            x.type, x.name, x.fixed = "PERSON", found[word], True
        elif x.name in names and x.type != "PERSON" and not x.fixed:
            x.type, x.fixed = "PERSON", True  # "Gukesh" linked to "India's Gukesh Dommaraju"


def _nation_player(
    text: str,
    ents: list[Ent],
    start: int,
    words: list[str],
    english: frozenset[str],
    found: dict[str, str],
    side: int,
) -> None:
    """The two or three words next to a country ("of Poland", "Kenya's") that read as a
    person's name (no big city, no English first word, not in capitals) are a player; side -1
    takes the last words (before "of"), 1 the first (after "'s")."""
    for k in (3, 2):
        if len(words) < k:
            continue
        sub = words[-k:] if side < 0 else words[:k]
        name = " ".join(sub)
        s = start + (len(" ".join(words)) - len(name) if side < 0 else 0)
        e = s + len(name)
        if name.isupper() or any(place_pop(w) >= BIG_CITY for w in sub):
            continue
        if not _person_like(sub, english) or place_pop(sub[0]) >= TOWN:
            continue
        old = [x for x in ents if x.start < e and s < x.end]
        if any(x.start < s or x.end > e for x in old):
            continue
        if not any(x.type == "PERSON" for x in old):
            _replace(ents, Ent(s, e, "PERSON", name, fixed=True, tags={"player"}))
        found[name] = name
        return


def _player_line(text: str, s: int, e: int) -> bool:
    """The structure of a result between players around a one-word name at [s, e) followed by its
    country in brackets: a result by sets in its sentence ("Kovalenko (Ukraine) beat Preston
    (Britain) 6-3 7-5"), or a ranked row or a leaderboard's whose head comes before the name and
    whose result, or the next player, follows the bracket ("1. Jordan (U.S.) 9.91")."""
    lo, hi = _sentence_at(text, s)
    if SETS.search(text, lo, hi):
        return True
    head = text[text.rfind("\n", 0, s) + 1 : s]
    close = text.find(")", e)
    return bool(ROW_HEAD.search(head)) and (
        _result_after(text, close + 1) or text.startswith(",", close + 1)
    )


def one_word_players(
    text: str, ents: list[Ent], english: frozenset[str], found: dict[str, str]
) -> None:
    """Players named by their surname alone (session 32, sides20), the wire's way in results
    lists and reports: before their country in brackets where a result between players
    surrounds it (``_player_line``: sets, a ranked row), "X of Country" and "Country's X" with
    X a family name (``models/surnames.jsonl``) or a word no table knows. A country before
    another country in brackets is a player too ("Jordan (U.S.)", "Holland (Britain)"), never
    a club ("Celtic (Scotland) 2 Salzburg (Austria) 1" has no sets and no rank)."""
    for mt in ONE_PLAYER.finditer(text):
        word, country = mt.group(1), mt.group(2).strip()
        s, e = mt.span(1)
        if not is_nation(country) or not _player_line(text, s, e):
            continue
        lo, hi = _sentence_at(text, s)
        sets = bool(SETS.search(text, lo, hi))
        if is_nation(word):
            mine, theirs = lookup_alias(word), lookup_alias(_name(country))
            if (mine[0] if mine else word) == (theirs[0] if theirs else _name(country)):
                continue  # "Italy (Italy)" is no player
        elif word.isupper() or ((known_club(word) or place_pop(word) >= BIG_CITY) and not sets):
            continue  # a surname may be an English word ("Bolt (Jamaica)"), a club's only in sets
        _lone_player(text, ents, s, e, word, found)
    for pattern, group, nation in ((ONE_OF_NATION, 1, 2), (ONE_NATION_S, 2, 1)):
        for mt in pattern.finditer(text):
            word = mt.group(group)
            if not is_nation(mt.group(nation)) or not _nation_surname(word, english):
                continue
            _lone_player(text, ents, *mt.span(group), word, found, group == 1)


BODY_OR_PERSON = ("PERSON", "ORG", "GPE", "LOC")


def _nation_surname(word: str, english: frozenset[str]) -> bool:
    """A word next to its country that may be a player's surname: a family name, also an
    English word's ("Britain's Farrow"), or a word no table or dictionary knows ("Ethiopia's
    Bekele"); not a country, an alias, a club, a city of 300,000, a league."""
    if word.isupper() or is_nation(word) or lookup_alias(word) or known_club(word):
        return False
    if place_pop(word) >= BIG_CITY:
        return False
    return is_surname(word) or (place_pop(word) < 0 and word.lower() not in english)


def _lone_player(
    text: str, ents: list[Ent], s: int, e: int, word: str, found: dict[str, str], first: bool = True
) -> None:
    """Make [s, e) a player unless a mention runs over its edges; a full name the document
    linked the surname to stays its name."""
    if first and WORD_BEFORE.search(text, max(0, s - 40), s):
        return  # "Jannik Sinner (Italy)": ``PLAYER``'s; "Governor Ueda of Japan"
    old = [x for x in ents if x.start < e and s < x.end]
    if any(x.start < s or x.end > e for x in old):
        return
    if any(x.tags & {"competition", "team", "side"} or x.type not in BODY_OR_PERSON for x in old):
        return  # "Germany's Bundesliga": a league the rules above read
    name = next((x.name for x in old if x.type == "PERSON"), word)
    _replace(ents, Ent(s, e, "PERSON", name, fixed=True, tags={"player"}))
    found.setdefault(word, name)


def row_teams(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """ "1. Ann Roe (Germany) Velox 1:28:15": the name after a player's country on a result
    row, before the row's figures or its end, is the player's team."""
    for mt in ROW_TEAM.finditer(text):
        if not is_nation(mt.group(2).strip()) or is_nation(mt.group(3)):
            continue
        _team(ents, mt.start(3), mt.end(3), mt.group(3), teams)


def _full_names(ents: list[Ent]) -> dict[str, set[str]]:
    full: dict[str, set[str]] = defaultdict(set)
    for x in ents:
        if x.type == "PERSON" and " " in x.name:
            full[x.name.split()[-1]].add(x.name)
    return full


def _player(s: int, e: int, word: str, full: dict[str, set[str]]) -> Ent:
    """A player at s:e; a lone surname takes the full name a person of the text has."""
    names = full.get(word, set())
    name = next(iter(names)) if len(names) == 1 and " " not in word else word
    return Ent(s, e, "PERSON", name, fixed=True, tags={"player"})


def _replace_all(ents: list[Ent], new: list[Ent]) -> None:
    """Put the mentions ``new`` (not overlapping each other) in place of those they overlap:
    one pass, where one ``_replace`` each would cost a pass over the mentions per row."""
    if not new:
        return
    new.sort(key=lambda x: x.start)
    starts = [x.start for x in new]

    def hit(x: Ent) -> bool:
        i = bisect_right(starts, x.end - 1)  # the last new mention that starts before x ends
        return i > 0 and new[i - 1].end > x.start

    ents[:] = [x for x in ents if not hit(x)] + new


@cache
def _score_lines() -> re.Pattern[str]:
    """A line of scorers in sports copy by its label (``entity_words`` kind ``score_label``:
    "Scorers:", "Tries:", "Goals:", "Pens:"; session 45), the rest of the line its group 1.
    Only read once the document is sports copy: "Goals:" opens a plan's list too."""
    words = sorted(entity_words("score_label"), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in words)
    return re.compile(rf"(?mi)^[ \t]*(?:{alts})[ \t]*:(.*)$")


def scorers(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """ "Scorers: Leeds - Ann Roe 2, Bo Lee (12th minute)", "Tries: Wigan - Roe 2, Lee;
    Goals: Roe 4" (session 45): teams and players."""
    full = _full_names(ents)
    new: list[Ent] = []
    for line in _score_lines().finditer(text):
        pos = line.start(1)
        for seg in re.split(r"([,;]|\.(?=\s|$))", line.group(1)):
            mt = SCORER.match(seg)
            if mt and seg.strip() not in (",", ";", "."):
                if mt.group(1):
                    s, e, word = pos + mt.start(1), pos + mt.end(1), mt.group(1)
                    if is_nation(word):
                        alias = lookup_alias(_name(word))
                        new.append(Ent(s, e, "GPE", alias[0] if alias else _name(word), fixed=True))
                    else:
                        new.append(Ent(s, e, "ORG", _name(word), fixed=True, tags={"team"}))
                        teams.setdefault(word.lower(), _name(word))
                if not is_nation(mt.group(2)) and mt.group(2).lower() not in teams:
                    new.append(_player(pos + mt.start(2), pos + mt.end(2), mt.group(2), full))
            pos += len(seg)
    _replace_all(ents, new)


def scorecards(text: str, ents: list[Ent]) -> None:
    """Cricket scorecard rows ("Ann Roe c Lee b Kahn 45", "Ann Roe lbw b Kahn 3", "Ann Roe not
    out 12"): the batsman, the catcher or stumper and the bowler are people; a lone surname
    takes the full name a person of the text has."""
    full = _full_names(ents)
    new = [
        _player(mt.start(g), mt.end(g), mt.group(g), full)
        for mt in SCORECARD.finditer(text)
        for g in range(1, (mt.lastindex or 0) + 1)
        if mt.group(g) is not None
    ]
    _replace_all(ents, new)


def _team(ents: list[Ent], s: int, e: int, word: str, teams: dict[str, str]) -> None:
    if is_nation(word):
        old = _at(ents, s, e)
        if old is None or old.type != "GPE":
            alias = lookup_alias(_name(word))
            _replace(ents, Ent(s, e, "GPE", alias[0] if alias else _name(word), fixed=True))
        return
    _replace(ents, Ent(s, e, "ORG", _name(word), fixed=True, tags={"team"}))
    teams.setdefault(word.lower(), _name(word))


def result_lines(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    for mt in SCORE_LINE.finditer(text):
        for g in (1, 3):
            _team(ents, mt.start(g), mt.end(g), mt.group(g), teams)
    scorer_lines(text, ents, teams)
    cell = re.compile(CELL)
    for mt in TABLE_LINE.finditer(text):
        s, e, word = mt.start(1), mt.end(1), mt.group(1)
        # a cell NER took for a name ("W3", a streak) is a figure of the row (session 29)
        ents[:] = [
            x
            for x in ents
            if not (e <= x.start and x.end <= mt.end() and cell.fullmatch(text, x.start, x.end))
        ]
        old = _at(ents, s, e)
        words = word.split()
        if (
            old is not None
            and old.type == "PERSON"
            and len(words) > 1
            and all(place_pop(w) < BIG_CITY for w in words)
        ):
            continue  # a player's row in a table of scores
        _team(ents, s, e, word, teams)


@cache
def _sport_words() -> re.Pattern[str]:
    """A word of sport: a sport's name (``sport_words.jsonl``, from WordNet), a player's or a
    team's role, a word of football, rugby or cricket (``entity_forms.jsonl`` kinds
    ``team_role``, ``football_word``, ``other_sport_word``)."""
    words = {str(r["word"]) for r in read_jsonl("sport_words.jsonl")}
    words |= form_words("team_role") | form_words("football_word") | form_words("other_sport_word")
    alts = "|".join(re.escape(w) for w in longest_first(words))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def _sporting(text: str, start: int, ents: list[Ent]) -> bool:
    """The line around ``start`` names a sport, a player's or team's role or a league the
    leagues table knows ("NBA roundup:", "Rugby:", "Calgary goalkeeper"): a town with a score
    there is a team, a town with a temperature or a vote count no team (session 27)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    if _sport_words().search(text, lo, hi) or _sport_headline(text):
        return True
    if _sport_acronym(text, lo, hi):
        return True
    intro = _list_intro(text, lo)
    if intro is not None and (_sport_words().search(text, *intro) or _sport_acronym(text, *intro)):
        return True  # "Results of Australian Football League matches:" over the scores
    leagues = league_teams()
    return any(lo <= x.start < hi and (x.name in leagues or "competition" in x.tags) for x in ents)


HEADLINE_WORDS = 14  # a first line this short is the report's headline ("CRICKET - SCORES")


INTRO_LINES = 40  # lines a list's intro reaches down


def _list_intro(text: str, lo: int) -> tuple[int, int] | None:
    """The span of the line that introduces the list the line at ``lo`` is in: the nearest
    line above ending with a colon ("Results of league matches on Saturday:"), over lines
    with no blank line between; None where there is none (session 29)."""
    end = lo - 1
    for _ in range(INTRO_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip()
        if not line:
            return None
        if line.endswith(":"):
            return start, end
        end = start - 1
    return None


ACRONYM = re.compile(r"(?<![\w'’.-])[A-Z]{2,5}(?![\w'’-])")


def _sport_acronym(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] holds an acronym whose full name in the alias table names a sport ("NFL" is
    the National Football League; session 29)."""
    for m in ACRONYM.finditer(text, lo, hi):
        alias = lookup_alias(m.group(0))
        if alias and alias[1] == "ORG" and _sport_words().search(alias[0]):
            return True
    return False


def _line_sport(text: str, start: int) -> bool:
    """The line around ``start`` has a word of sport of its own, or the intro of its list has
    one ("Results of Australian Football League matches:")."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    if _sport_words().search(text, lo, len(text) if hi < 0 else hi):
        return True
    intro = _list_intro(text, lo)
    return intro is not None and bool(_sport_words().search(text, *intro))


def _sport_headline(text: str) -> bool:
    """The text opens with a headline that names a sport, a team's role or a league ("CRICKET -
    COUNTY SCORES", "Baseball standings"): every line of it is sports copy (session 29: the
    scores under a sports wire's slug carry no word of sport of their own)."""
    head = text.lstrip()
    end = head.find("\n")
    if end < 0:
        return False
    line = head[:end]
    if len(line.split()) > HEADLINE_WORDS:
        return False
    # a headline in capitals, or one with no figure ("Rugby: Leicester 24 Bath 19." opens the
    # scores, no headline over them)
    if any(c.isdigit() for c in line) and any(c.islower() for c in line):
        return False
    return bool(_sport_words().search(line))


def _both_places(words: tuple[str, str]) -> bool:
    """Both names are places of the gazetteer or countries, and no word of either is a
    figure's ("Brent 82, WTI 78" is an oil price, "WTI" no place)."""
    return all(place_pop(_name(w)) >= 0 or is_nation(w) for w in words)


# "Stockport 3-0 Crewe", "Hartlepool (0) 1 Barrow (1) 2": the score between the sides (a
# half-time score in brackets before each side's goals); the sides are no list ("and"), session 29
MID_SCORE = re.compile(
    rf"(?<![\w'’.-])({SIDE}) (?:(\d{{1,3}})[-–](\d{{1,3}})|\(\d{{1,2}}\) (\d{{1,3}})) "
    rf"({SIDE})(?: \(\d{{1,2}}\) (\d{{1,3}}))?(?![\w'’-])"
)


@cache
def _prose_results() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``prose_results``: a side's possessive before a result noun and its
    opponent ("Essex's six-wicket victory over Kent", "Queensland's win against Victoria";
    ``entity_forms`` kind ``result_noun``); a side at home or away to another ("Durham are at
    home to Sussex")."""
    nouns = "|".join(longest_first(form_words("result_noun")))
    side = rf"(?<![\w'’.-])({SIDE})"
    owned = re.compile(
        rf"{side}['’]s? (?:[\w-]+ ){{0,3}}?(?:{nouns}) (?:over|against) (?:the )?({SIDE})(?![\w'’-])"
    )
    home = re.compile(
        rf"{side} (?:is|are|will be|were|was) (?:at home|away) to ({SIDE})(?![\w'’-])"
    )
    return owned, home


def _prose_sides(text: str, ents: list[Ent]) -> list[tuple[tuple[int, int, str], ...]]:
    """The two sides of each ``_prose_results`` match where a side is a town's and neither a
    country (a nation's side keeps the country)."""
    out = []
    people = [x for x in ents if x.type == "PERSON"]
    for pattern in _prose_results():
        for mt in pattern.finditer(text):
            sides = tuple((mt.start(g), mt.end(g), mt.group(g)) for g in (1, 2))
            if any(is_nation(w) for _, _, w in sides):
                continue
            if any(x.start < e and s < x.end for s, e, _ in sides for x in people):
                continue  # "Biden's win over Trump": people, no sides
            if any(_town_side(ents, s, e, w) for s, e, w in sides):
                out.append(sides)
    return out


def prose_results(
    text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]
) -> None:
    """A result or a fixture in prose with no score, where a side is a town's ("Essex's
    six-wicket victory over Kent", "Durham are at home to Sussex"): both sides are teams
    (session 29: both sides of one result are of one kind)."""
    for sides in _prose_sides(text, ents):
        for s, e, word in sides:
            if not _in_dateline(s, lines):
                _team(ents, s, e, word, teams)


def mid_results(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """A result with its score between the two sides ("Stockport 3-0 Crewe", "Leicester 27-20
    Bath", "Hartlepool (0) 1 Barrow (1) 2") in a line of sport, where a side is a place: both
    sides are teams (both of one kind; a country its national side), and a span NER ran over
    the score is cut in two (session 29)."""
    for mt in MID_SCORE.finditer(text):
        if (mt.group(4) is None) != (mt.group(6) is None):
            continue  # "(0) 1" needs the other side's "(1) 2"
        sides = (mt.group(1), mt.group(5))
        if not any(_both_places((w, w)) for w in sides):
            continue
        here = _sentence_at(text, mt.start())
        if not _sporting(text, mt.start(), ents) and not _sport_sentence(text, *here, ents):
            continue
        for g in (1, 5):
            _team(ents, mt.start(g), mt.end(g), mt.group(g), teams)


def inline_results(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """A result inside a line ("Houston 112, Portland 104.", "Surrey 312 and 45-2; Kent 280"):
    the two places with their scores are teams (a country its national side, GPE), session 27.
    Where both names are places; or (session 29: both sides of one result are of one kind)
    where one is and the line itself names a sport ("College basketball: Duke 78 Syracuse 71")."""
    for mt in INLINE_SCORE.finditer(text):
        sides = (mt.group(1), mt.group(3))
        if not _sporting(text, mt.start(), ents):
            continue
        if not _both_places(sides) and not (
            any(_both_places((w, w)) for w in sides) and _line_sport(text, mt.start())
        ):
            continue
        for g in (1, 3):
            _team(ents, mt.start(g), mt.end(g), mt.group(g), teams)


# A match verb that names a result, not a fixture or a vote ("beat Hull", "drew with", "lost
# to"; not "won approval", "hosts a festival", "drew a rebuke", "a defeat in parliament")
LOOSE_VERBS = frozenset(
    {"play", "plays", "played", "face", "faces", "faced", "host", "hosts", "hosted", "held",
     "won", "win", "wins", "lose", "loses", "lost", "draw", "draws", "drew", "upset", "defeat",
     "defeats"}
)  # fmt: skip


@cache
def _sport_evidence() -> tuple[re.Pattern[str], ...]:
    """The patterns of ``_sport_sentence``: a sport's name or a word only football, rugby or
    cricket uses (``sport_words.jsonl``, ``entity_forms`` kinds ``football_word``,
    ``other_sport_word``); a result's verb before its opponent or a score ("beat Hull", "drew
    1-1 with", "lost to"), "v", a fixture at home or away; a score read as a result, after a
    match verb or before a result noun ("won 2-1", "a 3-0 win"; not "ruled 6-3", "3-4 hours",
    "Boeing 737-800", "March 20-21"); and a player's role or a team's followers next to a
    name ("Leverkusen's goalkeeper", "striker Ann Roe", "Lyon fans"; ``sport_role``,
    ``team_fan``: a manager, a coach or a boss may be any trade's, "Leeds manager Ann Roe
    opened the store"), last."""
    words = {str(r["word"]) for r in read_jsonl("sport_words.jsonl")}
    words |= form_words("football_word") | form_words("other_sport_word")
    # a result noun of two words is sport's ("winning streak", "unbeaten run"; not "win"); a
    # national competition of England or Scotland ("Premier League", "League One"; not
    # "National League", which a party may be)
    words |= {w for w in form_words("result_noun") if " " in w}
    words |= form_words("british_football") - {"national league"}
    alts = "|".join(re.escape(w) for w in longest_first(words))
    # the lookahead on the words' first letters lets the engine skip, at one test, a position
    # where none of the 262 words can start: Python's ``re`` tries every alternative in turn
    # (0.67 s -> 0.18 s on 200 kB of "abc$1,000.5%" run together; 77 -> 53 ms on 32 briefs)
    firsts = "".join(sorted({re.escape(w[0].lower()) for w in words}))
    plain = re.compile(rf"(?<![\w-])(?=[{firsts}])(?:{alts})(?![\w-])", re.IGNORECASE)
    verbs = "|".join(longest_first(form_words("match_verb") - LOOSE_VERBS))
    home = r"(?:at home|away(?: from home)?) (?:to|at|against|with)"
    result = re.compile(
        rf"\b(?:{verbs}|lost|drew)(?: {SCORE.pattern})?(?: (?:to|with|at|against|by|over))?"
        # (not "beat Denver to the new plant": a race for something)
        rf" (?:the )?[A-Z](?![\w'’.-]* to\b)|(?<![\w'’-])(?:v|vs\.?|versus) [A-Z]|\b{home} [A-Z]"
        # "won at Ipswich", "won 2-1 against Hull" (not "won in Vancouver", "won approval")
        rf"|\bwon(?: {SCORE.pattern})? (?:at|against|over) (?:the )?[A-Z]"
    )
    every = "|".join(longest_first(form_words("match_verb")))
    nouns = "|".join(longest_first(form_words("result_noun")))
    score = re.compile(
        rf"\b(?:{every})(?: [a-z]+)? {SCORE.pattern}|{SCORE.pattern}(?: [\w-]+)? (?:{nouns})\b",
        re.IGNORECASE,
    )
    roles = form_words("sport_role") | form_words("team_fan")
    alts = "|".join(re.escape(w) for w in longest_first(roles))
    role = re.compile(
        rf"(?P<w>[A-Z][\w'’-]*)(?:['’]s?)? (?i:{alts})(?![\w-])|(?<![\w-])(?i:{alts}) [A-Z]"
    )
    return plain, result, score, role


def _sport_sentence(text: str, lo: int, hi: int, ents: list[Ent]) -> bool:
    """The sentence text[lo:hi] is about sport (``_sport_evidence``, session 28), or names a
    league or competition."""
    seg = text[lo:hi]
    *plain, role = _sport_evidence()
    if any(p.search(seg) for p in plain):
        return True
    if any((m.group("w") or "").lower() not in STOP_WORDS for m in role.finditer(seg)):
        return True  # "The coach carrying tourists": no team's role
    if any(_competition_form(m.group(0).split()) for m in RUN.finditer(seg)):
        return True
    leagues = league_teams()
    return any(lo <= x.start < hi and ("competition" in x.tags or x.name in leagues) for x in ents)


def _competition_form(words: list[str]) -> bool:
    """A competition or a league by its form (``_run_kind``), read before the sports rules run:
    a cup, trophy or championship ("Belgian Cup", ``event_tail``; not a war), a league with
    its letter or number or in one word ("Ligue 1", "Serie A", "Bundesliga"); not a name
    that ends in "League" or "Conference", which bodies of any kind take ("Arab League")."""
    low = [w.lower() for w in words]
    if len(low) > 1 and low[-1] in form_words("event_tail") - {"war"}:
        return True
    return _run_kind(words) == "ORG" and low[-1] not in ("league", "conference")


CLUB_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?![\w'’-])")
# "born in Valencia", "the port of Valencia", "the match in Houston": the place itself
PLACE_OF = re.compile(
    r"\b(?:port|city|town|streets|province|region|county|centre|center|heart|outskirts|suburbs)"
    r" of\s+\Z",
    re.IGNORECASE,
)
# a town listed after a place's preposition ("in Leeds, York and Hull")
PLACE_LIST = re.compile(
    r"\b(?:in|across|near|around|throughout)\s+(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    r"(?:,|,? and|,? or)\s+)+\Z"
)
# "marched through Liverpool" (session 32): the town a way goes through
THROUGH = re.compile(r"\bthrough\s+\Z")
# "a Houston-based firm", "Leeds-born": a town before a hyphen and a lower-case word
PLACE_COMPOUND = re.compile(r"-[a-z]")
# "travelled from Leicester to Norwich": the two ends of a route are places
ROUTE_HEAD = re.compile(r"\bfrom\s+\Z|\bfrom [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? to\s+\Z")
ROUTE_TAIL = re.compile(r"\s+to\s+[A-Z]")
# "a Denver-based firm", "the Bergamo football club": the town names where a thing is
MODIFIER = re.compile(r"-|\s+(?:[a-z]+\s+)?(?:club|team|side|franchise)\b")


def _route(text: str, s: int, e: int) -> bool:
    """The name at s:e is an end of a route ("from Leicester to Norwich"), a place."""
    head = text[max(0, s - 40) : s]
    return bool(
        ROUTE_HEAD.search(head) and (head.rstrip().endswith("to") or ROUTE_TAIL.match(text, e))
    )


BRACKET_OPEN = re.compile(r"(?<=[\w.]) \( ?\Z")
FIXTURE_END = re.compile(rf"(?<![\w'’.-]){SIDE} (?:v|vs\.?|versus) {SIDE}\Z")
SCORE_END = re.compile(rf"(?<![\w'’.-]){SIDE} \d{{1,3}}[-–]\d{{1,3}} {SIDE}\Z")
# where a clause of a match report opens: "Kent lost to Essex, and Surrey won at Guildford"
CLAUSE_OPEN = re.compile(r"[.;:!?\n]|, (?:and|but|while|as|after|before|when)\b")


def _venue(text: str, s: int) -> bool:
    """The town at s is where a match was played: "at" X after a result that has named its
    opponent already ("Surrey beat Kent by 40 runs at Guildford", "drew with Bath at Exeter",
    "Leeds v Hull at Wakefield"); "won at Ipswich", "a 2-1 win at Fulham" name no opponent
    before "at", and the town is the side played (session 29)."""
    head = text[max(0, s - 120) : s]
    if BRACKET_OPEN.search(head):
        # "Somerset v Essex (Taunton)", "Leeds 2-1 Hull (Elland Road)": the ground in brackets
        # after a fixture or a result on its line
        line = head[head.rfind("\n") + 1 :].rstrip(" (")
        return bool(FIXTURE_END.search(line) or SCORE_END.search(line))
    if not head.endswith(("at ", "At ")):
        return False
    head = head[:-3]
    opens = [m.end() for m in CLAUSE_OPEN.finditer(head)]
    clause = head[opens[-1] :] if opens else head
    return bool(_sport_evidence()[1].search(clause))


@cache
def _place_role_after() -> re.Pattern[str]:
    """A place's role right after its name ("Dallas mayor Eric Lane", "Leeds residents";
    ``entity_forms`` kind ``place_role``)."""
    roles = "|".join(sorted(form_words("place_role"), key=len, reverse=True))
    return re.compile(rf"\s+(?:{roles})\b", re.IGNORECASE)


# "flew back to X", "travelled home to X": a verb before the place it reaches
MOTION_TO = re.compile(r"(?<![\w'’-])([A-Za-z]+)(?: back| home)? to\s+\Z")


def _motion_verb(word: str) -> bool:
    """A verb of motion (``places.motion_words``, WordNet verb.motion) that names no result
    ("crashed to Hull" is no trip; ``match_verb``) and no fixture ("Leeds travel to Coventry",
    "travelled to": the opponent; a ``visit_verb``'s stem)."""
    if word not in motion_words() or word in form_words("match_verb"):
        return False
    stems = {v.split()[0] for v in form_words("visit_verb")}
    return not any(word.startswith(st.removesuffix("s")) for st in stems)


def _place_use(text: str, s: int, e: int) -> bool:
    """The town at s:e is the place itself, even where the text made a team of its name: after
    "in"/"near" or "born in", "the port of", "the centre of", a place's role before or after
    it ("the mayor of X", "X mayor"), before "-based" or "-born", an end of a route, or a
    match's venue after its result (``_venue``), the place a verb of motion reaches ("flew back
    to X"; session 29)."""
    head = text[max(0, s - 30) : s]
    if PLACE_BEFORE.search(head) or PLACE_OF.search(head) or _place_role().search(head):
        return True
    if THROUGH.search(head) and not text.startswith(("'s", "’s"), e):
        return True  # "fans marched through Liverpool"; not "through Liverpool's defence"
    if PLACE_LIST.search(text, max(0, s - 80), s):
        return True  # "roads in Leeds, York and Hull": every town of the list
    motion = MOTION_TO.search(head)
    if motion and _motion_verb(motion.group(1).lower()):
        return True  # "the squad flew back to Valencia": the place reached
    if PLACE_COMPOUND.match(text, e) or _place_role_after().match(text, e):
        return True
    return _route(text, s, e) or _venue(text, s) or _venue_label(text, s, e)


VENUE_LABEL = re.compile(r"[ \t]?:[ \t]+")


def _venue_label(text: str, s: int, e: int) -> bool:
    """The name at s:e opens its line as a label before a result of two other sides: the
    ground of a scores report ("Leicester: Leicestershire beat Somerset by an innings",
    "Hove : Sussex 301-6 dec , Kent 145-3"), a place; a team's label before its scorers
    ("Leicester: Tries - Roe") is none (session 29)."""
    colon = VENUE_LABEL.match(text, e)
    if colon is None or text[text.rfind("\n", 0, s) + 1 : s].strip():
        return False
    if _sport_words().fullmatch(text[s:e]):
        return False  # "Rugby: Leicester 24 Bath 19": the sport's name
    end = text.find("\n", e)
    rest = text[colon.end() : len(text) if end < 0 else end]
    mt = INLINE_SCORE.match(rest)
    if mt is not None:
        return text[s:e].lower() not in (mt.group(1).lower(), mt.group(3).lower())
    first = re.match(rf"({NAME})\s", rest)
    return bool(
        first
        and first.group(1).lower() != text[s:e].lower()
        and _sport_evidence()[1].search(rest, first.end(1))
    )


LABEL = re.compile(rf"(?m)^[ \t]*({NAME})(?=[ \t]?:)")


def venue_labels(text: str, ents: list[Ent]) -> None:
    """A ground's label before a result (``_venue_label``) that NER typed an organisation or a
    person, or left out ("Tunbridge Wells : Kent 214 , Essex 108-3"), is the place, where the
    gazetteer knows it (session 29)."""
    covered = Covered(len(text), ents)
    for mt in LABEL.finditer(text):
        s, e, word = mt.start(1), mt.end(1), mt.group(1)
        if covered.hit(s, e) or place_pop(_name(word)) < 0 or is_nation(word):
            continue
        if _sport_words().fullmatch(word):
            continue  # "Rugby: Leicester 24 Bath 19": the sport's name, no ground
        if _venue_label(text, s, e):
            ents.append(Ent(s, e, "GPE", _name(word), fixed=True))
            covered.add(s, e)
    for x in ents:
        word = text[x.start : x.end]
        if x.type not in ("ORG", "PERSON") or place_pop(_name(word)) < 0 or is_nation(word):
            continue
        if _venue_label(text, x.start, x.end):
            x.type, x.name, x.fixed = "GPE", _name(word), True
            x.tags.discard("team")
            x.tags.discard("side")


def _place_sense(text: str, s: int, e: int) -> bool:
    """The town at s:e is the place itself (``_place_use``), or names where a club is before a
    club's noun ("the Bergamo football club")."""
    return bool(MODIFIER.match(text, e)) or _place_use(text, s, e)


LIST_JOIN = re.compile(r"\s*(?:,|,? and|,? or)\s+\Z")


def _listed_with_place(text: str, s: int, e: int, ents: list[Ent]) -> bool:
    """The town at s:e is listed with a town no club table knows ("Porto and Lisbon will host
    the matches", "Lisbon, Porto and Faro"): a list of places; a country is no partner."""
    for x in ents:
        word = text[x.start : x.end]
        if x.type not in ("GPE", "LOC") or _club_word(word) or is_nation(word):
            continue
        if x.end <= s and LIST_JOIN.fullmatch(text, x.end, s):
            return True
        # (", and" after the town opens a clause: "won at Ipswich, and Scotland's coach")
        if e <= x.start and LIST_JOIN.fullmatch(text, e, x.start) and text[e] != ",":
            return True
    return False


def _run_words(m: re.Match[str]) -> tuple[int, int, str] | None:
    """A run of capitalised words without its leading function words ("The Edmonton")."""
    s, word = m.start(), m.group(0)
    while " " in word and word.split(" ", 1)[0].lower() in STOP_WORDS:
        first, word = word.split(" ", 1)
        s += len(first) + 1
    return None if word.lower() in STOP_WORDS else (s, m.end(), word)


def _club_word(word: str) -> bool:
    """A known club's name (``clubs.known_club``) that is no country; or a club of the titles
    table, of any sport, whose name is no place of the gazetteer ("Zalgiris" typed GPE in
    "lost 91-80 in Kaunas to Zalgiris"; session 42, clubs42)."""
    name = _name(word)
    if is_nation(word):
        return False
    return known_club(name) or (titled_club(name) and place_pop(name) < 0)


def _common(word: str, english: frozenset[str]) -> bool:
    """A club's name that is a common English word or a given name and no town of ``TOWN``
    people ("Arsenal", "Chelsea"; the English words hold proper nouns of WordNet, "toulouse"):
    typed only where its own sentence is about sport, never spread nor added."""
    name = _name(word)
    if place_pop(name) >= TOWN:
        return False
    return word.lower() in english or given_name(name, english)


def known_clubs(
    text: str,
    ents: list[Ent],
    teams: dict[str, str],
    lines: list[tuple[int, int]],
    english: frozenset[str],
    apply: bool = True,
) -> bool:
    """Clubs and teams by knowledge (session 28): in a sentence about sport
    (``_sport_sentence``), a mention typed a place, a group or a one-word person whose words
    are a known club's name ("Leverkusen's goalkeeper", "Valencia sacked coach X", "Houston
    scored 31 points") is the club, ORG; so is such a name NER left out, in title case. A town
    in a dateline, after "in"/"near" or "born in", "the port of" or a place's role ("the
    mayor of"), and a country stay places. The name then stands for the club in the rest of
    the sports copy (``one_type``), unless it is a common English word or a given name
    ("Reading", "Chelsea"), which needs sport in its own sentence. With ``apply`` False only
    tell whether there is such a club (the sports-copy test); return True where one is."""
    cands = [x for x in ents if x.type in ("GPE", "LOC", "PERSON", "NORP")]
    runs = [r for r in map(_run_words, CLUB_RUN.finditer(text)) if r and _club_word(r[2])]
    if not runs:
        return False
    persons = {w for x in ents if x.type == "PERSON" and " " in x.name for w in x.name.split()}
    covered = Covered(len(text), ents)
    for a, b in lines:
        covered.add(a, b)
    hit = False
    for sent in SENTENCE.finditer(text):
        lo, hi = sent.span()
        mine = [r for r in runs if lo <= r[0] < hi]
        if not mine or not _sport_sentence(text, lo, hi, ents):
            continue
        for x in cands:
            if not lo <= x.start < hi or _in_dateline(x.start, lines):
                continue
            word = text[x.start : x.end]
            if not _club_word(word):
                continue
            if x.type == "PERSON" and (
                x.fixed
                or word in persons
                or (" " in word and not known_club(word, whole=True))
                or x.titles
                or _speaks_as_person(text, x.start, x.end)
            ):
                continue  # a player the rules found, a person's full name or surname, a person
            if _place_sense(text, x.start, x.end) or _listed_with_place(text, x.start, x.end, ents):
                continue
            hit = True
            if not apply:
                return True
            x.type, x.fixed, x.name = "ORG", True, _name(word)
            x.tags.add("team")
            if not _common(word, english):
                teams.setdefault(word.lower(), x.name)
        for s, e, word in mine:
            if word.isupper() or _common(word, english) or covered.hit(s, e):
                continue
            if text.startswith(":", e) or _sport_evidence()[0].fullmatch(word):
                continue  # "Rugby: Leicester 24 Bath 19": a label, the sport's name
            if _place_sense(text, s, e) or _listed_with_place(text, s, e, ents):
                continue
            hit = True
            if not apply:
                return True
            ents.append(Ent(s, e, "ORG", word, fixed=True, tags={"team"}))
            covered.add(s, e)
            teams.setdefault(word.lower(), word)
    return hit


def _speaks_as_person(text: str, s: int, e: int) -> bool:
    """The name at text[s:e], typed a person, speaks or is described as one (session 37,
    persons37): "Preston said he was fit", "Preston, 23, said"; a club's table does not make
    it the club. (A quotation's attribution alone, '"...," Preston said', is a club's too.)"""
    return bool(SAID_HE.match(text, e) or AGE_AFTER.match(text, e))


# "Leeds v Norwich, Hull v Stoke": a fixture or a result's two sides (session 22)
FIXTURE_V = re.compile(rf"(?<![\w'’.-])({SIDE}) (?:v|vs\.?|versus) ({SIDE})(?![\w'’-])")


def fixtures(
    text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]
) -> None:
    """ "Leeds v Norwich", "Hull vs. Stoke": the two names either side of "v" in sports copy
    are sides, whatever NER made of them or missed (one span over both, "Derby v Preston", is
    cut in two); a country is its national side (GPE); names NER typed a person stay ("Sinner v
    Alcaraz", "Roe v Wade" in a court report beside a score)."""
    for mt in FIXTURE_V.finditer(text):
        if _in_dateline(mt.start(), lines):
            continue
        spans = [(mt.start(g), mt.end(g), mt.group(g)) for g in (1, 2)]
        people = [
            x for s, e, _ in spans for x in ents if x.type == "PERSON" and x.start < e and s < x.end
        ]
        if people:
            continue
        for s, e, word in spans:
            _team(ents, s, e, word, teams)


# "Kansas City (5-1) host Denver": a side with its season's record (won-lost, or won-lost-drawn)
RECORD = re.compile(rf"(?<![\w'’.-])({SIDE}) \((\d{{1,2}}-\d{{1,2}}(?:-\d{{1,2}})?)\)")
# "Texas at Baltimore, Seattle at Detroit": a list of fixtures, the visitors at the hosts, each
# pair a whole item of its line (after the line's start, a colon, comma or semicolon)
AT_FIXTURE = re.compile(
    # (in capitals too, "SEATTLE AT BOSTON"; a starting time may follow, "7:05", session 29)
    rf"(?:^|(?<=[:,;] )|(?<=[:,;]\t))({SIDE}) (?:at|AT) ({SIDE})"
    r"(?=[ \t]*(?:[,;.]|$|\(|\d{1,2}[:.]\d{2}))",
    re.MULTILINE,
)


def _town_side(ents: list[Ent], s: int, e: int, word: str) -> bool:
    """The name at s:e reads as a town's team: a place of the gazetteer or a mention typed a
    place, not a country (its national side keeps the country) nor a person."""
    if is_nation(word):
        return False
    x = _at(ents, s, e)
    if x is not None and x.type == "PERSON":
        return False
    return (x is not None and x.type in ("GPE", "LOC")) or place_pop(_name(word)) >= 0


def records(
    text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]
) -> None:
    """In sports copy, a town with a season's record in brackets ("Kansas City (5-1) host
    Denver (4-2)", "Miami (10-4) clinched a playoff spot") is its team; the same layout after a
    list of fixtures ("Texas at Baltimore, Seattle at Detroit") names both sides where the line
    is sport's (session 29: what the text makes a name do, not a table of teams)."""
    for mt in RECORD.finditer(text):
        s, e, word = mt.start(1), mt.end(1), mt.group(1)
        if _in_dateline(s, lines) or not _town_side(ents, s, e, word):
            continue
        _team(ents, s, e, word, teams)
    for mt in AT_FIXTURE.finditer(text):
        spans = [(mt.start(g), mt.end(g), mt.group(g)) for g in (1, 2)]
        if _in_dateline(mt.start(), lines) or not _sporting(text, mt.start(), ents):
            continue
        if all(_town_side(ents, s, e, word) for s, e, word in spans):
            for s, e, word in spans:
                _team(ents, s, e, word, teams)


# "Colorado's Larry Walker", "Texas' Juan Gonzalez": a name's possessive before a person's
POSSESSIVE = re.compile(r"['’]s? ")


def possessions(
    text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]
) -> None:
    """In sports copy where the text has made a team or the sentence is about sport, a town
    whose possessive stands right before a person's full name is that person's team
    ("Colorado's Larry Walker homered", "Texas' Juan Gonzalez drove in four runs"); a country
    is the player's nation and stays (``NATION_S``), and so does a town in a place's use
    ("Houston-born"), session 29."""
    ents.sort(key=lambda x: x.start)
    for x, y in pairwise(ents):
        word = text[x.start : x.end]
        if x.type not in ("GPE", "LOC") or y.type != "PERSON" or " " not in y.name.strip():
            continue
        if not POSSESSIVE.fullmatch(text, x.end, y.start) or is_nation(word):
            continue
        if _place_use(text, x.start, x.end) or _in_dateline(x.start, lines):
            continue
        span = _sentence_at(text, x.start)
        if not (teams or _sport_sentence(text, *span, ents) or _sport_headline(text)):
            continue
        x.type, x.fixed, x.name = "ORG", True, _name(word)
        x.tags.add("team")
        teams.setdefault(word.lower(), x.name)


def _list_of(text: str, ents: list[Ent], i: int) -> list[Ent]:
    """The mentions listed with ents[i] ("Essex, Derbyshire and Surrey"), itself included;
    ``ents`` in text order."""
    lo = hi = i
    while lo > 0 and LIST_JOIN.fullmatch(text, ents[lo - 1].end, ents[lo].start):
        lo -= 1
    while hi + 1 < len(ents) and LIST_JOIN.fullmatch(text, ents[hi].end, ents[hi + 1].start):
        hi += 1
    return ents[lo : hi + 1]


def _is_team(x: Ent) -> bool:
    return x.type == "ORG" and bool({"team", "side"} & x.tags)


def listed_sides(
    text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]
) -> bool:
    """The names listed with a team are teams ("title rivals Essex, Derbyshire and Surrey",
    where the text made one of them a team), in a sentence about sport: a sport's word, a
    result, a team's role, or another team outside the list ("... while Kent made up for lost
    time"); a town in the list that is the place itself (``in X``, "X-based", a venue) or a
    country stays, and so does a dateline ("LEEDS, March 2"; session 29). True where a name
    became a team."""
    ents.sort(key=lambda x: x.start)
    found = False
    for i, x in enumerate(ents):
        word = text[x.start : x.end]
        if x.type not in ("GPE", "LOC") or is_nation(word) or _place_sense(text, x.start, x.end):
            continue
        if _in_dateline(x.start, lines):
            continue
        group = _list_of(text, ents, i)
        if not any(_is_team(y) and not _place_sense(text, y.start, y.end) for y in group):
            continue
        lo, hi = _sentence_at(text, x.start)
        others = [y for y in ents if lo <= y.start < hi and _is_team(y) and y not in group]
        if not (others or _sport_sentence(text, lo, hi, ents) or _sport_headline(text)):
            continue
        x.type, x.fixed, x.name = "ORG", True, _name(word)
        x.tags.add("team")
        teams.setdefault(word.lower(), x.name)
        found = True
    return found


# "Norwich 2 (Sargent 12, Sainz 40) Leeds 3 (Piroe 55, Rodon 71)": a result line with each
# side's scorers in brackets after its goals (session 22); a side with none has no bracket
SCORERS_BRACKET = r"(?: \(([^()\n]{2,200})\))?"
SCORER_LINE = re.compile(
    rf"(?m)^[ \t]*({NAME}) (\d{{1,2}}){SCORERS_BRACKET} ({NAME}) (\d{{1,2}}){SCORERS_BRACKET}"
    rf"{LINE_REST}[ \t]*$"
)
# one scorer in a bracket: a name, then minutes or a count ("Piroe 55", "Shearer 2", "Roe pen 12")
BRACKET_SCORER = re.compile(rf"({PERSON_NAME})(?= (?:pen |og |\d))")


def scorer_lines(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """Result lines with scorers in brackets: the sides are teams (a country GPE), the names in
    the brackets players (a lone surname takes the full name a person of the text has)."""
    full = _full_names(ents)
    for mt in SCORER_LINE.finditer(text):
        if mt.group(3) is None and mt.group(6) is None:
            continue  # no bracket: SCORE_LINE's
        for g in (1, 4):
            _team(ents, mt.start(g), mt.end(g), mt.group(g), teams)
        new = []
        for g in (3, 6):
            if mt.group(g) is None:
                continue
            for part in re.finditer(r"[^,;]+", mt.group(g)):
                sc = BRACKET_SCORER.match(part.group(0).strip())
                if not sc or is_nation(sc.group(1)):
                    continue
                s = mt.start(g) + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
                new.append(_player(s, s + len(sc.group(1)), sc.group(1), full))
        _replace_all(ents, new)


def _club_like(x: Ent, word: str) -> bool:
    """A side named like a place: a city or region, or a name holding a big city's name
    ("Atletico Madrid"), not a person's full name; a one-word name that is no surname of a
    person the text names ("Sinner" after "Jannik Sinner" is linked to him)."""
    if x.type in ("GPE", "LOC", "FAC"):
        return True
    if " " not in word:
        return place_pop(_name(word)) >= 0 or (x.type == "PERSON" and " " not in x.name)
    return any(place_pop(_name(w)) >= BIG_CITY for w in word.split())


def matches(
    text: str,
    ents: list[Ent],
    teams: dict[str, str],
    lines: list[tuple[int, int]],
    english: frozenset[str] = frozenset(),
) -> None:
    """Sides of a match in sports copy (a text with a score): subjects and objects of match
    verbs."""
    after, before = _verb_pattern()
    ents.sort(key=lambda x: x.start)
    people = {w for x in ents if x.type == "PERSON" for w in text[x.start : x.end].split()}
    surnames: dict[str, set[str]] = defaultdict(set)
    for x in ents:
        if x.type == "PERSON" and " " in x.name:
            surnames[x.name.split()[-1].upper()].add(x.name)
    covered = Covered(len(text), ents)
    for mt in SENTENCE.finditer(text):
        lo, hi = mt.start(), mt.end()
        headline = len(mt.group(0).split()) > 1 and not any(c.islower() for c in mt.group(0))
        match = SCORE.search(mt.group(0)) or headline or _fixture().search(mt.group(0))
        against = teams and AGAINST.search(mt.group(0))
        if not (match or against or _flanked().search(mt.group(0))):
            continue  # a match needs its score, a fixture verb, two sides, or is a headline
        for x in [x for x in ents if lo <= x.start and x.end <= hi]:
            word = text[x.start : x.end]
            if not (after.match(text[x.end : hi]) or before.search(text[lo : x.start])):
                continue
            if _in_dateline(x.start, lines) or is_nation(word) or "competition" in x.tags:
                continue
            if "player" in x.tags:
                continue  # "Kovalenko (Ukraine) beat Preston (Britain) 6-3 7-5": a player's side
            names = surnames.get(word.upper(), set()) if " " not in word else set()
            if len(names) == 1:  # "HOLM WINS": the surname of a person the text names
                x.type, x.name, x.fixed = "PERSON", next(iter(names)), True
                continue
            # the side's name goes on with capitalised words NER left out ("Newcastle United"),
            # up to a match verb ("LEEDS WIN AGAIN": a headline's verb in capitals too)
            more = re.match(
                rf"(?: (?!(?i:{'|'.join(form_words('match_verb'))})\b){WORD})+", text[x.end : hi]
            )
            ext = more.group(0).rstrip(".") if more else ""
            if ext and not covered.hit(x.end, x.end + len(ext)) and x.type != "PERSON":
                x.end += len(ext)
                covered.add(x.start, x.end)
                word = text[x.start : x.end]
                x.name = _name(word)
            if x.type == "ORG":
                x.tags.add("side")  # a side NER typed ORG (session 22: named as a club)
                teams.setdefault(word.lower(), x.name)
            elif _club_like(x, word):
                x.type, x.fixed, x.name = "ORG", True, _name(word)
                x.tags.add("team")
                teams.setdefault(word.lower(), x.name)
        # an object NER missed: "lost 2-1 to Villarreal" (not a person the text names); a
        # subject too, "while Inter were held 1-1", unless it opens the sentence and is an
        # English word ("Holders were beaten")
        for side in re.finditer(rf"(?<=\s)({NAME})", mt.group(0)):
            s, e = lo + side.start(1), lo + side.end(1)
            word = side.group(1).rstrip(".")
            e = s + len(word)
            if covered.hit(s, e) or is_nation(word) or word.lower() in WEEKDAYS:
                continue  # "faces Sunday ban": a day is no side (session 24)
            if not before.search(text[lo:s]):
                opening = not text[lo:s].strip(" \t\"'“‘")
                common = (
                    opening
                    and place_pop(word) < 0
                    and any(w.lower() in english or w.lower()[:-1] in english for w in word.split())
                )
                if not after.match(text[e:hi]) or common or (word.isupper() and headline):
                    continue
            if any(w in people for w in word.split()) or _in_dateline(s, lines):
                continue
            ents.append(Ent(s, e, "ORG", _name(word), fixed=True, tags={"team"}))
            covered.add(s, e)
            teams.setdefault(word.lower(), _name(word))


def roles(text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]) -> None:
    """ "Leeds manager Ann Roe", "Porto striker ...", "Braga fans": a place right before a team
    role noun, or one word right before a club's followers and not after "in" (``entity_forms``
    kinds ``team_role``, ``team_fan``), in sports copy is a club (a country stays)."""
    role = re.compile(rf" (?:{'|'.join(sorted(form_words('team_role')))})\b")
    # "Toronto's goalie" (session 22): a place's possessive before a team role; a person's is
    # the person's ("Alcaraz's coach")
    owned = re.compile(rf"['’]s? (?:{'|'.join(sorted(form_words('team_role')))})\b")
    fan = re.compile(rf" (?:{'|'.join(sorted(form_words('team_fan')))})\b")
    for x in ents:
        word = text[x.start : x.end]
        one_word_person = x.type == "PERSON" and " " not in x.name  # no person the text names
        # followers of one word's club, not of a place after "in" ("In Lyon fans cheered")
        fans = " " not in word and bool(fan.match(text, x.end))
        fans = fans and not PLACE_BEFORE.search(text, max(0, x.start - 20), x.start)
        if not (x.type in ("GPE", "LOC") or one_word_person):
            continue
        place_role = x.type in ("GPE", "LOC") and bool(owned.match(text, x.end))
        if not (role.match(text, x.end) or fans or place_role):
            continue
        if is_nation(word):
            continue
        if _in_dateline(x.start, lines):
            continue
        x.type, x.fixed, x.name = "ORG", True, _name(word)
        x.tags.add("team")
        teams.setdefault(word.lower(), x.name)


@cache
def _standing() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``standings``: what follows a side's name (its place in a table, a
    relative clause with a match verb, a comeback, a result after its possessive) and what
    comes before an opponent's name in a table ("two points clear of")."""
    ordinals = "|".join(sorted(number_words("ordinal"), key=len, reverse=True))
    place = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{ordinals}|top|bottom)"
    verbs = "|".join(longest_first(form_words("match_verb")))
    results = "|".join(longest_first(form_words("result_noun")))
    gains = "|".join(longest_first(form_words("result_verb")))
    after = re.compile(
        # "X, third, beat", "X, who sit 15th in the table", "X, who are second,"
        rf"(?:, {place},"
        rf"|, who (?:sit|sits|are|is|lie|lies|stand|stands|were|was|remain|remains|moved|move|"
        rf"climbed|climb|dropped|drop|fell|fall) (?:up |down |in |to )?{place}\b"
        # "X, who beat Y 55-23", "X, who had lost at home to Y"
        rf"|, who (?:have |has |had )?(?:{verbs})\b"
        # "X came back to win", "X came from behind to beat Y"
        r"| (?:came|come|comes|fought|battled|rallied) (?:back|from behind|from (?:\w+ )?goals? down)"
        r" to (?:win|beat|draw|earn|snatch|claim)\b"
        # "Marseille's second-half comeback", "Toronto's 4-3 win"
        rf"|['’]s? (?:[\w-]+ ){{0,2}}(?:{results})\b"
        # "Sunderland recorded a 2-0 victory", "Burnley suffered a home defeat"
        rf"| (?:{gains})(?: a| an| their| its)?(?: {SCORE.pattern})?(?: [\w-]+){{0,2}}? (?:{results})\b)",
        re.IGNORECASE,
    )
    before = re.compile(
        r"\b(?:points?|goals?|games?|places?|wins?) (?:clear of|behind|ahead of|adrift of|above|below)"
        r" \Z|\blevel on points with \Z|\bon goal difference (?:from|over) \Z"
        # "a 2-0 victory over Coventry", "a home defeat to Oxford"
        # (not "at": "a win at Gladbach" may name the ground, ``facilities.match_venues``)
        rf"|\b(?:{results}) (?:over|against|to|by|with|away to) \Z",
        re.IGNORECASE,
    )
    club = re.compile(
        rf"^(?:{WORD} )+(?:{'|'.join(sorted(form_words('club_tail')))})$", re.IGNORECASE
    )
    return after, before, club


def standings(
    text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]
) -> None:
    """Sides by their standing and results in sports copy (session 22): a place, or a one-word
    name no person the text names has, before its place in a table ("Burnley, third, beat",
    "Everton, who sit 15th"), a relative clause with a match verb ("Philadelphia, who beat
    Washington 55-23"), a comeback ("Kilmarnock came back to win") or a result after its
    possessive ("Marseille's second-half comeback"), or after a margin in a table ("moved two
    points clear of Liverpool"), is a club; a country stays the national side. A name of a
    town and a club's last word that the gazetteer does not know ("Leeds United", "Norwich
    City"; ``entity_forms`` kind ``club_tail``) is a club whatever NER typed it, and its town
    alone then stands for it ("Leeds" where "Leeds United" plays)."""
    after, before, club = _standing()
    for x in ents:
        word = text[x.start : x.end]
        if _in_dateline(x.start, lines) or is_nation(word):
            continue
        cue = after.match(text, x.end) or before.search(text, max(0, x.start - 40), x.start)
        words = word.split()
        clubby = (
            2 <= len(words) <= 3
            and bool(club.match(word))
            and place_pop(word) < 0
            and not lookup_alias(word)
            and any(place_pop(_name(w)) >= TOWN for w in words[:-1])
        )
        if x.type == "ORG":
            if cue or clubby:
                # "Sheffield United, who sit second"; "Leeds United" NER typed ORG, whose town
                # then stands for it ("Leeds"; ``short_forms``)
                x.tags.add("side")
                teams.setdefault(word.lower(), x.name)
            continue
        named = x.type in ("PERSON", "FAC", "GPE", "LOC") and clubby
        one_word_person = x.type == "PERSON" and " " not in x.name
        if not named and (not (x.type in ("GPE", "LOC") or one_word_person) or not cue):
            continue
        x.type, x.fixed, x.name = "ORG", True, _name(word)
        x.tags.add("team")
        teams.setdefault(word.lower(), x.name)


PLACE_TAILS = frozenset({"city", "town", "county"})  # a club's last word a place's may end with


def club_names(text: str, ents: list[Ent]) -> None:
    """In any text, a name of a town and a club's last word that NER typed a person or a
    facility and the gazetteer does not know is a club ("The group also sponsors Leeds United",
    "Derby County"; ``entity_forms`` kind ``club_tail``; session 22); a place keeps its type
    outside sports copy, and so do names whose last word places share ("Orange County", "Leeds
    City": "city", "town" and "county" count in sports copy only)."""
    _, _, club = _standing()
    for x in ents:
        word = text[x.start : x.end]
        words = word.split()
        if x.type not in ("PERSON", "FAC") or not 2 <= len(words) <= 3 or not club.match(word):
            continue
        if words[-1].lower() in PLACE_TAILS:
            continue
        if place_pop(word) >= 0 or lookup_alias(word) or word.isupper():
            continue
        if any(place_pop(_name(w)) >= TOWN for w in words[:-1]):
            x.type, x.fixed, x.name = "ORG", True, word
            x.tags.add("team")


def transfers(text: str, ents: list[Ent], teams: dict[str, str], english: frozenset[str]) -> None:
    """ "signed from Hull", "joined Corby Rovers", "loaned to Braga": in sports copy the club a
    player moves from or to (a place, or a name NER typed a person that has no given name);
    a country stays. Session 41: a career's club ("played for Lorient", "the academy at
    Rennes", "coached Partizan"), a transfer list's "(from Wimbledon)" and the club that opens
    its line ("Everton - Gary Roe (from Wimbledon)")."""
    for x in ents:
        if x.type == "ORG" or not TRANSFER.search(text, max(0, x.start - 120), x.start):
            continue
        word = text[x.start : x.end]
        if is_nation(word) or any(given_name(w, english) for w in word.split()[:1]):
            continue
        if x.type == "PERSON" and " " in word and not any(place_pop(w) >= 0 for w in word.split()):
            continue  # a person's full name with no place in it
        x.type, x.fixed, x.name = "ORG", True, _name(word)
        x.tags.add("team")
        teams.setdefault(word.lower(), x.name)
    for mt in TRANSFER_LINE.finditer(text):
        s, e, word = mt.start(1), mt.end(1), mt.group(1)
        old = _at(ents, s, e)
        if old is not None and (old.type == "ORG" or old.tags & {"player", "label"}):
            continue
        if is_nation(word) or (old is None and place_pop(word) < 0 and not known_club(word)):
            continue  # a line's label NER did not tag, that is no town or club ("Transfers:")
        _team(ents, s, e, word, teams)  # "Coventry - Liam Daish (from Birmingham, 1.5 million)"


# a preposition that makes the name after it the place itself, not its club ("across Denver",
# "in Boston", "near Leeds"); not "at" ("lost 3-1 at Fulham": at the club's ground, the club)
PLACE_BEFORE = re.compile(
    r"\b(?:in|across|near|around|outside|throughout|downtown|streets of|residents of)\s+\Z",
    re.IGNORECASE,
)


@cache
def _place_role() -> re.Pattern[str]:
    """A role only a place has before "of" ("the mayor of X", "residents of X";
    ``entity_forms`` kind ``place_role``)."""
    roles = "|".join(sorted(form_words("place_role"), key=len, reverse=True))
    return re.compile(rf"\b(?:{roles}) of \Z", re.IGNORECASE)


def one_type(
    text: str, ents: list[Ent], teams: dict[str, str], lines: list[tuple[int, int]]
) -> None:
    if not teams:
        return
    for x in ents:
        word = text[x.start : x.end].lower()
        # (an ORG whose name is only its own words takes the club's: "PSG", session 15)
        unnamed = x.type != "ORG" or x.name.lower() == word
        if word in teams and unnamed and not _in_dateline(x.start, lines):
            if x.type == "GPE" and _place_use(text, x.start, x.end):
                # "schools across Denver" (session 12), "the mayor of Philadelphia" (session
                # 22), "fans travelled from Lyon to Nantes" (session 28), "a Houston-based
                # firm", "Dallas mayor Eric Lane", a venue (session 29): the city itself
                continue
            x.type, x.name, x.fixed = "ORG", teams[word], True
            x.tags.add("side")
    covered = Covered(len(text), ents)
    for a, b in lines:
        covered.add(a, b)
    for word, name in teams.items():
        for mt in re.finditer(
            # (the capital after it case-sensitive: under IGNORECASE " [A-Z]" is any next word)
            rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-]|(?-i: [A-Z]))",
            text,
            re.IGNORECASE,
        ):
            s, e = mt.span()
            found = text[s:e]
            if not (found == name or found.isupper() or found.istitle()):
                continue
            if not covered.hit(s, e):
                ents.append(Ent(s, e, "ORG", name, fixed=True, tags={"team"}))
                covered.add(s, e)


def given_name(word: str, english: frozenset[str]) -> bool:
    """True for a given name of the table (``given_names.jsonl``) that is no English word."""
    return word.lower() not in english and bool(table_index("given_names.jsonl", "name").get(word))


def player_names(
    text: str, ents: list[Ent], teams: dict[str, str], english: frozenset[str]
) -> None:
    """In sports copy a two- or three-word ORG that opens with a given name that is no English
    word ("Kylian Mbappe", "Sandro Tonali"), or two words neither of which is an English word
    or a big city's name ("Tyrrell Hatton"), is a player, unless it is a side of a match or holds a
    town's name ("Aston Villa" plays; "Rapid Vienna")."""
    if not english:
        return
    for x in ents:
        word = text[x.start : x.end]
        words = word.split()
        if x.type != "ORG" or "team" in x.tags or not 2 <= len(words) <= 3:
            continue
        if word.lower() in teams or not all(re.fullmatch(r"[A-Z][\w'’-]+", w) for w in words):
            continue
        if "competition" in x.tags or words[-1].lower().rstrip(".") in _org_last_words():
            continue  # "Hudbay Minerals", "Zenith Holdings": a company's own last word
        if given_name(words[0], english):
            if any(place_pop(w) >= 15000 for w in words):
                continue
        # else two words that are no English words and no big city's ("Tyrrell Hatton": the
        # table lacks many given names; "Lech Poznan" holds a city)
        elif len(words) != 2 or any(
            w.lower() in english or place_pop(w) >= BIG_CITY for w in words
        ):
            continue
        for y in ents:
            if y.name == x.name and y.type == "ORG" and "team" not in y.tags:
                y.type, y.fixed = "PERSON", True


def people_sides(
    text: str, ents: list[Ent], teams: dict[str, str], english: frozenset[str]
) -> None:
    """A result between people (session 30, persons17): where one side of a match verb in a
    sentence with a score is a person by form (a full name typed PERSON, or one word of a full
    name the document gives), the other side, a name the rules above made a side or a team that
    no club table knows and that holds no town, is a person too ("Casper Ruud beat Novak
    Djokovich 6-3 7-6", "Carlos Alcarez beat Frenchman Ugo Humbert 6-3 6-4"); every mention of
    it is that person. Team sports are untouched: a club, a country, a town's name stays."""
    after, before = _verb_pattern()
    full = [x.name for x in ents if x.type == "PERSON" and " " in x.name]
    last = {n.split()[-1]: n for n in full}
    for mt in SENTENCE.finditer(text):
        lo, hi = mt.start(), mt.end()
        if _single_combat(mt.group(0)):
            _combat_sides(text, ents, lo, hi, last, teams)
            continue
        if not SCORE.search(mt.group(0)):
            continue
        inside = sorted(
            (x for x in ents if lo <= x.start and x.end <= hi and x.type in ("PERSON", "ORG")),
            key=lambda x: x.start,
        )
        for x, y in pairwise(inside):
            rest = re.sub(rf"^{BRACKET}", "", text[x.end : y.start])
            if not (after.match(rest) and before.search(text[lo : y.start])):
                continue
            _people_pair(text, ents, x, y, last, teams, english)
    if SINGLE_COMBAT.search(text):
        _duel_opponents(text, ents, last, teams)
    _agate_results(text, ents, last, teams, english)


def _combat_sides(
    text: str, ents: list[Ent], lo: int, hi: int, last: dict[str, str], teams: dict[str, str]
) -> None:
    """In a sentence text[lo:hi] whose result only two people can have (``SINGLE_COMBAT``), a
    name right before or after a match or bout verb is a player, whatever a table says of its
    words ("Preston beat Bolton 6-3 6-4", "Bradford stopped Derby by technical knockout",
    "after Hamilton beat her 6-4 7-5"); every mention of it is that player (session 37)."""
    after, before = _bout_pattern()
    for x in [x for x in ents if lo <= x.start and x.end <= hi]:
        rest = re.sub(rf"^{BRACKET}", "", text[x.end : hi])
        if not (after.match(rest) or before.search(text[lo : x.start])):
            continue
        _to_player(text, ents, x, last, teams)


def _to_player(
    text: str, ents: list[Ent], x: Ent, last: dict[str, str], teams: dict[str, str]
) -> None:
    """Make x, a side of a result between people, a player with every mention of its name
    (``_make_person``), where its form allows (``_player_by_score``); a town's name too
    ("Bradford stopped Derby"), here and where the text names the player again without a
    place's preposition before it ("in Derby" stays a town)."""
    word = text[x.start : x.end]
    lead = _demonym_lead(word)
    if lead and _player_by_score(word[len(lead) + 1 :], x):
        # "Frenchman Ugo Humbert": the demonym is a NORP of its own (as ``_people_pair``)
        ents.append(Ent(x.start, x.start + len(lead), "NORP", lead, fixed=True))
        x.start += len(lead) + 1
        x.name = word = word[len(lead) + 1 :]
    if not _player_by_score(word, x):
        return
    name = x.name
    _make_person(text, ents, word, name, last, teams)
    for y in ents:
        if y.type != "GPE" or text[y.start : y.end] != word or y.name != name:
            continue
        if y is x or not PREPOSITION_BEFORE.search(text, max(0, y.start - 12), y.start):
            y.type, y.name, y.fixed = "PERSON", last.get(word, word), True
            y.tags.add("player")


def _duel_opponents(
    text: str, ents: list[Ent], last: dict[str, str], teams: dict[str, str]
) -> None:
    """In a text that reports a result only two people can have (``SINGLE_COMBAT``), the
    opponent of a person across a match or bout verb in a sentence without such a result is a
    player too, whatever a table says of the name ("Norrie plays Hamilton next", "Preston, 23,
    will face Ferrari next"; session 37)."""
    after, _ = _bout_pattern()
    for mt in SENTENCE.finditer(text):
        lo, hi = mt.span()
        inside = sorted(
            (
                x
                for x in ents
                if lo <= x.start
                and x.end <= hi
                and x.type in ("PERSON", "ORG", "GPE")
                and not is_nation(text[x.start : x.end])  # "Hamilton (Britain) meets ..."
            ),
            key=lambda x: x.start,
        )
        for x, y in pairwise(inside):
            rest = re.sub(rf"^{BRACKET}(?:, [^,]{{1,30}},)?", "", text[x.end : y.start])
            if not after.match(rest) or not re.fullmatch(r"[\w ]*\s+(?:the\s+)?", rest):
                continue  # the verb and nothing but words between the two names
            for one, other in ((x, y), (y, x)):
                person = one.type == "PERSON" and (" " in one.name or "player" in one.tags)
                if person and other.type != "PERSON":
                    _to_player(text, ents, other, last, teams)


@cache
def _bout_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A match or bout verb right after a name (an auxiliary allowed), and one right before it
    (an article and the bout's words allowed: "stopped Derby", "beat the Welshman X")."""
    verbs = "|".join(
        sorted(form_words("match_verb") | form_words("bout_verb"), key=len, reverse=True)
    )
    after = re.compile(
        rf"^\s+(?:(?:have|has|had|were|was|will|is to|to)\s+)?(?:{verbs})\b", re.IGNORECASE
    )
    before = re.compile(rf"\b(?:{verbs}|against|v|vs|versus)\s+(?:the\s+)?\Z", re.IGNORECASE)
    return after, before


# A result only two people can have (session 37, persons37): tennis sets, two or more in a row,
# each won six games to four or fewer or seven to five or six, a tie-break's points in brackets
# allowed ("6-3 6-4", "7-6(5), 4-6, 6-2"; a volleyball or badminton set runs to 21 or 25, a
# football score stands alone); a bout won on points, by a knockout or by a judges' decision
# ("beat X on points", "on a split decision"; "level on points with" and "points difference" are
# a league's standings, not a bout); golf's match play ("won 3&2") and a play-off at an extra
# hole or by a stroke ("beat X at the first extra hole", "won by two shots")
TENNIS_SET = r"(?:6[-–][0-4]|[0-4][-–]6|7[-–][56]|[56][-–]7)(?: ?\(\d{1,2}(?:[-–]\d{1,2})?\))?"
SINGLE_COMBAT = re.compile(
    rf"(?<![\d/.-]){TENNIS_SET},? {TENNIS_SET}(?![\d/-])"
    r"|\b(?<!level )on points\b(?! difference)|\bby (?:a )?(?:technical )?knockout\b"
    r"|\b(?:unanimous|split|majority|points) decision\b"
    r"|(?<![\d/.-])[2-9] ?& ?[1-8](?![\d/-])|\bextra hole\b"
    r"|\bby (?:a|one|two|three|four|five|\d) (?:strokes?|shots?)\b"
)


def _single_combat(sentence: str) -> bool:
    """``sentence`` holds a result only two people can have (``SINGLE_COMBAT``)."""
    return bool(SINGLE_COMBAT.search(sentence))


def _player_by_score(word: str, x: Ent) -> bool:
    """A side of a result between people by its score's form (``SINGLE_COMBAT``): one to three
    capitalised words, no country and no body's last word; a club's or a town's name is a
    player's surname here ("Preston beat Bolton 6-3 6-4": the score outranks the club table)."""
    words = word.split()
    if x.type not in ("ORG", "GPE", "PERSON") or not 1 <= len(words) <= 3 or is_nation(word):
        return False
    if x.tags & {"competition", "label"} or word.isupper():
        return False
    if not all(re.fullmatch(r"[A-Z][\w'’-]+", w) for w in words):
        return False
    return words[-1].lower() not in _org_last_words()


# a result in agate between two sides, each with its country in brackets, by the abbreviations
# of "beat" the results services use ("Hingis (Switzerland) bt Seles (U.S.) 6-2 6-1", "Roe d.
# Lee 6-4"), with its first set's score
AGATE = re.compile(
    rf"(?m)(?<![\w'’-])({SIDE}){BRACKET} (?:bt\.?|d\.|def\.|beat) ({SIDE}){BRACKET},? "
    rf"(?:{SCORE.pattern})"
)


def _agate_results(
    text: str, ents: list[Ent], last: dict[str, str], teams: dict[str, str], english: frozenset[str]
) -> None:
    """Both sides of agate results (see ``AGATE``) where one side of one of them is a person by
    form: every side, a body by no table or a name NER missed, is a person ("Hingis
    (Switzerland) bt Seles (U.S.) 6-2 6-1" after "Martina Hingis")."""
    # one results service's list is of one kind: where one of its results is between people,
    # all are ("Graff (Germany) bt Novotna (Czech Republic) 7-5" below "Hingis ... bt Seles")
    results = list(AGATE.finditer(text))
    at: dict[tuple[int, int], list[Ent]] = {}  # the mentions by span, read once, not per side
    for ent in ents:
        at.setdefault((ent.start, ent.end), []).append(ent)
    people = any(
        _person_side(text, x, last)
        for mt in results
        for g in (1, 2)
        for x in at.get(mt.span(g), ())
    )
    # a result in tennis sets is between people, whatever a side's name (session 37)
    sets = {mt.start() for mt in results if _single_combat(_line_from(text, mt.start(2)))}
    people = people or bool(sets)
    if not people:
        return
    covered = Covered(len(text), ents)
    for mt in results:
        sides: list[Ent] = []
        for g in (1, 2):
            s, e = mt.span(g)
            x = next(iter(at.get((s, e), ())), None)
            if x is None and not covered.hit(s, e):
                x = Ent(s, e, "ORG", text[s:e])  # a side NER missed, to read
            if x is not None:
                sides.append(x)
        if len(sides) != 2:
            continue
        by_score = mt.start() in sets  # in sets a club's or a town's name is a player's too
        can = _player_by_score if by_score else lambda w, x: _side_of_people(w, x, english)
        for x in sides:
            word = text[x.start : x.end]
            if not any(y is x for y in at.get((x.start, x.end), ())) and can(word, x):
                ents.append(x)
                at.setdefault((x.start, x.end), []).append(x)
                covered.add(x.start, x.end)
        for x in sides:
            word = text[x.start : x.end]
            if any(y is x for y in at.get((x.start, x.end), ())) and can(word, x):
                _make_person(text, ents, word, x.name, last, teams)


def _line_from(text: str, i: int) -> str:
    """The text from ``i`` to the end of its line."""
    end = text.find("\n", i)
    return text[i : end if end >= 0 else len(text)]


def _people_pair(
    text: str,
    ents: list[Ent],
    x: Ent,
    y: Ent,
    last: dict[str, str],
    teams: dict[str, str],
    english: frozenset[str],
) -> None:
    """Two sides of one result: where one is a person by form, the other is a person too."""
    for one, other in ((x, y), (y, x)):
        word = text[other.start : other.end]
        if not _person_side(text, one, last):
            continue
        lead = _demonym_lead(word)
        if lead and _side_of_people(word[len(lead) + 1 :], other, english):
            # "Frenchman Ugo Humbert": the demonym is a NORP of its own (ANNOTATION.md)
            ents.append(Ent(other.start, other.start + len(lead), "NORP", lead, fixed=True))
            other.start += len(lead) + 1
            other.name = word = word[len(lead) + 1 :]
        if _side_of_people(word, other, english):
            _make_person(text, ents, word, other.name, last, teams)


def _demonym_lead(word: str) -> str:
    """The first word of a side's name where it is a demonym or a style ("Frenchman Ugo
    Humbert"; ``person_styles.jsonl``) and two words follow it; else ""."""
    words = word.split()
    low = words[0].lower().rstrip(".")
    styles = person_styles("style") | person_styles("demonym")
    return words[0] if len(words) == 3 and low in styles else ""


def _person_side(text: str, x: Ent, last: dict[str, str]) -> bool:
    """A side that is a person by form: a full name typed PERSON, or a word of one."""
    word = text[x.start : x.end]
    return x.type == "PERSON" and (" " in word or word in last)


def _side_of_people(word: str, x: Ent, english: frozenset[str]) -> bool:
    """A side typed a body that may be a person: one to three capitalised words, no country,
    no club the tables know, no town's name in it, no body's last word, no English word
    first."""
    words = word.split()
    if x.type == "GPE" and (place_pop(word) >= 0 or place_kinds().get(word)):
        return False  # a place the gazetteer knows ("Selesi" typed GPE is no place)
    if x.type not in ("ORG", "GPE", "PERSON") or not 1 <= len(words) <= 3:
        return False
    if is_nation(word) or known_club(word):
        return False
    if not all(re.fullmatch(r"[A-Z][\w'’-]+", w) for w in words) or word.isupper():
        return False
    if words[-1].lower() in _org_last_words():
        return False
    if len(words) > 1 and words[0].lower() in english:
        return False  # "Sporting Braga"; a surname may be an English word ("Courier")
    return all(place_pop(w) < TOWN for w in words) and not lookup_alias(word)


def _make_person(
    text: str, ents: list[Ent], word: str, name: str, last: dict[str, str], teams: dict[str, str]
) -> None:
    """Every mention of a side's name typed a body is the person (a surname: the full name)."""
    full = last.get(word, name) if " " not in word else name
    teams.pop(word.lower(), None)
    for x in ents:
        same = x.name == name or text[x.start : x.end] == word
        if same and (x.type in ("ORG", "PERSON") or (x.type == "GPE" and place_pop(word) < 0)):
            x.type, x.name, x.fixed = "PERSON", full, True
            x.tags -= {"side", "team"}
            x.tags.add("player")  # a side of a result between people (no lone name)


# the words between a player's verb and its deed: determiners, numbers, adjectives, adverbs
# ("scoring both goals", "holed a 20-foot putt", "kicked three late penalties")
DEED_FILLERS = ("DET", "NUM", "ADJ", "ADV", "PUNCT", "NOUN")


def _deed_after(doc: Doc, end: int) -> bool:
    """A player's deed right after the name ending at char ``end``: a person's verb (an
    auxiliary allowed before it; ``person_verb``: "scored twice") or a verb whose object is a
    player's deed (``person_deed``: "scoring both goals", "holed a 20-foot putt"), read off the
    tagger's parts of speech (the pipeline has no parser)."""
    span = doc.char_span(end, end, alignment_mode="expand")
    i = span.start if span is not None else None
    if i is None or i >= len(doc):
        return False
    if doc[i].lower_ in ("has", "had", "have"):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "VERB" or doc[i].tag_ not in ("VBD", "VBG", "VBN", "VBZ"):
        return False
    verb = doc[i]
    forms = form_words("person_verb")
    if verb.lower_ in forms or f"{verb.lemma_}d" in forms or f"{verb.lemma_}ed" in forms:
        return True
    deeds = form_words("person_deed")
    for tok in doc[i + 1 : i + 6]:
        if tok.pos_ == "NOUN" and (tok.lemma_ in deeds or tok.lower_ in deeds):
            return True
        if tok.pos_ not in DEED_FILLERS or tok.text in (",", ";"):
            return False
    return False


def scorer_deeds(doc: Doc, text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """A one-word name typed a place or a body that does a player's deed in sports copy is the
    player (session 32, sides20): "with Ferreira scoring both goals", "Okoro scored 31 points",
    "McKee holed a 20-foot putt"; "Brannagh's late try"; or that a player's role names
    ("fly-half Ford"). Not a side: a name the rules above made a team, a club of the
    tables, a country, an alias, a city of 300,000 or a town that is no family name ("Leeds
    scored twice" is the club's); not after a preposition other than "with" ("police in X
    arrested"). Every mention of the name is that player."""
    named: set[str] = set()
    for x in ents:
        word = text[x.start : x.end]
        if x.type not in ("GPE", "ORG", "LOC") or " " in word or x.tags & SIDE_TAGS:
            continue
        if not re.fullmatch(SURNAME, word) or word.lower() in teams:
            continue
        if known_club(word) or is_nation(word) or lookup_alias(word):
            continue
        pop = place_pop(word)
        if pop >= BIG_CITY or (pop >= 0 and not is_surname(word)):
            continue
        if PREPOSITION_BEFORE.search(text[max(0, x.start - 12) : x.start]):
            continue
        if (
            _deed_after(doc, x.end)
            or _role_before().search(text, max(0, x.start - 40), x.start)
            or _deed_owned().match(text, x.end)
        ):
            named.add(word)
    for x in ents:
        if text[x.start : x.end] in named and not x.tags & SIDE_TAGS:
            x.type, x.fixed = "PERSON", True
            x.tags.add("player")


SIDE_TAGS = frozenset({"team", "side", "competition", "label"})
# a preposition right before a name other than "with": the verb after it is another subject's
# ("police in X arrested"; "with Ferreira scoring" is the player's own)
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|of|to|from|by|near|for|against|v|over)\s+\Z")


@cache
def _deed_owned() -> re.Pattern[str]:
    """A player's deed after the name's possessive, up to two words between ("Brannagh's late
    try", "Ferreira's goal"; ``person_deed``); "Leeds's second goal" is a side's, which the
    callers leave out."""
    deeds = "|".join(sorted(form_words("person_deed"), key=len, reverse=True))
    return re.compile(rf"['’]s (?:[a-z][\w-]* ){{0,2}}(?:{deeds})(?:s|es)?\b")


@cache
def _role_before() -> re.Pattern[str]:
    """A player's role in lower case right before a name ("fly-half Ford", "winger Souza";
    ``sport_role``), not after a capitalised word or a possessive ("Leeds manager X" is the
    club's man; "Ireland's captain" is read with the name after it)."""
    roles = "|".join(sorted(form_words("sport_role"), key=len, reverse=True))
    return re.compile(rf"(?<![A-Z][\w'’.-] )(?<!['’]s )\b(?-i:{roles}) \Z")


def _in_dateline(pos: int, lines: list[tuple[int, int]]) -> bool:
    """``pos`` is inside one of the document's dateline places (``lines``, from
    ``spans.dateline_spans``): a town there is where the report was filed, no side."""
    return any(a <= pos < b for a, b in lines)


@cache
def _org_last_words() -> frozenset[str]:
    """Last words that make a name an organisation's (models/entity_forms.jsonl line of
    business and body heads, company tails, legal forms): no player is named so."""
    return (
        form_words("sector_word")
        | form_words("org_head")
        | form_words("body_word")
        | entity_words("company_tail")
        | legal_forms()
    )


def keep_datelines(doc: Doc, ents: list[Ent]) -> None:
    """A dateline is the place the story was filed from, whatever a name linked it to
    ("MADRID" is no surname of "Atletico Madrid")."""
    text = text_of(doc)
    for s, e in dateline_spans(doc):
        for x in ents:
            if x.start == s and x.end == e and x.type != "GPE":
                x.type, x.name = "GPE", dateline_name(text[s:e])


LINE_END_DIGIT = re.compile(r"\d[ \t]*(?:\([\w .-]{1,25}\)[ \t]*)?$", re.MULTILINE)  # "118 (OT)"
BRACKETED = re.compile(r"\( ?([^()\n]{2,30}?) ?\)")


RACE_TO = re.compile(r"\s+to\b")


def _sports_copy(text: str, ents: list[Ent]) -> bool:
    """True where the text has a score, a result, table, scorecard or scorers line, a team role
    after a name, or a name with its country in brackets (cheap tests first: most texts are no
    sports copy)."""
    if SCORE.search(text) or SINGLE_COMBAT.search(text):
        return True  # (session 37: a bout's result, "beat X on points")
    if LINE_END_DIGIT.search(text) and (SCORE_LINE.search(text) or TABLE_LINE.search(text)):
        return True
    if (LINE_END_DIGIT.search(text) and SCORECARD.search(text)) or SCORERS.search(text):
        return True
    if ")" in text and any(m.group(3) or m.group(6) for m in SCORER_LINE.finditer(text)):
        return True  # "Hull 1 (Smith 23) Stoke 0" (session 22)
    if _role_after_name().search(text):
        return True  # "Porto striker", "Velox team principal": sports copy with no score
    if _sport_headline(text):
        return True  # "CRICKET - COUNTY SCORES" over the scores (session 29)
    plain, result, *_ = _sport_evidence()
    if plain.search(text) and result.search(text):
        # "Kent beat Surrey by six wickets": a result in a sentence of sport
        for m in SENTENCE.finditer(text):
            if plain.search(m.group(0)) and result.search(m.group(0)):
                return True
    # "Baseball: Seattle 5, Detroit 3." with a word of sport in the line; a town either side of
    # "v" ("Brentford v Fulham"; court cases oppose people and firms, session 27)
    for m in INLINE_SCORE.finditer(text):
        if _both_places((m.group(1), m.group(3))) and _sporting(text, m.start(), ents):
            return True
    if _prose_sides(text, ents):
        return True  # "Essex's victory over Kent", "Durham are at home to Sussex" (session 29)
    for m in _flanked().finditer(text):
        # "Kent drew with Sussex": a match verb between two towns (session 29)
        words = m.group(0).split()
        if RACE_TO.match(text, m.end()):
            continue  # "Porto beat Lyon to the new plant": a race for something
        if all(place_pop(_name(w)) >= 0 and not is_nation(w) for w in (words[0], words[-1])):
            return True
    for m in AT_FIXTURE.finditer(text):  # "NFL Sunday: Miami at Buffalo" (session 29)
        if _both_places((m.group(1), m.group(2))) and _sporting(text, m.start(), ents):
            return True
    for m in FIXTURE_V.finditer(text):
        towns = [w for w in (m.group(1), m.group(2)) if place_pop(_name(w)) >= 0]
        if towns and not any(is_nation(w) for w in towns):
            return True
    nations = any(is_nation(m.group(1)) for m in BRACKETED.finditer(text))
    if nations and PLAYER.search(text):
        return True
    # a surname before its country in a result between players ("1. Jordan (U.S.) 9.91",
    # "Kovalenko (Ukraine) beat Preston (Britain) 6-3 7-5"), or next to its country in a race's
    # result ("Lambrecht of Belgium won the stage ahead of Moreau of France"; session 32)
    if nations and any(
        is_nation(m.group(2).strip()) and _player_line(text, *m.span(1))
        for m in ONE_PLAYER.finditer(text)
    ):
        return True
    return _nation_players_in_sport(text, ents)


# a race's result: a winner or a finisher ahead of or behind another ("won the stage ahead of",
# "finished third behind")
RACE_RESULT = re.compile(
    r"\b(?:won|wins|finished|finishes|came|placed|crossed the line)\b[^.;!?\n]{0,80}?"
    r"\b(?:ahead of|behind|in front of)\s"
)


def _nation_players_in_sport(text: str, ents: list[Ent]) -> bool:
    """A sentence about sport (``_sport_sentence``) or a race's result that names a surname
    next to its country ("a stroke from Nakamura of Japan"): sports copy."""
    if " of " not in text and "'s " not in text and "’s " not in text:
        return False
    for p, n, w in ((ONE_OF_NATION, 2, 1), (ONE_NATION_S, 1, 2)):
        for m in p.finditer(text):
            if is_nation(m.group(n)) and _nation_surname(m.group(w), frozenset()):
                lo, hi = _sentence_at(text, m.start())
                if _sport_sentence(text, lo, hi, ents) or RACE_RESULT.search(text, lo, hi):
                    return True
    return False


def scores_cut(text: str, ents: list[Ent]) -> None:
    """A score NER ran into a name ("Wimbledon 2-0", "0 Leeds 0") is no part of it: the name
    is what is left; the match rules below then type it."""
    for x in ents:
        if x.fixed and x.type == "PRODUCT":
            continue  # a model number read off the form ("Boeing 777-9") is no score
        span = text[x.start : x.end]
        tail, both = TRAILING_SCORE.search(span), BETWEEN_COUNTS.match(span)
        if both:
            start, end = x.start + both.start(1), x.start + both.end(1)
        elif tail:
            start, end = x.start, x.start + tail.start()
        else:
            continue
        if not text[start:end][:1].isupper():
            continue
        x.start, x.end, x.name = start, end, _name(text[start:end])
        if x.type in ("PRODUCT", "WORK_OF_ART"):
            x.type = "ORG"


def city_clubs(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """In sports copy, a name of two or three words typed a place that holds a big city's name
    but is no place itself ("Manchester City", "Bayern Munich", "Paris Saint-Germain") is a
    club; a known place ("Mexico City"), a direction word ("North London") or a place head
    word ("Munich Airport") keeps it a place."""
    directions = entity_words("direction")
    heads = form_words("loc_head") | fac_heads() | entity_words("gpe_head")
    for x in ents:
        word = text[x.start : x.end]
        words = word.split()
        if x.type not in ("GPE", "LOC") or x.fixed or not 2 <= len(words) <= 3:
            continue
        if not all(w[:1].isupper() for w in words) or word.isupper():
            continue
        if place_pop(word) >= 0 or lookup_alias(word) or is_nation(word):
            continue
        if any(w.lower() in directions or w.lower() in heads for w in words):
            continue
        if not any(place_pop(w.split("-")[0]) >= BIG_CITY for w in words):
            continue
        x.type, x.fixed, x.name = "ORG", True, word
        x.tags.add("team")
        teams.setdefault(word.lower(), word)


def short_forms(text: str, ents: list[Ent], teams: dict[str, str]) -> None:
    """A word of one club's longer name stands for that club in the same sports copy
    ("Stuttgart" after "VfB Stuttgart", "Bayern" after "Bayern Munich", "City" after
    "Manchester City"): ``one_type`` then tags it alike. Not a country, a function word, a
    weekday ("Wednesday" of "Sheffield Wednesday": "on Wednesday" is a day; session 24), or a
    word two clubs share ("Manchester" of City and United)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, name in teams.items():
        words = key.split()
        if len(words) < 2:
            continue
        for w in words:
            if len(w) > 2 and w not in STOP_WORDS and not is_nation(w) and w not in WEEKDAYS:
                owners[w].add(name)  # not "Wednesday" of "Sheffield Wednesday": a day (s24)
    team_words = {x.name.lower() for x in ents if "team" in x.tags}
    for w, names in owners.items():
        # only where the word stands alone somewhere: a mention or a capitalised word
        alone = re.search(rf"(?<![\w'’-]){re.escape(w.title())}(?![\w'’-]| [A-Z])", text)
        if len(names) == 1 and w not in teams and w not in team_words and alone:
            teams[w] = next(iter(names))
    nicknames(text, teams)


# a capitalised word standing alone, not at a line's or a sentence's start
MID_WORD = re.compile(r"(?<=[a-z,;:'’–—-] )[A-Z][a-z]{3,}(?![\w'’-]| [A-Z])")
ACRONYM_WORD = re.compile(r"(?<![\w'’-])[A-Z]{3,4}(?![\w'’-])")


def nicknames(text: str, teams: dict[str, str]) -> None:
    """Short forms a club's fans and reporters build from its name, where the sports copy names
    the club in full (session 15): a word that opens or ends one word of exactly one club's name,
    with a plural "s" or without ("Wolves" of "Wolverhampton Wanderers", "Spurs" of "Tottenham
    Hotspur", "Gladbach" of "Borussia Mönchengladbach"), and the initials of the name with its
    hyphenated words apart ("PSG" of "Paris Saint-Germain"). The word must stand capitalised
    inside a sentence somewhere (a sentence's first word may be any word) and be four letters
    at least; a word of a name is ``short_forms``' ("Forest")."""
    clubs = {key: name for key, name in teams.items() if len(key.split()) >= 2}
    if not clubs:
        return
    parts = {key: [w for w in key.split() if len(w) >= 6] for key in clubs}
    for word in {m.group(0) for m in MID_WORD.finditer(text)}:
        low = word.lower()
        if teams.get(low, word) != word:
            continue  # a club named so already (a club named only by this word is open)
        stem = low.removesuffix("s")
        owners = {
            clubs[key]
            for key, words in parts.items()
            if any(
                w != stem and len(stem) >= 4 and (w.startswith(stem) or w.endswith(stem))
                for w in words
            )
        }
        if len(owners) == 1:
            teams[low] = next(iter(owners))
    for word in {m.group(0) for m in ACRONYM_WORD.finditer(text)}:
        owners = {
            name
            for key, name in clubs.items()
            if "".join(w[:1] for w in re.split(r"[ -]", key) if w).upper() == word
        }
        if len(owners) == 1 and teams.get(word.lower(), word) == word:
            teams[word.lower()] = next(iter(owners))


# A run of capitalised words on one line, with the particles of venue names ("Stade de
# France") and a league's letter or number ("Serie A", "Ligue 1").
RUN = re.compile(r"[A-Z][\w'’&-]*(?:[ \t]+(?:(?:de|del|di|da|du)[ \t]+)?(?:[A-Z][\w'’&-]*|\d))*")
DROP_FRONT = {"the", "a", "an"}


def _host_event(words: list[str]) -> bool:
    """True for a competition named by its host, a demonym or a country before the event's
    words ("French Open", "Belgian Grand Prix", "Monaco Grand Prix"); not a home nation's side
    ("England World Cup squad") nor a run in capitals (a headline's words)."""
    while words and words[0].lower() in DROP_FRONT:
        words = words[1:]
    if len(words) < 2 or " ".join(words).isupper() or _run_kind(words) != "EVENT":
        return False
    first = _name(words[0])
    if first.lower() in form_words("sport_nation"):
        return False
    return place_kinds().get(first) in ("demonym", "country")


def _run_kind(words: list[str]) -> str:
    """The type a run's form gives in sports copy: ORG for a league, EVENT for a competition,
    FAC for a venue; "" for none."""
    low = [w.lower() for w in words]
    leagues = entity_words("league_word")
    last = low[-1]
    if last in leagues and len(low) > 1:
        return "ORG"  # "Premier League", "La Liga", "Western Conference"
    if len(low) > 1 and low[-2] in leagues and (len(last) == 1 or last.isdigit()):
        return "ORG"  # "Serie A", "Ligue 1"
    if len(low) == 1 and any(last.endswith(w) and len(last) > len(w) + 3 for w in leagues):
        return "ORG"  # "Bundesliga", "Superliga"
    if len(low) > 1 and (
        last in form_words("event_tail") or last in entity_words("competition_tail")
    ):
        return "EVENT"  # "FA Cup", "ATP Finals", "Six Nations"
    venues = entity_words("venue_word")
    if len(low) > 1 and (low[0] in venues or last in venues):
        return "FAC"  # "Stade de France", "Inalpi Arena"
    if len(low) == 1 and any(last.endswith(w) and len(last) > len(w) + 3 for w in venues):
        return "FAC"  # "Westfalenstadion"
    return ""


def _in_body(text: str, name: str) -> bool:
    """True where the text writes ``name`` (found in capitals) as a name: each word with a
    capital, not all in capitals ("Premier League", not "English league")."""
    pattern = r"[ \t]+".join(re.escape(w) for w in name.split())
    return any(
        not m.group(0).isupper() and all(w[:1].isupper() for w in m.group(0).split())
        for m in re.finditer(rf"(?<![\w'’-]){pattern}(?![\w'’-])", text, re.IGNORECASE)
    )


def competitions(text: str, ents: list[Ent]) -> None:
    """Leagues, competitions and venues read off the form of their names in sports copy
    (``entity_words.jsonl`` kinds ``league_word``, ``competition_tail``, ``venue_word`` and
    ``entity_forms.jsonl`` kind ``event_tail``): a league is ORG ("Serie A", "Bundesliga",
    "SERIE A" in a headline), a cup or championship EVENT ("FA Cup", "Six Nations"), a stadium
    FAC ("Stade de France"), whatever NER made of them or missed. A leading demonym or
    country stays apart ("Italian Serie A"); a name NER typed EVENT stays ("Champions League":
    which competitions are named like leagues is world knowledge)."""
    demonyms = {a for a, k in place_kinds().items() if k == "demonym"}
    group_at = {x.start for x in ents if x.type == "NORP"}  # "ENGLISH LEAGUE"
    new: list[Ent] = []
    for mt in RUN.finditer(text):
        words = mt.group(0).split()
        s = mt.start()
        # an event is named by its host: "French Open", "Monaco Grand Prix" keep their first
        # word (session 8); a league's demonym or a home nation stays apart ("Italian Serie A")
        host = _host_event(words)
        while words and (words[0].lower() in DROP_FRONT or (not host and (
                _name(words[0]) in demonyms or is_nation(words[0]) or s in group_at))):  # fmt: skip
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else mt.end()
            words = words[1:]
        # in capitals the run goes on into the headline's words: "SERIE A STANDINGS"
        k = len(words)
        kind = _run_kind(words) if words else ""
        while not kind and mt.group(0).isupper() and k > 1:
            k -= 1
            kind = _run_kind(words[:k])
        if not kind:
            continue
        words = words[:k]
        e = text.index(words[-1], s) + len(words[-1])
        if mt.group(0).isupper() and len(words) > 1 and not _in_body(text, text[s:e]):
            continue  # "ENGLISH LEAGUE RESULTS": a headline's words, unless the body names it
        old = [x for x in ents if x.start < e and s < x.end]
        if any(x.start < s or x.end > e for x in old) or any(
            (x.type == kind and (x.start, x.end) == (s, e)) or x.type == kind == "ORG" for x in old
        ):
            continue  # part of a longer name, or typed so already (an EVENT NER cut, "Prix",
            # takes the whole name)
        if any(x.type == "EVENT" for x in old) and kind == "ORG":
            continue
        name = " ".join(_name(w) for w in words) if mt.group(0).isupper() else text[s:e]
        new.append(Ent(s, e, kind, name, fixed=True, tags={"competition"}))
    _replace_all(ents, new)


def teams(doc: Doc, ents: list[Ent], english: frozenset[str] = frozenset()) -> list[Ent]:
    """Apply the sports rules above; return the mentions in text order."""
    text = text_of(doc)
    keep_datelines(doc, ents)
    club_names(text, ents)
    lines = dateline_spans(doc)
    if (
        not _sports_copy(text, ents)
        and not known_clubs(text, ents, {}, lines, english, False)
        and not _career_club(text, ents)
    ):
        return ents  # no score, no table, no result list, no known club in sport: no sports copy
    ents = list(ents)
    scores_cut(text, ents)
    found: dict[str, str] = {}
    competitions(text, ents)
    city_clubs(text, ents, found)
    players(text, ents, english)
    scorecards(text, ents)
    row_teams(text, ents, found)
    result_lines(text, ents, found)
    inline_results(text, ents, found)
    mid_results(text, ents, found)
    prose_results(text, ents, found, lines)
    scorers(text, ents, found)
    fixtures(text, ents, found, lines)
    records(text, ents, found, lines)
    matches(text, ents, found, lines, english)
    roles(text, ents, found, lines)
    standings(text, ents, found, lines)
    transfers(text, ents, found, english)
    visits(text, ents, found)
    standing_phrases(text, ents, found, lines)
    known_clubs(text, ents, found, lines, english)
    possessions(text, ents, found, lines)
    short_forms(text, ents, found)
    one_type(text, ents, found, lines)
    if listed_sides(text, ents, found, lines):
        one_type(text, ents, found, lines)
    venue_labels(text, ents)
    player_names(text, ents, found, english)
    people_sides(text, ents, found, english)  # "Casper Ruud beat Novak Djokovich 6-3" (s30)
    scorer_deeds(doc, text, ents, found)  # "with Ferreira scoring both goals" (s32)
    # the players found here name their surnames too ("ALCARAZ" in the headline of a results
    # list with "Carlos Alcaraz (Spain)"): the document-level surname linking once more
    surnames(doc, text, ents)
    ents.sort(key=lambda e: e.start)
    return ents
