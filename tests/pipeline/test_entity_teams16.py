"""Teams no club table knows (session 29, teams16; issue 13): a town, county or state is its
team where the text gives it a team's role (``entities.sports``): a side of a cricket, Australian
rules or baseball score under a sports report's headline, a record in brackets ("Kansas City
(5-1)"), a list of fixtures ("Texas at Baltimore"), a name listed with a team, a town's
possessive before a player; and the place stays where the text uses the place: a venue after a
result, "X-based", "X mayor", "the centre of X". On spacy.blank("en") with the mentions given.
Invented texts; each rule has three new cases and cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.entities.sports import teams
from tests.pipeline.conftest import ents_of

NLP = spacy.blank("en")
NLP.add_pipe("briefx_metadata")

Case = tuple[str, list[tuple[str, str]], list[tuple[str, str]]]


def run(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = NLP(text)
    return [(text[e.start : e.end], e.type) for e in teams(doc, ents_of(text, spans))]


def check(case: Case) -> None:
    text, spans, expected = case
    assert run(text, spans) == expected


HEADLINE_SCORES: list[Case] = [
    # a sports report's headline makes its score lines sport's: a declared innings, figures
    ("CRICKET - COUNTY SCORES\nAt Hove: Sussex 301-6 dec. Kent 145-3.\n",
     [("Hove", "GPE"), ("Sussex", "GPE"), ("Kent", "GPE")],
     [("Hove", "GPE"), ("Sussex", "ORG"), ("Kent", "ORG")]),
    ("CRICKET - SHIELD SCORES\nClose of play: Tasmania 352 and 220-3; Victoria 404.\n",
     [("Tasmania", "GPE"), ("Victoria", "GPE")], [("Tasmania", "ORG"), ("Victoria", "ORG")]),
    ("CRICKET - RESULTS\nEssex 83 and 174 (A. Roe 4-38), Surrey 296.\n",
     [("Essex", "GPE"), ("A. Roe", "PERSON"), ("Surrey", "GPE")],
     [("Essex", "ORG"), ("A. Roe", "PERSON"), ("Surrey", "ORG")]),
    # Australian rules: goals, behinds and points
    ("FOOTBALL - AFL RESULTS\nGeelong 15.12 (102) Adelaide 10.9 (69)\n",
     [("Geelong", "GPE"), ("Adelaide", "GPE")], [("Geelong", "ORG"), ("Adelaide", "ORG")]),
    # untouched: no sport in the headline nor the line (temperatures)
    ("WEATHER - HIGHS TODAY\nHouston 35, Dallas 33.\n",
     [("Houston", "GPE"), ("Dallas", "GPE")], [("Houston", "GPE"), ("Dallas", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", HEADLINE_SCORES)
def test_scores_under_a_sports_headline(case: Case) -> None:
    check(case)


VENUES: list[Case] = [
    # "at X" after a result that named its opponent: where the match was played
    ("Essex beat Kent by six wickets at Canterbury.",
     [("Essex", "GPE"), ("Kent", "GPE"), ("Canterbury", "GPE")],
     [("Essex", "ORG"), ("Kent", "ORG"), ("Canterbury", "GPE")]),
    ("Exeter drew 20-20 with Bath at Gloucester on Friday.",
     [("Exeter", "GPE"), ("Bath", "GPE"), ("Gloucester", "GPE")],
     [("Exeter", "ORG"), ("Bath", "ORG"), ("Gloucester", "GPE")]),
    ("Lancashire lost to Durham by eight wickets at Blackpool.",
     [("Lancashire", "GPE"), ("Durham", "GPE"), ("Blackpool", "GPE")],
     [("Lancashire", "ORG"), ("Durham", "ORG"), ("Blackpool", "GPE")]),
    # untouched: "won at X", "a win at X" name the side played
    ("Porto won 2-1 at Braga to lead the league.", [("Porto", "GPE"), ("Braga", "GPE")],
     [("Porto", "ORG"), ("Braga", "ORG")]),
    ("Leicester were promoted after a 2-0 win at Burnley.",
     [("Leicester", "GPE"), ("Burnley", "GPE")], [("Leicester", "ORG"), ("Burnley", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize("case", VENUES)
def test_venue_after_a_result_stays_the_place(case: Case) -> None:
    check(case)


RECORDS: list[Case] = [
    ("Kansas City (5-1) host Denver (4-2) on Sunday after a 24-17 win.",
     [("Kansas City", "GPE"), ("Denver", "GPE")], [("Kansas City", "ORG"), ("Denver", "ORG")]),
    ("Miami (10-4) clinched a playoff spot with a 24-17 win.", [("Miami", "GPE")],
     [("Miami", "ORG")]),
    ("Boise (7-1-1) stayed unbeaten after a 31-10 rout; Wyoming (3-5) fell again.",
     [("Boise", "GPE"), ("Wyoming", "GPE")], [("Boise", "ORG"), ("Wyoming", "ORG")]),
    # untouched: a country is its national side (GPE)
    ("Kenya (2-1) beat Ghana 3-1.", [("Kenya", "GPE"), ("Ghana", "GPE")],
     [("Kenya", "GPE"), ("Ghana", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", RECORDS)
def test_a_record_in_brackets_makes_a_team(case: Case) -> None:
    check(case)


AT_FIXTURES: list[Case] = [
    ("BASEBALL - GAMES ON FRIDAY\nTexas at Baltimore, Seattle at Detroit\n",
     [("Texas", "GPE"), ("Baltimore", "GPE"), ("Seattle", "GPE"), ("Detroit", "GPE")],
     [("Texas", "ORG"), ("Baltimore", "ORG"), ("Seattle", "ORG"), ("Detroit", "ORG")]),
    ("Hockey on Saturday: Calgary at Winnipeg, Ottawa at Quebec. Leeds beat Hull 2-1.",
     [("Calgary", "GPE"), ("Winnipeg", "GPE"), ("Ottawa", "GPE"), ("Quebec", "GPE"),
      ("Leeds", "GPE"), ("Hull", "GPE")],
     [("Calgary", "ORG"), ("Winnipeg", "ORG"), ("Ottawa", "ORG"), ("Quebec", "ORG"),
      ("Leeds", "ORG"), ("Hull", "ORG")]),
    ("Football on Sunday: Miami at Buffalo; Denver at Tampa (1 p.m.)\n",
     [("Miami", "GPE"), ("Buffalo", "GPE"), ("Denver", "GPE"), ("Tampa", "GPE")],
     [("Miami", "ORG"), ("Buffalo", "ORG"), ("Denver", "ORG"), ("Tampa", "ORG")]),
    # untouched: a line with no sport, in sports copy
    ("Leeds beat Hull 2-1.\nHotels: Marriott at Denver, Hilton at Austin\n",
     [("Leeds", "GPE"), ("Hull", "GPE"), ("Marriott", "ORG"), ("Denver", "GPE"),
      ("Hilton", "ORG"), ("Austin", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Marriott", "ORG"), ("Denver", "GPE"),
      ("Hilton", "ORG"), ("Austin", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", AT_FIXTURES)
def test_a_list_of_fixtures_names_both_sides(case: Case) -> None:
    check(case)


LISTED: list[Case] = [
    ("Kent beat Essex 2-1. Title rivals Surrey, Kent and Derbyshire all won, while Essex lost "
     + "to Sussex.",
     [("Kent", "GPE"), ("Essex", "GPE"), ("Surrey", "GPE"), ("Kent", "GPE"),
      ("Derbyshire", "GPE"), ("Essex", "GPE"), ("Sussex", "GPE")],
     [("Kent", "ORG"), ("Essex", "ORG"), ("Surrey", "ORG"), ("Kent", "ORG"),
      ("Derbyshire", "ORG"), ("Essex", "ORG"), ("Sussex", "ORG")]),
    ("Wigan beat Leeds 24-10. Leeds and Castleford are level on points in the rugby league.",
     [("Wigan", "GPE"), ("Leeds", "GPE"), ("Leeds", "GPE"), ("Castleford", "GPE")],
     [("Wigan", "ORG"), ("Leeds", "ORG"), ("Leeds", "ORG"), ("Castleford", "ORG")]),
    ("Toledo beat Akron 31-7. Toledo, Kent State or Buffalo will win the football title.",
     [("Toledo", "GPE"), ("Akron", "GPE"), ("Toledo", "GPE"), ("Kent State", "ORG"),
      ("Buffalo", "GPE")],
     [("Toledo", "ORG"), ("Akron", "ORG"), ("Toledo", "ORG"), ("Kent State", "ORG"),
      ("Buffalo", "ORG")]),
    # untouched: the list is of places ("in X, Y and Z")
    ("Leeds beat Hull 2-1 on Saturday. Flooding closed roads in Leeds, York and Hull.",
     [("Leeds", "GPE"), ("Hull", "GPE"), ("Leeds", "GPE"), ("York", "GPE"), ("Hull", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Leeds", "GPE"), ("York", "GPE"), ("Hull", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", LISTED)
def test_names_listed_with_a_team(case: Case) -> None:
    check(case)


PLACE_USES: list[Case] = [
    ("Houston beat Dallas 112-104. A Houston-based firm sponsors the arena.",
     [("Houston", "GPE"), ("Dallas", "GPE"), ("Houston", "GPE")],
     [("Houston", "ORG"), ("Dallas", "ORG"), ("Houston", "GPE")]),
    ("Denver beat Utah 3-1, and Denver mayor Ann Roe attended.",
     [("Denver", "GPE"), ("Utah", "GPE"), ("Denver", "GPE"), ("Ann Roe", "PERSON")],
     [("Denver", "ORG"), ("Utah", "ORG"), ("Denver", "GPE"), ("Ann Roe", "PERSON")]),
    ("Leeds beat Hull 2-1. Fans gathered in the centre of Leeds after the match.",
     [("Leeds", "GPE"), ("Hull", "GPE"), ("Leeds", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Leeds", "GPE")]),
    # untouched: the team's name elsewhere in the report follows the team
    ("Leeds beat Hull 2-1. Leeds are second.",
     [("Leeds", "GPE"), ("Hull", "GPE"), ("Leeds", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Leeds", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize("case", PLACE_USES)
def test_the_place_itself_stays_a_place(case: Case) -> None:
    check(case)


RESULT_LINES: list[Case] = [
    ("Arnhem 1 (Roe 25) Tilburg 0. Halftime 1-0. Attendance 8,000\n",
     [("Arnhem", "GPE"), ("Roe", "PERSON"), ("Tilburg", "GPE")],
     [("Arnhem", "ORG"), ("Roe", "PERSON"), ("Tilburg", "ORG")]),
    ("Leeds 2 Hull 1. Attendance 20,000\n", [("Leeds", "GPE"), ("Hull", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG")]),
    ("Utrecht 2 (Mols 33) Breda 2 (Bos 12, Zwart 70).\n",
     [("Utrecht", "GPE"), ("Mols", "PERSON"), ("Breda", "GPE"), ("Bos", "PERSON"),
      ("Zwart", "PERSON")],
     [("Utrecht", "ORG"), ("Mols", "PERSON"), ("Breda", "ORG"), ("Bos", "PERSON"),
      ("Zwart", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize("case", RESULT_LINES)
def test_result_lines_go_on_after_their_full_stop(case: Case) -> None:
    check(case)


POSSESSIONS: list[Case] = [
    ("Minnesota beat Cleveland 5-3. Colorado's Larry Walker homered twice.",
     [("Minnesota", "GPE"), ("Cleveland", "GPE"), ("Colorado", "GPE"),
      ("Larry Walker", "PERSON")],
     [("Minnesota", "ORG"), ("Cleveland", "ORG"), ("Colorado", "ORG"),
      ("Larry Walker", "PERSON")]),
    ("Texas' Juan Ortega hit a home run in the baseball game, a 4-2 win.",
     [("Texas", "GPE"), ("Juan Ortega", "PERSON")], [("Texas", "ORG"), ("Juan Ortega", "PERSON")]),
    ("Surrey's Ann Roe took 5-40 in the cricket match on Friday.",
     [("Surrey", "GPE"), ("Ann Roe", "PERSON")], [("Surrey", "ORG"), ("Ann Roe", "PERSON")]),
    # untouched: a country is the player's nation
    ("Kenya's Jomo Ruto won the 5,000 metres race, a 2-1 finish for Kenya.",
     [("Kenya", "GPE"), ("Jomo Ruto", "PERSON"), ("Kenya", "GPE")],
     [("Kenya", "GPE"), ("Jomo Ruto", "PERSON"), ("Kenya", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", POSSESSIONS)
def test_a_towns_player_names_its_team(case: Case) -> None:
    check(case)


def test_no_sports_copy_leaves_towns_alone() -> None:
    text = "Houston's Maria Lopez said a Denver-based firm will open offices in Texas at Austin."
    spans = [("Houston", "GPE"), ("Maria Lopez", "PERSON"), ("Denver", "GPE"),
             ("Texas", "GPE"), ("Austin", "GPE")]  # fmt: skip
    assert run(text, spans) == spans


VENUE_LABELS: list[Case] = [
    # the ground before a result of two other sides opens a line of a scores report
    ("CRICKET - SCORES\nHove : Sussex 301-6 dec , Kent 145-3 .\n",
     [("Hove", "ORG"), ("Sussex", "GPE"), ("Kent", "GPE")],
     [("Hove", "GPE"), ("Sussex", "ORG"), ("Kent", "ORG")]),
    ("CRICKET - SCORES\nLeicester: Leicestershire beat Somerset by an innings.\n",
     [("Leicester", "ORG"), ("Leicestershire", "GPE"), ("Somerset", "GPE")],
     [("Leicester", "GPE"), ("Leicestershire", "ORG"), ("Somerset", "ORG")]),
    ("CRICKET - SCORES\nTaunton: Somerset 280 and 145-3. Durham 301.\n",
     [("Somerset", "GPE"), ("Durham", "GPE")],
     [("Taunton", "GPE"), ("Somerset", "ORG"), ("Durham", "ORG")]),
    # untouched: a team's label before its scorers; the sport's name before the scores
    ("RUGBY UNION - RESULTS\nLeicester 24 Bath 19\nLeicester: Tries - Roe, Lee.\n",
     [("Leicester", "GPE"), ("Bath", "GPE"), ("Leicester", "GPE")],
     [("Leicester", "ORG"), ("Bath", "ORG"), ("Leicester", "ORG")]),
    ("Rugby: Leicester 24 Bath 19.\n", [("Leicester", "GPE"), ("Bath", "GPE")],
     [("Leicester", "ORG"), ("Bath", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize("case", VENUE_LABELS)
def test_a_grounds_label_is_the_place(case: Case) -> None:
    check(case)


GAPS: list[Case] = [
    # columns set apart by tabs or several spaces
    ("SOCCER - TABLE\nBarnsley\t3\t3\t0\t0\t9\t2\t9\n", [], [("Barnsley", "ORG")]),
    ("SOCCER - RESULTS\nBarnsley  2  Stockport  1\n", [("Barnsley", "GPE"), ("Stockport", "GPE")],
     [("Barnsley", "ORG"), ("Stockport", "ORG")]),
    ("Crewe\t2\tWalsall\t0\n", [("Crewe", "GPE"), ("Walsall", "GPE")],
     [("Crewe", "ORG"), ("Walsall", "ORG")]),
    # untouched: a line of prose with figures
    ("Leeds 2 Hull 1\nRainfall in Leeds reached 40 mm.\n",
     [("Leeds", "GPE"), ("Hull", "GPE"), ("Leeds", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Leeds", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", GAPS)
def test_columns_apart_by_tabs_or_spaces(case: Case) -> None:
    check(case)


ONE_KIND: list[Case] = [
    # both sides of one result are of one kind: a town's side makes the other a team too
    ("College basketball: Duke 78 Syracuse 71.", [("Syracuse", "GPE")],
     [("Duke", "ORG"), ("Syracuse", "ORG")]),
    ("Rugby: Saracens 27 Exeter 20.", [("Saracens", "NORP"), ("Exeter", "GPE")],
     [("Saracens", "ORG"), ("Exeter", "ORG")]),
    ("Basketball: Maccabi 88, Kaunas 80.", [("Maccabi", "PERSON"), ("Kaunas", "GPE")],
     [("Maccabi", "ORG"), ("Kaunas", "ORG")]),
    # untouched: no sport in the line (a price, a poll)
    ("Oil: Brent 82, WTI 78.", [("Brent", "GPE"), ("WTI", "ORG")],
     [("Brent", "GPE"), ("WTI", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize("case", ONE_KIND)
def test_both_sides_of_a_result_are_teams(case: Case) -> None:
    check(case)


REACHED: list[Case] = [
    # the place a verb of motion reaches is the place, though the text made a team of its name
    ("Valencia beat Getafe 3-0. The squad flew back to Valencia on Sunday.",
     [("Valencia", "GPE"), ("Getafe", "GPE"), ("Valencia", "GPE")],
     [("Valencia", "ORG"), ("Getafe", "ORG"), ("Valencia", "GPE")]),
    ("Boston beat Chicago 5-3 before the team sailed home to Boston.",
     [("Boston", "GPE"), ("Chicago", "GPE"), ("Boston", "GPE")],
     [("Boston", "ORG"), ("Chicago", "ORG"), ("Boston", "GPE")]),
    ("Leeds beat Hull 2-1, and the fans drove to Hull for the parade.",
     [("Leeds", "GPE"), ("Hull", "GPE"), ("Hull", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Hull", "GPE")]),
    # untouched: a club travels to its opponent
    ("Leeds beat Hull 2-1 and travel to Hull again on Tuesday.",
     [("Leeds", "GPE"), ("Hull", "GPE"), ("Hull", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Hull", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize("case", REACHED)
def test_the_place_reached_stays_a_place(case: Case) -> None:
    check(case)


TABLES: list[Case] = [
    # a clinching mark before the name, a streak among the cells (a streak NER took for a name
    # is a figure of the row)
    ("x-BOSTON 50 20 .714 - 7-3 W3\n", [("W3", "ORG")], [("BOSTON", "ORG")]),
    ("z-Toronto 44 26 .629 6 L2\n", [("Toronto", "GPE"), ("L2", "ORG")], [("Toronto", "ORG")]),
    ("y-Dallas 41 29 .586 9 6-4 W1\n", [("Dallas", "GPE")], [("Dallas", "ORG")]),
    # a fixture list in capitals, a starting time after the pair
    ("BASEBALL - SCHEDULE\nSEATTLE AT BOSTON\nTexas at Baltimore 7:05\n",
     [("Texas", "GPE"), ("Baltimore", "GPE")],
     [("SEATTLE", "ORG"), ("BOSTON", "ORG"), ("Texas", "ORG"), ("Baltimore", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize("case", TABLES)
def test_standings_marks_and_streaks(case: Case) -> None:
    check(case)


MID_SCORES: list[Case] = [
    # the score between the sides; a span NER ran over the score is cut in two
    ("FOOTBALL - RESULTS\nStockport 3-0 Crewe\n", [], [("Stockport", "ORG"), ("Crewe", "ORG")]),
    ("Rugby results: Leicester 27-20 Bath, and Gloucester 13-13 Exeter.",
     [("Leicester 27-20 Bath", "ORG"), ("Gloucester", "GPE"), ("Exeter", "GPE")],
     [("Leicester", "ORG"), ("Bath", "ORG"), ("Gloucester", "ORG"), ("Exeter", "ORG")]),
    ("FOOTBALL - SCOTTISH RESULTS\nHartlepool (0) 1 Barrow (1) 2\n",
     [("Hartlepool", "GPE"), ("Barrow", "GPE")], [("Hartlepool", "ORG"), ("Barrow", "ORG")]),
    # untouched: no sport in the line or sentence; no place either side
    ("Talks ran on March 20-21 Paris time.", [("Paris", "GPE")], [("Paris", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", MID_SCORES)
def test_a_score_between_the_sides(case: Case) -> None:
    check(case)


BRACKET_GROUNDS: list[Case] = [
    # the ground in brackets after a fixture or a result on its line
    ("CRICKET - FIXTURES\nSomerset v Essex (Taunton)\n",
     [("Somerset", "GPE"), ("Essex", "GPE"), ("Taunton", "GPE")],
     [("Somerset", "ORG"), ("Essex", "ORG"), ("Taunton", "GPE")]),
    ("FOOTBALL - RESULTS\nLeeds 2-1 Hull (Wakefield)\n",
     [("Leeds", "GPE"), ("Hull", "GPE"), ("Wakefield", "GPE")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Wakefield", "GPE")]),
    ("RUGBY - FIXTURES\nBath v Exeter (Bristol)\n",
     [("Bath", "GPE"), ("Exeter", "GPE"), ("Bristol", "GPE")],
     [("Bath", "ORG"), ("Exeter", "ORG"), ("Bristol", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", BRACKET_GROUNDS)
def test_a_ground_in_brackets_is_the_place(case: Case) -> None:
    check(case)


ACRONYMS: list[Case] = [
    # a league's acronym whose full name (alias table) names a sport makes the line sport's
    ("NFL: Kansas City 27, Buffalo 24; Green Bay 17, Minnesota 10.",
     [("NFL", "ORG"), ("Kansas City", "GPE"), ("Buffalo", "GPE"), ("Green Bay", "GPE"),
      ("Minnesota", "GPE")],
     [("NFL", "ORG"), ("Kansas City", "ORG"), ("Buffalo", "ORG"), ("Green Bay", "ORG"),
      ("Minnesota", "ORG")]),
    ("MLB: Seattle 5, Detroit 3.", [("Seattle", "GPE"), ("Detroit", "GPE")],
     [("Seattle", "ORG"), ("Detroit", "ORG")]),
    ("NHL: Winnipeg 4, Ottawa 2.", [("Winnipeg", "GPE"), ("Ottawa", "GPE")],
     [("Winnipeg", "ORG"), ("Ottawa", "ORG")]),
    # untouched: an acronym of no sport
    ("WHO: Lagos 120, Abuja 80.", [("WHO", "ORG"), ("Lagos", "GPE"), ("Abuja", "GPE")],
     [("WHO", "ORG"), ("Lagos", "GPE"), ("Abuja", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", ACRONYMS)
def test_a_leagues_acronym_makes_the_line_sport(case: Case) -> None:
    check(case)


INTROS: list[Case] = [
    # the line that introduces a list ("...:") makes the list's lines sport's
    ("Australian rules football results on Saturday:\n"
     + "Geelong 15.12 (102) Adelaide 10.9 (69)\nFremantle 11.10 (76) Brisbane 9.8 (62)\n",
     [("Geelong", "GPE"), ("Adelaide", "GPE"), ("Fremantle", "ORG"), ("Brisbane", "GPE")],
     [("Geelong", "ORG"), ("Adelaide", "ORG"), ("Fremantle", "ORG"), ("Brisbane", "ORG")]),
    ("Close of play in the county cricket on Friday:\nSussex 301-6 dec; Kent 145-3.\n",
     [("Sussex", "GPE"), ("Kent", "GPE")], [("Sussex", "ORG"), ("Kent", "ORG")]),
    ("Ice hockey scores on Sunday:\nWinnipeg 4, Ottawa 2.\nQuebec 3, Calgary 1.\n",
     [("Winnipeg", "GPE"), ("Ottawa", "GPE"), ("Quebec", "GPE"), ("Calgary", "GPE")],
     [("Winnipeg", "ORG"), ("Ottawa", "ORG"), ("Quebec", "ORG"), ("Calgary", "ORG")]),
    # untouched: an intro of no sport
    ("Temperatures on Monday:\nHouston 35, Dallas 33.\n", [("Houston", "GPE"), ("Dallas", "GPE")],
     [("Houston", "GPE"), ("Dallas", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", INTROS)
def test_a_lists_intro_makes_its_lines_sport(case: Case) -> None:
    check(case)


PROSE: list[Case] = [
    # a result or a fixture in prose with no score: both sides of one result are of one kind
    ("Essex's six-wicket victory over Kent lifted them to third.",
     [("Essex", "GPE"), ("Kent", "GPE")], [("Essex", "ORG"), ("Kent", "ORG")]),
    ("Queensland's win against Victoria was their first of the season.",
     [("Queensland", "GPE"), ("Victoria", "GPE")], [("Queensland", "ORG"), ("Victoria", "ORG")]),
    ("Durham are at home to Sussex next week.", [("Durham", "GPE"), ("Sussex", "GPE")],
     [("Durham", "ORG"), ("Sussex", "ORG")]),
    ("Kent drew with Sussex, and Glamorgan lost to Worcestershire.",
     [("Kent", "GPE"), ("Sussex", "GPE"), ("Glamorgan", "GPE"), ("Worcestershire", "GPE")],
     [("Kent", "ORG"), ("Sussex", "ORG"), ("Glamorgan", "ORG"), ("Worcestershire", "ORG")]),
    # untouched: people, a country's side
    ("Ann Roe's win over Bo Lee in Leeds was close.",
     [("Ann Roe", "PERSON"), ("Bo Lee", "PERSON"), ("Leeds", "GPE")],
     [("Ann Roe", "PERSON"), ("Bo Lee", "PERSON"), ("Leeds", "GPE")]),
    ("Kenya's victory over Ghana was their third.", [("Kenya", "GPE"), ("Ghana", "GPE")],
     [("Kenya", "GPE"), ("Ghana", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize("case", PROSE)
def test_results_in_prose_with_no_score(case: Case) -> None:
    check(case)
