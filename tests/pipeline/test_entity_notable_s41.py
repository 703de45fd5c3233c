"""Session 41 (people41, issue 13): people's canonical names.

``entities.notable.notable_people`` (``models/notable_people.jsonl``):
- a whole name is looked up by its written spelling first ("George W. Bush", which the naming
  step shortens to "George Bush") and by its name;
- a disambiguated title ("Mark James (golfer)", "David Levy (Israeli politician)") and a "Jr."
  the text leaves out count only where the row's field is the copy's (its sport, or a role a
  sentence names) and the row is active in the document's year; where two people fit one name,
  the one of the copy's field ("Carlos Sainz" the father in Dakar copy, "Carlos Sainz Jr." in
  Formula One copy);
- an initial and a surname ("M. Schumacher") take the tabled person of that surname whose given
  name starts so, active in the year, of the copy's sport or role;
- a tabled whole name NER cut or split ("To Lam" read as "Lam") is one PERSON mention;
- a result's side that is a tabled player of the copy's sport is that person;
- a lone surname of two words ("Del Piero") is no full name of another person;
- other spellings the table builds: Nordic "oe"/"aa", Serbo-Croatian "dj", Turkish "sh".
``entities.linking.link_persons``: a word that is one full name's surname and another's first
word is the surname. ``coref.people``: a name with "Jr." opens no shorter name (the father).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.linking import link_persons
from briefx.pipeline.entities.mention import Mention
from briefx.pipeline.entities.notable import notable_people

ENGLISH = frozenset({"rose", "hill", "made", "the", "root", "cork"})


def titled(
    text: str, marks: list[tuple[str, str, str]], year: int | None
) -> list[tuple[str, str, str]]:
    """(surface, type, name) of every mention after ``notable_people``; marks are (surface,
    type, name), further items tags."""
    ents, pos = [], 0
    for mark in marks:
        surface, typ, name = mark[:3]
        s = text.index(surface, pos)
        e = Ent(s, s + len(surface), typ, name)
        e.tags.update(mark[3:])
        ents.append(e)
        pos = s + len(surface)
    notable_people(text, ents, year, ENGLISH)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


def per(surface: str, name: str | None = None) -> tuple[str, str, str]:
    return (surface, "PERSON", name or surface)


GOLF = "Leading scores after the third round: 201 {} 68 66 67, 203 Raymond Russell 70 67 66."

QUALIFIED = [
    # the row's sport is the copy's, in its years
    (GOLF.format("Mark James"), [per("Mark James"), per("Raymond Russell")], 1996,
     ["Mark James (golfer)", "Raymond Russell"]),
    (GOLF.format("David Howell"), [per("David Howell"), per("Raymond Russell")], 1996,
     ["David Howell (golfer)", "Raymond Russell"]),
    ("Squash: Peter Nicol (Scotland) beat Brett Martin (Australia) 15-10 15-13 15-9.",
     [per("Peter Nicol"), per("Brett Martin")], 1996,
     ["Peter Nicol", "Brett Martin (squash player)"]),
    ("Bowling: Chris Lewis 22-3-76-0; the innings closed on 326 for nine wickets.",
     [per("Chris Lewis")], 1996, ["Chris Lewis (cricketer)"]),
    # a role the sentence names
    ("Foreign Minister David Levy said the talks would resume.", [per("David Levy")], 1996,
     ["David Levy (Israeli politician)"]),
    ("Faction leader Charles Taylor said his fighters would disarm.", [per("Charles Taylor")],
     1996, ["Charles Taylor (Liberian politician)"]),
    # the document's own accented spelling is the title's: the title, its bracket added
    (GOLF.format("Miguel Ángel Martín"), [per("Miguel Ángel Martín"), per("Raymond Russell")],
     1996, ["Miguel Ángel Martín (golfer)", "Raymond Russell"]),
    # untouched: another field, no date, another era, no role in the sentence
    ("Mark James, a council planner, said the road would reopen.", [per("Mark James")], 1996,
     ["Mark James"]),
    (GOLF.format("Mark James"), [per("Mark James"), per("Raymond Russell")], None,
     ["Mark James", "Raymond Russell"]),
    ("David Levy, a shopkeeper, said prices rose.", [per("David Levy")], 1996, ["David Levy"]),
    ("Foreign Minister David Levy said the talks would resume.", [per("David Levy")], 2025,
     ["David Levy"]),
    ("Steve Collins opened the new library.", [per("Steve Collins")], 1996, ["Steve Collins"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "names"), QUALIFIED)
def test_qualified_titles(text: str, marks: list, year: int | None, names: list[str]) -> None:
    assert [n for _, _, n in titled(text, marks, year)] == names


F1 = "Formula One: {} finished fourth on the opening lap of the Belgian Grand Prix."
DAKAR = "{} won the opening stage of the Dakar Rally, the longest rally of the year."

TWO_ROWS = [
    (F1.format("Carlos Sainz"), [per("Carlos Sainz")], 2025, "Carlos Sainz Jr."),
    (DAKAR.format("Carlos Sainz"), [per("Carlos Sainz")], 2025, "Carlos Sainz"),
    ("Carlos Sainz opened a showroom in Madrid.", [per("Carlos Sainz")], 2025, "Carlos Sainz"),
    # a "Jr." the text leaves out, only where the copy is the row's sport
    ("Baseball: Ken Griffey hit two home runs as Seattle won; he had four RBIs and a homer.",
     [per("Ken Griffey")], 1996, "Ken Griffey Jr."),
    ("Ken Griffey opened a restaurant.", [per("Ken Griffey")], 1996, "Ken Griffey"),
    # the son's title; the father's written name stays his
    ("President Ferdinand Marcos Jr. spoke.", [per("Ferdinand Marcos Jr.")], 2025,
     "Bongbong Marcos"),
    ("The late dictator Ferdinand Marcos ruled until 1986.", [per("Ferdinand Marcos")], 2025,
     "Ferdinand Marcos"),
    # a disambiguated title of a kind the gold sets write plain ("George Russell", racing
    # driver) is tabled plain: unchanged
    (F1.format("George Russell"), [per("George Russell")], 2025, "George Russell"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "name"), TWO_ROWS)
def test_rows_of_one_name(text: str, marks: list, year: int | None, name: str) -> None:
    assert titled(text, marks, year)[0][2] == name


WRITTEN = [
    # the naming step dropped an initial the title keeps: the written spelling is looked up first
    ("Former president George W. Bush spoke.", [per("George W. Bush", "George Bush")], 2005,
     "George W. Bush"),
    ("President Michael D. Higgins signed the bill.",
     [per("Michael D. Higgins", "Michael Higgins")], 2024, "Michael D. Higgins"),
    ("Chair Jerome H. Powell said rates would hold.", [per("Jerome H. Powell", "Jerome Powell")],
     2025, "Jerome Powell"),
    # other spellings the table builds: "oe" for "ø", "dj" for "đ", "sh" for "ş"
    ("Prime Minister Thorbjoern Jagland met his Swedish counterpart.",
     [per("Thorbjoern Jagland")], 1996, "Thorbjørn Jagland"),
    ("Prime Minister Djuro Macut said talks would begin.", [per("Djuro Macut")], 2025,
     "Đuro Macut"),
    ("Rauf Denktash said the purchase threatened peace.", [per("Rauf Denktash")], 1996,
     "Rauf Denktaş"),
    ("Ollie Bearman completed the top ten.", [per("Ollie Bearman")], 2025, "Oliver Bearman"),
    # untouched: a name nobody tabled keeps what the naming step gave it
    ("Frank C. Mars opened the plant.", [per("Frank C. Mars", "Frank Mars")], 1996,
     "Frank Mars"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "name"), WRITTEN)
def test_written_spelling(text: str, marks: list, year: int | None, name: str) -> None:
    assert titled(text, marks, year)[0][2] == name


STANDINGS = (
    "Drivers' standings after the grand prix: 1. {} 81 points, 2. J. Villeneuve 68 (lap record)"
)

INITIALLED = [
    (STANDINGS.format("D. Hill"), [per("D. Hill"), per("J. Villeneuve")], 1996,
     ["Damon Hill", "Jacques Villeneuve"]),
    # the initial tells two people of one surname apart
    (STANDINGS.format("M. Schumacher"), [per("M. Schumacher"), per("J. Villeneuve")], 1996,
     ["Michael Schumacher", "Jacques Villeneuve"]),
    (STANDINGS.format("R. Schumacher"), [per("R. Schumacher"), per("J. Villeneuve")], 1998,
     ["Ralf Schumacher", "Jacques Villeneuve"]),
    ("Scorecard: J. Crawley c Rashid b Wasim 106; the innings closed for 326, wickets fell.",
     [per("J. Crawley")], 1996, ["John Crawley"]),
    ("External Affairs Minister S. Jaishankar will visit after the vote.",
     [per("S. Jaishankar")], 2024, ["Subrahmanyam Jaishankar"]),
    # a later surname the document linked to the initialled form follows
    (STANDINGS.format("D. Hill") + ". Hill needs sixth.",
     [per("D. Hill"), per("J. Villeneuve"), per("Hill", "D. Hill")], 1996,
     ["Damon Hill", "Jacques Villeneuve", "Damon Hill"]),
    # untouched: another initial, no sport or role, no date, the document's own full name
    (STANDINGS.format("K. Hill"), [per("K. Hill"), per("J. Villeneuve")], 1996,
     ["K. Hill", "Jacques Villeneuve"]),
    ("M. Schumacher, a baker, opened a shop.", [per("M. Schumacher")], 1996, ["M. Schumacher"]),
    (STANDINGS.format("D. Hill"), [per("D. Hill"), per("J. Villeneuve")], None,
     ["D. Hill", "J. Villeneuve"]),
    ("Dieter Hill won. Results: 1. D. Hill 81 points on the final lap of the grand prix.",
     [per("Dieter Hill"), per("D. Hill")], 1996, ["Dieter Hill", "D. Hill"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "names"), INITIALLED)
def test_initial_and_surname(text: str, marks: list, year: int | None, names: list[str]) -> None:
    assert [n for _, _, n in titled(text, marks, year)] == names


CUT = [
    # NER read a piece of the name (or a place): one PERSON over the whole name; a later piece
    # named as NER named the cut one follows
    ("Party chief To Lam met the envoy. Lam said ties were strong.",
     [per("Lam"), per("Lam")], 2024,
     [("To Lam", "PERSON", "Tô Lâm"), ("Lam", "PERSON", "Tô Lâm")]),
    ("Prime Minister Pham Minh Chinh attended.", [per("Pham Minh")], 2024,
     [("Pham Minh Chinh", "PERSON", "Phạm Minh Chính")]),
    ("Chad's Mahamat Idriss Deby sent an envoy.", [("Chad", "GPE", "Chad"), ("Deby", "GPE", "Deby")],
     2025, [("Chad", "GPE", "Chad"), ("Mahamat Idriss Deby", "PERSON", "Mahamat Déby")]),
    # untouched: a longer name that holds the person's, a name NER has whole (the whole-name
    # pass's), no mention inside at all, a name nobody tabled
    ("The Nelson Mandela Foundation said it would help.",
     [("Nelson Mandela Foundation", "ORG", "Nelson Mandela Foundation")], 2024,
     [("Nelson Mandela Foundation", "ORG", "Nelson Mandela Foundation")]),
    ("To Lam met the envoy.", [], 2024, []),
    ("Party chief Tran Van Lam met the envoy.", [per("Lam")], 2024, [("Lam", "PERSON", "Lam")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "expected"), CUT)
def test_cut_names(text: str, marks: list, year: int | None, expected: list) -> None:
    assert titled(text, marks, year) == expected


SQUASH = "Squash results: Rodney Eyles (Australia) beat {} (England) 15-12 12-15 15-8 15-11."

SIDES = [
    (SQUASH.format("Simon Parke"), [per("Rodney Eyles"), ("Simon Parke", "ORG", "Simon Parke",
     "side")], 1996, ("PERSON", "Simon Parke")),
    # untouched: a side whose name is no tabled player of the copy's sport, a club
    (SQUASH.format("Aston Villa"), [per("Rodney Eyles"), ("Aston Villa", "ORG", "Aston Villa",
     "side")], 1996, ("ORG", "Aston Villa")),
    ("Rodney Eyles beat Simon Parke in the final.", [per("Rodney Eyles"), ("Simon Parke", "ORG",
     "Simon Parke", "side")], 1996, ("ORG", "Simon Parke")),
    (SQUASH.format("Simon Parke"), [per("Rodney Eyles"), ("Simon Parke", "ORG", "Simon Parke",
     "club_title")], 1996, ("ORG", "Simon Parke")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "expected"), SIDES)
def test_played_sides(text: str, marks: list, year: int | None, expected: tuple) -> None:
    assert titled(text, marks, year)[1][1:] == expected


SOCCER = "Soccer, first division: Juventus 2 ({} 15, Boksic 70) Fiorentina 1 (Batistuta 55)"

LONE = [
    (SOCCER.format("Del Piero"), [per("Del Piero"), per("Boksic"), per("Batistuta")], 1996,
     ["Alessandro Del Piero", "Alen Bokšić", "Gabriel Batistuta"]),
    # a one-name player is not tabled under a disambiguated title: "Ronaldo" of 1996 stays, the
    # tabled Cristiano Ronaldo is the "Ronaldo" of 2025 football copy
    (SOCCER.format("Ronaldo"), [per("Ronaldo"), per("Boksic"), per("Batistuta")], 1996,
     ["Ronaldo", "Alen Bokšić", "Gabriel Batistuta"]),
    (SOCCER.format("Ronaldo"), [per("Ronaldo"), per("Boksic"), per("Batistuta")], 2025,
     ["Cristiano Ronaldo", "Boksic", "Batistuta"]),
    # untouched: the document names another person of the surname in full
    (SOCCER.format("Del Piero") + " Marco Del Piero refereed.",
     [per("Del Piero"), per("Boksic"), per("Batistuta"), per("Marco Del Piero")], 1996,
     ["Del Piero", "Alen Bokšić", "Gabriel Batistuta", "Marco Del Piero"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "names"), LONE)
def test_lone_surnames(text: str, marks: list, year: int | None, names: list[str]) -> None:
    assert [n for _, _, n in titled(text, marks, year)] == names


def person_mentions(text: str, surfaces: list[str]) -> list[Mention]:
    out, pos = [], 0
    for surface in surfaces:
        s = text.index(surface, pos)
        out.append(Mention(s, s + len(surface), surface, "PERSON"))
        pos = s + len(surface)
    return out


SURNAME_FIRST = [
    ("Thomas Castaignede scored 15 points and Arwel Thomas kicked four. Thomas, 22, said ...",
     ["Thomas Castaignede", "Arwel Thomas", "Thomas"],
     ["Thomas Castaignede", "Arwel Thomas", "Arwel Thomas"]),
    ("205 Russell Claydon 69 67 69. 206 Raymond Russell 71 68 67. Russell had a 67.",
     ["Russell Claydon", "Raymond Russell", "Russell"],
     ["Russell Claydon", "Raymond Russell", "Raymond Russell"]),
    ("Jordan Mills met Ann Jordan. Jordan said the deal was done.",
     ["Jordan Mills", "Ann Jordan", "Jordan"], ["Jordan Mills", "Ann Jordan", "Ann Jordan"]),
    # untouched: a family name written first, no surname of that word
    ("Xi Jinping met the envoy. Xi said ties were strong.", ["Xi Jinping", "Xi"],
     ["Xi Jinping", "Xi Jinping"]),
    ("Russell Claydon shot 69. Claydon said the wind dropped.", ["Russell Claydon", "Claydon"],
     ["Russell Claydon", "Russell Claydon"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surfaces", "expected"), SURNAME_FIRST)
def test_surnames_before_first_words(text: str, surfaces: list[str], expected: list[str]) -> None:
    mentions = person_mentions(text, surfaces)
    names = [m.text for m in mentions]
    link_persons(mentions, names, [None] * len(mentions))
    assert names == expected


# coref.people._opened_people: a "Jr." is no word a shorter name opens (the father)
OPENED = [
    ("President Ferdinand Marcos Jr. spoke. The late dictator Ferdinand Marcos ruled long ago.",
     [per("Ferdinand Marcos Jr."), per("Ferdinand Marcos")],
     [("Ferdinand Marcos Jr.", "PERSON", "Ferdinand Marcos Jr."),
      ("Ferdinand Marcos", "PERSON", "Ferdinand Marcos")]),
    # still linked: the first words of a name of three
    ("Pasang Dawa Sherpa reached the top. Pasang Dawa said it was cold.",
     [per("Pasang Dawa Sherpa"), per("Pasang Dawa")],
     [("Pasang Dawa Sherpa", "PERSON", "Pasang Dawa Sherpa"),
      ("Pasang Dawa", "PERSON", "Pasang Dawa Sherpa")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), OPENED)
def test_no_opening_by_junior(text: str, marks: list, expected: list) -> None:
    from tests.pipeline.conftest import linked_marks

    assert linked_marks(text, marks) == expected


VERSTAPPEN = (
    "Max Verstappen was fourth in the grand prix. Jos Verstappen, his father, said he would "
    "stay. Verstappen said the car lacked grip on the final lap."
)
CLINTON = (
    "President Bill Clinton and Hillary Clinton flew to Chicago. Clinton said the election "
    "would be close."
)

SHARED = [
    # the document's linking gave the surname to the father, named last before it; only the son
    # is tabled, active in the year, of the copy's sport
    (VERSTAPPEN, [per("Max Verstappen"), per("Jos Verstappen"), per("Verstappen", "Jos Verstappen")],
     2025, ["Max Verstappen", "Jos Verstappen", "Max Verstappen"]),
    # untouched: the father's years (only he fits), both fit, neither is tabled
    (VERSTAPPEN, [per("Max Verstappen"), per("Jos Verstappen"), per("Verstappen", "Jos Verstappen")],
     1996, ["Max Verstappen", "Jos Verstappen", "Jos Verstappen"]),
    (CLINTON, [per("Bill Clinton"), per("Hillary Clinton"), per("Clinton", "Hillary Clinton")],
     1996, ["Bill Clinton", "Hillary Clinton", "Hillary Clinton"]),
    ("Jane Smith and her brother John Smith founded it. Smith said it would grow.",
     [per("Jane Smith"), per("John Smith"), per("Smith", "John Smith")], 2025,
     ["Jane Smith", "John Smith", "John Smith"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "names"), SHARED)
def test_shared_surnames(text: str, marks: list, year: int | None, names: list[str]) -> None:
    assert [n for _, _, n in titled(text, marks, year)] == names


def test_cut_names_leave_a_rank_out() -> None:
    # the rank English Wikipedia keeps in the title stays outside the span (ANNOTATION)
    text = "Pope Leo XIV received the envoy."
    assert titled(text, [per("Leo XIV", "Pope Leo XIV")], 2025) == [
        ("Leo XIV", "PERSON", "Pope Leo XIV")
    ]


SPORTS = [
    ("Squash results: Jansher Khan beat Chris Walker 15-9 15-7 15-10.", {"squash"}),
    ("He won the Dakar Rally stage; the rally moves on to Riyadh.", {"rallying"}),
    ("Hendry made a century break in the snooker final, winning 10 frames to 6.", {"snooker"}),
    ("The jockey rode the racehorse over seven furlongs at the racecourse.", {"horse racing"}),
    # untouched: business copy's "stakes", a personal trainer, a time frame
    ("The fund sold stakes in two firms; a personal trainer bought a frame.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sports"), SPORTS)
def test_new_sports(text: str, sports: set[str]) -> None:
    from briefx.pipeline.entities.notable import copy_sports

    assert copy_sports(text) == sports


OWN_FULL = [
    # a full name this step made whole after the linking ran: the lone surname is that person
    ("Alcaraz will meet Novak Djokovic in the tennis final. Djokovic, 39, won in four sets.",
     [per("Novak"), per("Djokovic")], 2026,
     [("Novak Djokovic", "PERSON", "Novak Djokovic"), ("Djokovic", "PERSON", "Novak Djokovic")]),
    ("Iga Świątek beat Karolína Muchová 6-3 6-4. Swiatek will play next.",
     [("Iga Świątek", "ORG", "Iga Świątek"), per("Karolína Muchová")], 2026,
     [("Iga Świątek", "PERSON", "Iga Świątek"), ("Karolína Muchová", "PERSON", "Karolína Muchová"),
      ("Swiatek", "PERSON", "Iga Świątek")]),
    # untouched: a full name of that surname nobody tabled (another person)
    ("Jan Djokovic, a coach, watched the tennis: 6-3 6-4. Djokovic said little.",
     [per("Jan Djokovic")], 2026, [("Jan Djokovic", "PERSON", "Jan Djokovic")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "year", "expected"), OWN_FULL)
def test_lone_surname_of_a_full_name_made_whole(
    text: str, marks: list, year: int | None, expected: list
) -> None:
    assert titled(text, marks, year) == expected
