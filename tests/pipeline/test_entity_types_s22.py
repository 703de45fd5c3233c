"""Entity types and club names, session 22 (issue 13): sides by their standing and results
(``entities.sports.standings``), British clubs by their English Wikipedia titles in football copy
(``entities.leagues``), firms named after people (``entities.evidence``). On plain mention lists
(no model) and through the component. Invented texts; each cue has three new cases of its family
and cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.leagues import british_clubs, british_football, full_names
from briefx.pipeline.entities.sports import teams
from tests.pipeline.conftest import by_mention

Mark = tuple[str, str, str]  # (surface, type, name)


def _ents(text: str, marks: list[Mark], tags: set[str] | None = None) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name, tags=set(tags or ())))
        pos = s + len(surface)
    return ents


def sides(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run the sports rules on a blank pipeline's Doc over mentions at the marks."""
    out = teams(spacy.blank("en")(text), _ents(text, marks))
    return sorted((text[e.start : e.end], e.type) for e in out)


def _places(*words: str) -> list[Mark]:
    return [(w, "GPE", w) for w in words]


# A side by its place in the table, a relative clause with a match verb, a comeback, a result
# after its possessive or a margin before it; a town and a club's last word NER typed a person.
STANDINGS = [
    ("Hull won 2-0. Burnley, third, beat Millwall 3-1.", _places("Hull", "Burnley", "Millwall"),
     [("Burnley", "ORG"), ("Hull", "ORG"), ("Millwall", "ORG")]),
    ("Hull won 2-0. Everton, who sit 15th in the table, have not lost since May.",
     _places("Hull", "Everton"), [("Everton", "ORG"), ("Hull", "ORG")]),
    ("Hull won 2-0. Derby, who are bottom, sacked their coach.", _places("Hull", "Derby"),
     [("Derby", "ORG"), ("Hull", "ORG")]),
    ("Hull won 2-0. Philadelphia, who beat Dallas 24-10, are next.",
     _places("Hull", "Philadelphia", "Dallas"),
     [("Dallas", "ORG"), ("Hull", "ORG"), ("Philadelphia", "ORG")]),
    ("Lyon won 2-0. Rain fell before Nantes came back to win 2-1 at Brest.",
     _places("Lyon", "Nantes", "Brest"), [("Brest", "ORG"), ("Lyon", "ORG"), ("Nantes", "ORG")]),
    ("Lyon won 2-0. Lille's second-half comeback stunned the crowd.", _places("Lyon", "Lille"),
     [("Lille", "ORG"), ("Lyon", "ORG")]),
    ("Lyon won 2-0. Toulouse's unbeaten run is over.", _places("Lyon", "Toulouse"),
     [("Lyon", "ORG"), ("Toulouse", "ORG")]),
    ("Hull won 2-0 and moved two points clear of Preston.", _places("Hull", "Preston"),
     [("Hull", "ORG"), ("Preston", "ORG")]),
    ("Hull won 2-0. They are level on points with Swansea.", _places("Hull", "Swansea"),
     [("Hull", "ORG"), ("Swansea", "ORG")]),
    ("Hull won 2-0. Toronto's goalie made 31 saves.", _places("Hull", "Toronto"),
     [("Hull", "ORG"), ("Toronto", "ORG")]),
    ("Hull won 2-0. Milwaukee lost at home to Cleveland.",
     _places("Hull", "Milwaukee", "Cleveland"),
     [("Cleveland", "ORG"), ("Hull", "ORG"), ("Milwaukee", "ORG")]),
    ("Hull won 2-0. Leeds United were the better side.",
     [("Hull", "GPE", "Hull"), ("Leeds United", "PERSON", "Leeds United")],
     [("Hull", "ORG"), ("Leeds United", "ORG")]),
    ("Hull won 2-0. Plymouth Argyle have a new coach.",
     [("Hull", "GPE", "Hull"), ("Plymouth Argyle", "FAC", "Plymouth Argyle")],
     [("Hull", "ORG"), ("Plymouth Argyle", "ORG")]),
    # a club NER typed ORG lends its type to its town alone (not after "in")
    ("Hull won 2-0. Leeds United signed a winger; Leeds were poor, and police in Leeds said so.",
     [("Hull", "GPE", "Hull"), ("Leeds United", "ORG", "Leeds United"), ("Leeds", "GPE", "Leeds"),
      ("Leeds", "GPE", "Leeds")],
     [("Hull", "ORG"), ("Leeds", "GPE"), ("Leeds", "ORG"), ("Leeds United", "ORG")]),
    ("Hull won 2-0. Stoke City sacked their coach after Stoke lost again.",
     [("Hull", "GPE", "Hull"), ("Stoke City", "ORG", "Stoke City"), ("Stoke", "GPE", "Stoke")],
     [("Hull", "ORG"), ("Stoke", "ORG"), ("Stoke City", "ORG")]),
    ("Hull won 2-0. Fans of Luton Town said Luton had no money.",
     [("Hull", "GPE", "Hull"), ("Luton Town", "ORG", "Luton Town"), ("Luton", "GPE", "Luton")],
     [("Hull", "ORG"), ("Luton", "ORG"), ("Luton Town", "ORG")]),
    # a side by the result its verb names, and the opponent after a result noun
    ("Hull won 2-0. Derby recorded a 3-1 victory over Preston.",
     _places("Hull", "Derby", "Preston"), [("Derby", "ORG"), ("Hull", "ORG"), ("Preston", "ORG")]),
    ("Hull won 2-0. Bristol suffered a home defeat to Luton.", _places("Hull", "Bristol", "Luton"),
     [("Bristol", "ORG"), ("Hull", "ORG"), ("Luton", "ORG")]),
    ("Lyon won 2-0. Nantes slumped to a heavy defeat against Lens.", _places("Lyon", "Nantes", "Lens"),
     [("Lens", "ORG"), ("Lyon", "ORG"), ("Nantes", "ORG")]),
    # fixtures "A v B", and result lines with each side's scorers in brackets
    ("Hull won 2-0. Saturday: Leeds v Norwich, Derby vs. Stoke.",
     _places("Hull", "Leeds", "Norwich", "Derby", "Stoke"),
     [("Derby", "ORG"), ("Hull", "ORG"), ("Leeds", "ORG"), ("Norwich", "ORG"), ("Stoke", "ORG")]),
    ("Spain won 2-1. England v Pakistan starts on Friday.", _places("Spain", "England", "Pakistan"),
     [("England", "GPE"), ("Pakistan", "GPE"), ("Spain", "GPE")]),
    ("Results:\nNorwich 2 (Sargent 12, Sainz 40) Leeds 3 (Piroe 55, Rodon 71)\n",
     [("Norwich", "GPE", "Norwich"), ("Sainz", "ORG", "Sainz")],
     [("Leeds", "ORG"), ("Norwich", "ORG"), ("Piroe", "PERSON"), ("Rodon", "PERSON"),
      ("Sainz", "PERSON"), ("Sargent", "PERSON")]),
    ("Hull 1 (Ann Roe 23) Stoke 0\nDerby 0 Preston 2 (Bo Lee 12, 80)\n",
     [("Hull", "GPE", "Hull")],
     [("Ann Roe", "PERSON"), ("Bo Lee", "PERSON"), ("Derby", "ORG"), ("Hull", "ORG"),
      ("Preston", "ORG"), ("Stoke", "ORG")]),
    # the club a player moves from or to, with a lower-case role before the player's name
    # (session 28: the club that signs him is a known club in a sentence about sport)
    ("Hull won 2-0. Leeds signed striker Tom Roe from Norwich.",
     [("Hull", "GPE", "Hull"), ("Leeds", "GPE", "Leeds"), ("Tom Roe", "PERSON", "Tom Roe"),
      ("Norwich", "GPE", "Norwich")],
     [("Hull", "ORG"), ("Leeds", "ORG"), ("Norwich", "ORG"), ("Tom Roe", "PERSON")]),
    ("Hull won 2-0. They have loaned defender Ann Roe to Stoke.",
     [("Hull", "GPE", "Hull"), ("Ann Roe", "PERSON", "Ann Roe"), ("Stoke", "GPE", "Stoke")],
     [("Ann Roe", "PERSON"), ("Hull", "ORG"), ("Stoke", "ORG")]),
    # (session 28: "Derby", which NER left out, is a known club in a sentence about sport)
    ("Hull won 2-0. Derby sold midfielder Bo Lee to Swindon.",
     [("Hull", "GPE", "Hull"), ("Bo Lee", "PERSON", "Bo Lee"), ("Swindon", "GPE", "Swindon")],
     [("Bo Lee", "PERSON"), ("Derby", "ORG"), ("Hull", "ORG"), ("Swindon", "ORG")]),
    # untouched: a country's side, a place after "in", the mayor of a city, a person's result,
    # a known place with "City", no sports copy at all
    ("Spain won 2-1. Italy, third, beat Norway.", _places("Spain", "Italy", "Norway"),
     [("Italy", "GPE"), ("Norway", "GPE"), ("Spain", "GPE")]),
    ("Hull won 2-0, and fans in Hull celebrated.", _places("Hull", "Hull"),
     [("Hull", "GPE"), ("Hull", "ORG")]),
    ("Denver beat Boston 110-104. The mayor of Denver was there.", _places("Denver", "Boston",
                                                                           "Denver"),
     [("Boston", "ORG"), ("Denver", "GPE"), ("Denver", "ORG")]),
    ("Sinner won 6-4 6-2. Jannik Sinner's comeback began in Rome.",
     [("Jannik Sinner", "PERSON", "Jannik Sinner"), ("Rome", "GPE", "Rome")],
     [("Jannik Sinner", "PERSON"), ("Rome", "GPE"), ("Sinner", "PERSON")]),
    ("Hull won 2-0. Kansas City and Mexico City signed a deal.",
     [("Hull", "GPE", "Hull"), ("Kansas City", "GPE", "Kansas City"),
      ("Mexico City", "GPE", "Mexico City")],
     [("Hull", "ORG"), ("Kansas City", "GPE"), ("Mexico City", "GPE")]),
    ("Hull won 2-0. Jannik Sinner v Carlos Alcaraz is the final.",
     [("Hull", "GPE", "Hull"), ("Jannik Sinner", "PERSON", "Jannik Sinner"),
      ("Carlos Alcaraz", "PERSON", "Carlos Alcaraz")],
     [("Carlos Alcaraz", "PERSON"), ("Hull", "ORG"), ("Jannik Sinner", "PERSON")]),
    ("The firm recorded a 12% rise in sales. Paris suffered floods.", _places("Paris"),
     [("Paris", "GPE")]),
    ("Paris, who sit on the river, moved two points clear of Lyon in the survey.",
     _places("Paris", "Lyon"), [("Lyon", "GPE"), ("Paris", "GPE")]),
]  # fmt: skip


