"""Editions of recurring events (session 40, editions40): a mention of a recurring event named
without its edition takes the edition's title where the document reports that edition, the
series' title where it speaks of the event in general (``families.series_editions``, the
"series" rows of ``models/event_editions.jsonl``), and short forms after it take its name
(``families.short_forms``)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.families import _Sentences, series_editions
from tests.pipeline.conftest import by_mention


def _named(text: str, ref: str | None, events: list[str]) -> dict[str, str]:
    """Run the series rule over ``text`` with the given EVENT mentions (each its first
    occurrence, or the nth with "#n"); return each mention's text -> name (short forms too)."""
    ents: list[Ent] = []
    for ev in events:
        word, _, nth = ev.partition("#")
        starts = [m.start() for m in re.finditer(re.escape(word), text)]
        at = starts[int(nth) - 1 if nth else 0]
        ents.append(Ent(at, at + len(word), "EVENT", word))
    ents.sort(key=lambda e: e.start)
    date = dt.date.fromisoformat(ref) if ref else None
    series_editions(text, ents, date, _Sentences(text))
    return {f"{text[e.start : e.end]}@{e.start}": e.name for e in ents}


CASES = [
    # the edition held at or near the reference date
    (
        "Jalabert won the 13th stage of the Tour de France on Sunday.",
        "1996-07-14",
        ["Tour de France"],
        ["1996 Tour de France"],
    ),
    (
        "Krajicek beat the top seed in straight sets at Wimbledon on Wednesday.",
        "1996-07-03",
        ["Wimbledon"],
        ["1996 Wimbledon Championships"],
    ),
    (
        "Schumacher won the Belgian Grand Prix for Ferrari, with Hill fifth after a pit stop.",
        "1996-08-25",
        ["Belgian Grand Prix"],
        ["1996 Belgian Grand Prix"],
    ),
    (
        "Inter reached the Champions League semi-finals after a 2-2 draw and a late goal.",
        "2025-04-16",
        ["Champions League"],
        ["2024–25 UEFA Champions League"],
    ),
    (
        "JJ won the Eurovision Song Contest in Basel on Saturday.",
        "2025-05-17",
        ["Eurovision Song Contest"],
        ["Eurovision Song Contest 2025"],
    ),
    (
        "Morocco beat Zambia 3-0 at the Africa Cup of Nations on Monday.",
        "2025-12-29",
        ["Africa Cup of Nations"],
        ["2025 Africa Cup of Nations"],
    ),
    (
        "Hosts Ivory Coast won the Africa Cup of Nations final.",
        "2024-02-12",
        ["Africa Cup of Nations"],
        ["2023 Africa Cup of Nations"],
    ),
    (
        (
            "Kiplimo won the Chicago Marathon. Next month's New York City Marathon starts on Staten "
            "Island."
        ),
        "2025-10-13",
        ["Chicago Marathon", "New York City Marathon"],
        ["2025 Chicago Marathon", "2025 New York City Marathon"],
    ),
    # a written year or month decides
    (
        "Receipts at the 1994 World Cup set a record, FIFA said.",
        "1996-05-10",
        ["World Cup"],
        ["1994 FIFA World Cup"],
    ),
    (
        "Sinner, who won the Australian Open in January, will play on grass.",
        "2026-06-05",
        ["Australian Open"],
        ["2026 Australian Open"],
    ),
    (
        "Organisers said last year's London Marathon raised a record sum.",
        "2026-03-02",
        ["London Marathon"],
        ["2025 London Marathon"],
    ),
    # a written year picks the series a shared name means; the series' own title needs no cue
    (
        "Argentina beat Brazil 4-1 to qualify for the 2026 World Cup.",
        "2025-03-26",
        ["2026 World Cup"],
        ["2026 FIFA World Cup"],
    ),
    (
        "Scheffler leads the Open Championship at Portrush.",
        "2025-07-19",
        ["Open Championship"],
        ["2025 Open Championship"],
    ),
    (
        "Donald will name his picks before the Ryder Cup at Bethpage Black in September.",
        "2025-06-30",
        ["Ryder Cup"],
        ["2025 Ryder Cup"],
    ),
    # the event in general: the series' title
    (
        "Indurain, who has won the Tour de France five times, lost time.",
        "1996-07-08",
        ["Tour de France"],
        ["Tour de France"],
    ),
    (
        "Uruguay won the first World Cup, FIFA said, and Brazil a record five.",
        "2026-12-02",
        ["World Cup"],
        ["FIFA World Cup"],
    ),
    (
        "Senna won the Monaco Grand Prix six times in Formula One.",
        "1996-11-20",
        ["Monaco Grand Prix"],
        ["Monaco Grand Prix"],
    ),
    (
        "FIFA said the World Cup drew record audiences in 1994 and 1998.",
        "1999-03-01",
        ["World Cup"],
        ["FIFA World Cup"],
    ),
    # far from any edition: the series' title for a short name, the name kept otherwise
    (
        "FIFA said the World Cup would move to a 48-team format.",
        "2017-01-10",
        ["World Cup"],
        ["FIFA World Cup"],
    ),
    ("Tickets for the Ryder Cup go on sale in March.", "2026-01-10", ["Ryder Cup"], ["Ryder Cup"]),
    # short forms after a full name take its name
    (
        (
            "Riis led the Tour de France on Sunday. Indurain has won the Tour five times. The Tour "
            "reaches the Alps on Monday."
        ),
        "1996-07-14",
        ["Tour de France"],
        ["1996 Tour de France", "Tour de France", "1996 Tour de France"],
    ),
]


