"""Entity types, session 28 (types16, issue 13): ORG is a claim that needs evidence. Where nothing
but the model's label makes a name a body (no cue, no table, no body's word in the name), a weak
cue of another kind wins in the one vote per name (``entities.evidence.document_types``): a place
a journey goes to, a kind noun right after the name, an event's verb in its own relative clause,
a list partner whose type its form settled. On plain mention lists (no model). Invented texts;
each rule has three new cases of its family and cases that must stay untouched."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import document_types

Mark = tuple[str, str, str, bool]  # (surface, type before the vote, name, type fixed by form)


def voted(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run the vote over mentions at the marks' next occurrences: (surface, type)."""
    ents, pos = [], 0
    for surface, typ, name, fixed in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name, fixed=fixed))
        pos = s + len(surface)
    document_types(text, ents)
    return [(text[e.start : e.end], e.type) for e in ents]


def org(name: str) -> Mark:
    return (name, "ORG", name, False)


CASES = [
    # a journey's noun and "to"/"between"/"into": the place it goes to (a list reaches all)
    ("Flights to Norvala were cancelled on Sunday.", [org("Norvala")], ["GPE"]),
    ("Ferries to Kelmsay and Arrowby stopped in the gale.", [org("Kelmsay"), org("Arrowby")],
     ["GPE", "GPE"]),
    ("Trains between Dunmore and Pelham were suspended.", [org("Dunmore"), org("Pelham")],
     ["GPE", "GPE"]),
    # machines running it or powered by it: a product (a list reaches all)
    ("Phones running Drellix were hit by the bug.", [org("Drellix")], ["PRODUCT"]),
    ("Servers running Quarno and Vexis were patched.", [org("Quarno"), org("Vexis")],
     ["PRODUCT", "PRODUCT"]),
    ("Trucks powered by Helvane engines were recalled.", [org("Helvane")], ["PRODUCT"]),
    # the other end of a route from a town; where a place lies
    ("Stage 9, Pau to Soulanne, 160 km:", [("Pau", "GPE", "Pau", False), org("Soulanne")],
     ["GPE", "GPE"]),
    ("The Tromsø – Kessvik road was shut.", [("Tromsø", "GPE", "Tromsø", False), org("Kessvik")],
     ["GPE", "GPE"]),
    ("Buses ran from Kessvik to Bergen.", [org("Kessvik"), ("Bergen", "GPE", "Bergen", False)],
     ["GPE", "GPE"]),
    ("Tests were held at Kharvi in the western state of Gujarat.", [org("Kharvi")], ["GPE"]),
    ("Floods cut off Belmuro, in the province of Cosenza.", [org("Belmuro")], ["GPE"]),
    ("Crews reached Ostrel in the remote district of Gorno.", [org("Ostrel")], ["GPE"]),
    # what only a volcano, a storm or an event does as the subject
    ("Kalvatnur erupted on Monday, sending ash 8 km high.", [org("Kalvatnur")], ["LOC"]),
    ("Officials said Mount Orrin's neighbour Brasca has erupted twice.", [org("Brasca")],
     ["LOC"]),
    ("Tessun made landfall near Hualien on Sunday.", [org("Tessun")], ["EVENT"]),
    ("Solvara was held in Aarhus for the first time.", [org("Solvara")], ["EVENT"]),
    ("Brekkafest took place over three days in June.", [org("Brekkafest")], ["EVENT"]),
    # what admits people to it
    ("Tickets for Brekkafest sold out in an hour.", [org("Brekkafest")], ["EVENT"]),
    ("Fans queued for passes to Solvara and Quelloa.", [org("Solvara"), org("Quelloa")],
     ["EVENT", "EVENT"]),
    ("She bought tickets to Ostavia in March.", [org("Ostavia")], ["EVENT"]),
    ("Tickets for Velmora's flights rose 4%.", [org("Velmora")], ["ORG"]),
    # an event's verb in the name's own relative clause
    ("Crowds gathered for Brenmoor, which ended on Sunday.", [org("Brenmoor")], ["EVENT"]),
    ("Fans flocked to Ostavia, which began on Friday with 60 bands.", [org("Ostavia")],
     ["EVENT"]),
    ("Tickets for Quelloa, which ends on Monday, are sold out.", [org("Quelloa")], ["EVENT"]),
    # a kind noun right after the name: an event's, a natural place's
    ("Tickets for the Tarvik technology show sold out.", [org("Tarvik")], ["EVENT"]),
    ("The Selmore festival drew 30,000 people.", [org("Selmore")], ["EVENT"]),
    ("Two climbers died on the Orvanne massif.", [org("Orvanne")], ["LOC"]),
    # a list partner whose type its form settled
    ("Typhoon Kelani, Marvo and Tessun killed 40 people.",
     [("Typhoon Kelani", "EVENT", "Typhoon Kelani", True), org("Marvo"), org("Tessun")],
     ["EVENT", "EVENT", "EVENT"]),
    ("Hosts running Corvix 9 or Drellin were not affected.",
     [("Corvix 9", "PRODUCT", "Corvix 9", True), org("Drellin")], ["PRODUCT", "PRODUCT"]),
    ("It recalled the Vanta X and the Orlo over a fault.",
     [("Vanta X", "PRODUCT", "Vanta X", True), org("Orlo")], ["PRODUCT", "PRODUCT"]),
    # a town of the gazetteer (15,000 people or more) that nothing but the label makes a body
    ("Roadworks near Scunthorpe will last until May.", [org("Scunthorpe")], ["GPE"]),
    ("Snow fell across Harrogate overnight.", [org("Harrogate")], ["GPE"]),
    ("Wakefield was hit by floods on Tuesday.", [org("Wakefield")], ["GPE"]),
    # untouched: a town that speaks, a firm's holding or part after "its", a side of a match,
    # a firm beside it in a list, a cue of another kind
    ("Halifax said on Monday that mortgage rates would fall.", [org("Halifax")], ["ORG"]),
    ("Norbank said its Harrogate unit was for sale.", [org("Norbank"), org("Harrogate")],
     ["ORG", "ORG"]),
    ("American Airlines, Lincoln and Qantas cut flights.",
     [org("American Airlines"), org("Lincoln"), org("Qantas")], ["ORG", "ORG", "ORG"]),
    ("Exports from Japan to Velmora rose.", [("Japan", "GPE", "Japan", False), org("Velmora")],
     ["GPE", "ORG"]),
    ("Analysts at Velmora in the state of Texas said so.", [org("Velmora")], ["ORG"]),
    ("Talks with Velmora took two days.", [org("Velmora")], ["ORG"]),
    ("Velmora was held liable for the spill.", [org("Velmora")], ["ORG"]),
    # a strong cue of the document against a listed company's name that no cue backs
    ("Barges sank at the mouth of the Amazon last week.", [org("Amazon")], ["LOC"]),
    ("The Orange burst its banks near Upington on Sunday.", [org("Orange")], ["LOC"]),
    ("Water levels on the Amazon fell to a record low.", [org("Amazon")], ["LOC"]),
    # untouched: a mention without the cue (the company's "Amazon shares fell")
    ("Amazon shares fell 2%. Its warehouse at the mouth of the Amazon flooded.",
     [org("Amazon"), org("Amazon")], ["ORG", "ORG"]),
    ("Orange said it would cut prices.", [org("Orange")], ["ORG"]),
    # untouched: a body's own cue, a body's word in the name, a firm's verb after "which",
    # a firm's site after its name, a partner the form did not settle
    ("Flights to Norvala were cut. Norvala said it would cut its fares.",
     [org("Norvala"), org("Norvala")], ["ORG", "ORG"]),
    ("Slots for flights to Kelmsay Airlines were cut.", [org("Kelmsay Airlines")], ["ORG"]),
    ("Brennock, which began trading in May, raised prices.", [org("Brennock")], ["ORG"]),
    ("Fires broke out at the Hudvik smelter.", [org("Hudvik")], ["ORG"]),
    ("Veltro and Marden bid for the contract.",
     [("Veltro", "PRODUCT", "Veltro", False), org("Marden")], ["PRODUCT", "ORG"]),
    ("Trips to the Nile Basin Initiative summit were paid.", [org("Nile Basin Initiative")],
     ["ORG"]),
    ("Amazon, which ended talks on Friday, cut flights to Seattle.", [org("Amazon")], ["ORG"]),
    ("Staff at the Kelby Infirmary and Marrow Lane worked all night.",
     [("Kelby Infirmary", "FAC", "Kelby Infirmary", True), org("Marrow Lane")], ["FAC", "ORG"]),
    ("Firms running Brisca's payroll were fined.", [org("Brisca")], ["ORG"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), CASES)
def test_org_needs_evidence(text: str, marks: list[Mark], want: list[str]) -> None:
    assert [t for _, t in voted(text, marks)] == want


# A town of the gazetteer or a natural place by its head word joined to a name that only the
# model's label makes a body stays a place (``forms.coordinated_orgs``); untouched: a place the
# gazetteer does not know beside a body ("competes with Sonorel and Bose"), a place beside a
# firm with a body's word or a listed company.
COORDINATED = [
    ("Buses between Kessvik and Grimsby were cut.", [("Grimsby", "GPE"), ("Kessvik", "ORG")],
     "GPE"),
    ("Rain hit Dover and Marlow Quay.", [("Dover", "GPE"), ("Marlow Quay", "ORG")], "GPE"),
    ("Boats left Tarrow and the Skelda Reef.", [("Skelda Reef", "LOC"), ("Tarrow", "ORG")],
     "LOC"),
    # untouched
    ("It competes with Sonorel and Bosca.", [("Sonorel", "GPE"), ("Bosca", "ORG")], "ORG"),
    ("Orders from Grimsby and Kessvik Foods rose.", [("Grimsby", "GPE"), ("Kessvik Foods", "ORG")],
     "ORG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), COORDINATED)
def test_places_beside_unclaimed_bodies(text: str, spans: list[tuple[str, str]], want: str):
    from briefx.pipeline.entities.forms import coordinated_orgs

    ents = []
    for surface, typ in spans:
        s = text.index(surface)
        ents.append(Ent(s, s + len(surface), typ, surface))
    coordinated_orgs(text, ents, frozenset())
    assert ents[0].type == want