# Outside sports copy too: a town and a club's last word NER typed a person or a facility.
CLUB_NAMES = [
    ("The group also sponsors Leeds United, whose stadium lost water.",
     [("Leeds United", "PERSON", "Leeds United")], [("Leeds United", "ORG")]),
    ("Fans of Plymouth Argyle marched to the council.",
     [("Plymouth Argyle", "FAC", "Plymouth Argyle")], [("Plymouth Argyle", "ORG")]),
    ("The bank signed a deal with Aston Villa on Monday.",
     [("Aston Villa", "PERSON", "Aston Villa")], [("Aston Villa", "ORG")]),
    # untouched: a county or a city outside sports copy, a person whose first name is no town,
    # a place typed a place
    ("Floods hit Orange County on Monday.", [("Orange County", "FAC", "Orange County")],
     [("Orange County", "FAC")]),
    ("Jane Albion said the plan would work.", [("Jane Albion", "PERSON", "Jane Albion")],
     [("Jane Albion", "PERSON")]),
    ("Leeds City held a vote.", [("Leeds City", "GPE", "Leeds City")], [("Leeds City", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), CLUB_NAMES)
def test_club_names(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert sides(text, marks) == want


@pytest.mark.parametrize(("text", "marks", "want"), STANDINGS)
def test_standings(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert sides(text, marks) == want


def titles(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Name the sides (tagged as the sports rules tag them) as ``leagues.team_names`` does; a
    name NER typed ORG is a "side" (the match rules' tag), not a "team"."""
    ents = _ents(text, marks)
    for e in ents:
        if e.type == "ORG" and "League" not in e.name:  # a league is a competition
            e.tags.add("side" if e.name == "Airbus" else "team")
    full_names(ents)
    british_clubs(ents, text)
    return [(text[e.start : e.end], e.name) for e in ents]


# British football copy: a competition of England or Scotland named, a full club name with
# "F.C."/"FC", or a British place and a football word. Wikipedia titles of a dozen clubs:
# Everton F.C., Fulham F.C., Brentford F.C., Burnley F.C., Crystal Palace F.C., Celtic F.C.,
# Aberdeen F.C., Kilmarnock F.C., Motherwell F.C., Leeds United F.C., Norwich City F.C.,
# Stoke City F.C.; exceptions: AFC Bournemouth, Hull City A.F.C. (their own suffixes), national
# sides, clubs abroad, rugby and cricket sides.
CLUBS = [
    ("Premier League: Everton 1 Fulham 0. Brentford beat Burnley.",
     [("Premier League", "ORG", "Premier League"), ("Everton", "ORG", "Everton"),
      ("Fulham", "ORG", "Fulham"), ("Brentford", "ORG", "Brentford"),
      ("Burnley", "ORG", "Burnley")],
     [("Premier League", "Premier League"), ("Everton", "Everton F.C."),
      ("Fulham", "Fulham F.C."), ("Brentford", "Brentford F.C."), ("Burnley", "Burnley F.C.")]),
    ("Crystal Palace won the FA Cup.", [("Crystal Palace", "ORG", "Crystal Palace")],
     [("Crystal Palace", "Crystal Palace F.C.")]),
    ("Celtic beat Aberdeen in the Scottish Cup, and Kilmarnock drew with Motherwell.",
     [("Celtic", "ORG", "Celtic"), ("Aberdeen", "ORG", "Aberdeen"),
      ("Kilmarnock", "ORG", "Kilmarnock"), ("Motherwell", "ORG", "Motherwell")],
     [("Celtic", "Celtic F.C."), ("Aberdeen", "Aberdeen F.C."),
      ("Kilmarnock", "Kilmarnock F.C."), ("Motherwell", "Motherwell F.C.")]),
    # a full name lends itself to the short mentions
    ("Leeds United beat Norwich City in the Championship. Leeds host Norwich in the EFL Cup.",
     [("Leeds United", "ORG", "Leeds United"), ("Norwich City", "ORG", "Norwich City"),
      ("Leeds", "ORG", "Leeds"), ("Norwich", "ORG", "Norwich")],
     [("Leeds United", "Leeds United F.C."), ("Norwich City", "Norwich City F.C."),
      ("Leeds", "Leeds United F.C."), ("Norwich", "Norwich City F.C.")]),
    ("LONDON - Stoke City's striker scored. Stoke won 2-0.",
     [("LONDON", "GPE", "London"), ("Stoke City", "ORG", "Stoke City"),
      ("Stoke", "ORG", "Stoke")],
     [("LONDON", "London"), ("Stoke City", "Stoke City F.C."), ("Stoke", "Stoke City F.C.")]),
    ("Wrexham A.F.C. beat Oxford United Football Club, and Wrexham went top.",
     [("Wrexham A.F.C.", "ORG", "Wrexham A.F.C."), ("Oxford United", "ORG", "Oxford United"),
      ("Wrexham", "ORG", "Wrexham")],
     [("Wrexham A.F.C.", "Wrexham A.F.C."), ("Oxford United", "Oxford United F.C."),
      ("Wrexham", "Wrexham A.F.C.")]),  # the club table's title (session 42)
    # untouched: a suffix of its own, a club abroad, an acronym, a national side
    (("Premier League: AFC Bournemouth beat Hull City A.F.C.; England beat Wales; Real Madrid "
     "drew with PSV."),
     [("Premier League", "ORG", "Premier League"), ("AFC Bournemouth", "ORG", "AFC Bournemouth"),
      ("Hull City A.F.C.", "ORG", "Hull City A.F.C."), ("England", "GPE", "England"),
      ("Wales", "GPE", "Wales"), ("Real Madrid", "ORG", "Real Madrid"), ("PSV", "ORG", "PSV")],
     [("Premier League", "Premier League"), ("AFC Bournemouth", "AFC Bournemouth"),
      ("Hull City A.F.C.", "Hull City A.F.C."), ("England", "England"), ("Wales", "Wales"),
      ("Real Madrid", "Real Madrid"), ("PSV", "PSV")]),
    # a town that is a city abroad too, where Britain has a town of its name ("Perth"); the one
    # senior club of "Hamilton" in clubs.jsonl lends its full name (session 36); no table knows
    # a club "Perth" (its club is St Johnstone): no guessed "Perth F.C." (session 42)
    ("DUNDEE - the striker Ann Roe scored; Perth lost 2-0 to Hamilton.",
     [("DUNDEE", "GPE", "Dundee"), ("Perth", "ORG", "Perth"), ("Hamilton", "ORG", "Hamilton")],
     [("DUNDEE", "Dundee"), ("Perth", "Perth"), ("Hamilton", "Hamilton Academical F.C.")]),
    # untouched: no British football copy (rugby and cricket from Britain, the Indian Premier
    # League, American football)
    ("LONDON - Bath beat Northampton 31-17 in rugby's Premiership; the fly-half kicked 14 points.",
     [("LONDON", "GPE", "London"), ("Bath", "ORG", "Bath"), ("Northampton", "ORG", "Northampton")],
     [("LONDON", "London"), ("Bath", "Bath"), ("Northampton", "Northampton")]),
    ("LONDON - Surrey beat Somerset by seven wickets.",
     [("LONDON", "GPE", "London"), ("Surrey", "ORG", "Surrey"), ("Somerset", "ORG", "Somerset")],
     [("LONDON", "London"), ("Surrey", "Surrey"), ("Somerset", "Somerset")]),
    ("Chennai beat Mumbai in the Indian Premier League.",
     [("Chennai", "ORG", "Chennai"), ("Mumbai", "ORG", "Mumbai")],
     [("Chennai", "Chennai"), ("Mumbai", "Mumbai")]),
    # a firm NER typed ORG that "won" (a side only by the match verb), in copy from Britain
    ("FARNBOROUGH - Airbus won orders for 95 jets; the first 777-9 flies in 2027.",
     [("FARNBOROUGH", "GPE", "Farnborough"), ("Airbus", "ORG", "Airbus")],
     [("FARNBOROUGH", "Farnborough"), ("Airbus", "Airbus")]),
    ("Buffalo beat Denver 31-7; the quarterback threw three touchdowns.",
     [("Buffalo", "ORG", "Buffalo"), ("Denver", "ORG", "Denver")],
     [("Buffalo", "Buffalo"), ("Denver", "Denver")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), CLUBS)
def test_club_titles(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert titles(text, marks) == want


FOOTBALL = [
    ("Arsenal top the Premier League.", [], True),
    ("Hibernian FC said the match was off.", [], True),
    ("CARDIFF - Swansea's striker scored in stoppage time.", [("CARDIFF", "GPE", "Cardiff")], True),
    ("Mumbai won the Indian Premier League.", [], False),
    ("CARDIFF - the lineout failed and Wales lost the rugby.", [("CARDIFF", "GPE", "Cardiff")],
     False),
    ("Lyon beat Nice with a late goal.", [("Lyon", "GPE", "Lyon")], False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), FOOTBALL)
def test_british_football(text: str, marks: list[Mark], want: bool) -> None:
    assert british_football(text, _ents(text, marks)) is want


def typed(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run the vote over mentions at the marks: (surface, type) after it."""
    ents = _ents(text, marks)
    document_types(text, ents)
    return [(text[e.start : e.end], e.type) for e in ents]


def _people(*names: str) -> list[Mark]:
    return [(n, "PERSON", n) for n in names]


# Firms named after people: what only a firm has after "whose" or its possessive, who founded
# it, its reported results, its staff before "at", a partnership word as its last word, and
# (weak, twice) what a law firm does.
FIRMS = [
    ("Olive Harker, whose shops closed in May, will sell online.", _people("Olive Harker"),
     [("Olive Harker", "ORG")]),
    ("Jonah Pell, whose stores are in malls, cut prices.", _people("Jonah Pell"),
     [("Jonah Pell", "ORG")]),
    ("Rosa Quill's owner said it would sell the brand.", _people("Rosa Quill"),
     [("Rosa Quill", "ORG")]),
    ("Ian Dorr, who founded Hattie Vane, said shirts sold well.",
     _people("Ian Dorr", "Hattie Vane"), [("Ian Dorr", "PERSON"), ("Hattie Vane", "ORG")]),
    ("Milo Crest reported a 12% rise in sales.", _people("Milo Crest"), [("Milo Crest", "ORG")]),
    ("Nell Orme posted record annual profits on Tuesday.", _people("Nell Orme"),
     [("Nell Orme", "ORG")]),
    ("Consultants at Oscar Reeve said retailers faced a hard winter.", _people("Oscar Reeve"),
     [("Oscar Reeve", "ORG")]),
    ("Lawyers at Dora Fenwick said the ruling was wrong.", _people("Dora Fenwick"),
     [("Dora Fenwick", "ORG")]),
    ("Harold Brothers bought the brand.", _people("Harold Brothers"),
     [("Harold Brothers", "ORG")]),
    ("Clement Dray advised on the takeover, and Clement Dray acted for the lenders.",
     _people("Clement Dray", "Clement Dray"), [("Clement Dray", "ORG"), ("Clement Dray", "ORG")]),
    # what a firm opens or closes; joined as a firm's role; "which" (weak, twice)
    ("Nora Blythe will close eight stores next year.", _people("Nora Blythe"),
     [("Nora Blythe", "ORG")]),
    ("Felix Arden said it would open 10 shops in Leeds.", _people("Felix Arden"),
     [("Felix Arden", "ORG")]),
    ("Greta Loom closed 40 branches in May.", _people("Greta Loom"), [("Greta Loom", "ORG")]),
    ("She joined Hollis Crane as a partner in 2019.", _people("Hollis Crane"),
     [("Hollis Crane", "ORG")]),
    ("Tom Lee joined Ivo Marsh as chief executive.", _people("Tom Lee", "Ivo Marsh"),
     [("Tom Lee", "PERSON"), ("Ivo Marsh", "ORG")]),
    ("Ruth Vale, which advised the bank, said Ruth Vale, which has 900 lawyers, would grow.",
     _people("Ruth Vale", "Ruth Vale"), [("Ruth Vale", "ORG"), ("Ruth Vale", "ORG")]),
    # a name typed a body that opens with a given name, before ", who"
    ("Jordan Baker, who chairs the council, said costs rose.",
     [("Jordan Baker", "ORG", "Jordan Baker")], [("Jordan Baker", "PERSON")]),
    ("Megan Austin, who joined in May, will lead the review.",
     [("Megan Austin", "ORG", "Megan Austin")], [("Megan Austin", "PERSON")]),
    ("Carla Marsh, who is 41, runs the board.", [("Carla Marsh", "ORG", "Carla Marsh")],
     [("Carla Marsh", "PERSON")]),
    # untouched: a person with a shop, a person's lawyers, a person who reported a finding, a
    # lawyer acting once, the brothers of a family, a person who opened a shop, joined a person,
    # "which is" after a name, a listed firm before ", who"
    ("Ada Moss, whose husband died, said she would stay.", _people("Ada Moss"),
     [("Ada Moss", "PERSON")]),
    ("Tom Hale's lawyers said he would appeal.", _people("Tom Hale"), [("Tom Hale", "PERSON")]),
    ("Lena Voss reported the findings to the board.", _people("Lena Voss"),
     [("Lena Voss", "PERSON")]),
    ("Jane Cole KC acted for the claimants.", _people("Jane Cole"), [("Jane Cole", "PERSON")]),
    ("The Wright brothers flew in 1903.", _people("Wright"), [("Wright", "PERSON")]),
    ("Ava Reed opened a new shop in Bath.", _people("Ava Reed"), [("Ava Reed", "PERSON")]),
    ("Ben Ode joined Ada Lin on stage.", _people("Ben Ode", "Ada Lin"),
     [("Ben Ode", "PERSON"), ("Ada Lin", "PERSON")]),
    ("A portrait of Ivy Stone, which is in the museum, was sold.", _people("Ivy Stone"),
     [("Ivy Stone", "PERSON")]),
    ("Morgan Stanley, who advised the bank, declined to comment.",
     [("Morgan Stanley", "ORG", "Morgan Stanley")], [("Morgan Stanley", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), FIRMS)
def test_firms(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert typed(text, marks) == want


COMPONENT = [
    (("SOCCER - LEEDS WIN\nLEEDS, England, May 10 - Leeds United beat Norwich City 3-2 in the "
     "Championship on Saturday. "
     "Norwich, who sit 10th, host Stoke next week."),
     {"type": {"Norwich": "ORG"}, "name": {"Leeds United": "Leeds United F.C."}}),
    (("The fashion brand Laura Ashley will return to shops, and Laura Ashley's owner said sales "
     "rose."), {"type": {"Laura Ashley": "ORG"}, "name": {}}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, dict[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """The component: the rules over what the model read."""
    brief = run(text, reference_date="2025-05-12")
    for field, expected in want.items():
        got = by_mention(brief, field)
        assert {k: got.get(k) for k in expected} == expected