@pytest.mark.parametrize(("text", "ref", "events", "want"), CASES)
def test_series_editions(text: str, ref: str, events: list[str], want: list[str]) -> None:
    assert list(_named(text, ref, events).values()) == want


# must stay: no cue of the sport, several sports sharing the name, a written year that names no
# edition, a motorcycle race, no reference date
UNTOUCHED = [
    ("A house in Wimbledon sold for 1.2 million pounds on Tuesday.", "1996-07-02", ["Wimbledon"]),
    ("The World Cup in rugby and cricket drew crowds.", "2023-10-01", ["World Cup"]),
    (
        "Rossi won the Italian Grand Prix on his motorcycle in MotoGP.",
        "2008-06-01",
        ["Italian Grand Prix"],
    ),
    ("Hurricane Bertha weakened as it moved north on Friday.", "1996-07-12", ["Hurricane Bertha"]),
    ("The Ryder Cup 1996 was a fiction.", "1996-09-10", ["Ryder Cup"]),
]


@pytest.mark.parametrize(("text", "ref", "events"), UNTOUCHED)
def test_series_untouched(text: str, ref: str, events: list[str]) -> None:
    assert list(_named(text, ref, events).values()) == [e.partition("#")[0] for e in events]


def test_no_reference_date_no_edition() -> None:
    text = "Riis won the Tour de France stage on Sunday."
    assert list(_named(text, None, ["Tour de France"]).values()) == ["Tour de France"]


# the whole pipeline: editions in sports copy; the bodies that run events stay organisations
COMPONENT = [
    (
        (
            "ATLANTA 1996-07-20\n\nMuhammad Ali lit the flame as the Atlanta Games opened on Friday. "
            "The International Olympic Committee said 197 nations had come to the Games.\n"
        ),
        "1996-07-20",
        {
            "Atlanta Games": ("EVENT", "1996 Summer Olympics"),
            "Games": ("EVENT", "1996 Summer Olympics"),
            "International Olympic Committee": ("ORG", "International Olympic Committee"),
        },
    ),
    (
        (
            "PARIS 2027-02-06\n\nDupont scored one try as France beat England 31-20 on Saturday in "
            "the opening match of the Six Nations.\n"
        ),
        "2027-02-06",
        {"Six Nations": ("EVENT", "2027 Six Nations Championship")},
    ),
    (
        (
            "ZURICH 1996-05-10\n\nFIFA said on Friday that gate receipts at the 1994 World Cup in the "
            "United States had reached a record.\n"
        ),
        "1996-05-10",
        {"FIFA": ("ORG", "FIFA"), "1994 World Cup": ("EVENT", "1994 FIFA World Cup")},
    ),
]


@pytest.mark.parametrize(("text", "ref", "want"), COMPONENT)
def test_component(run, text: str, ref: str, want: dict[str, tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date=ref)
    types, names = by_mention(brief, "type"), by_mention(brief, "name")
    assert {k: (types.get(k), names.get(k)) for k in want} == want
