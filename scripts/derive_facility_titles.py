"""Write ``models/facility_titles.jsonl``: well-known facilities news names by a short name
whose English Wikipedia title adds the kind or another name ("the Zaporizhzhia plant" ->
"Zaporizhzhia Nuclear Power Plant", "at Wembley" -> "Wembley Stadium", "its Grasberg mine" ->
"Grasberg mine", "Parkhead" -> "Celtic Park"). Read by
``briefx.pipeline.entities.facilities.facility_titles`` (session 41, places41) for a mention
typed a facility and named by the short name alone, for a short name before a lower-case word
of its kind ("the Zaporizhzhia nuclear plant", "the Grasberg copper mine"), and for a ground
or a circuit after "at" in a sentence about sport (``match_venues``).

No package on PyPI ships such titles (the gazetteers hold towns, the airport tables IATA
names), so the rows are written by hand from English Wikipedia's article titles (CC BY-SA 4.0;
the lists "List of nuclear power stations", "List of football stadiums in England", "List of
rugby union stadiums by capacity", "List of Formula One circuits", and the articles named),
as ``derive_notable_people.py`` writes its people: only titles the author knows, a short name
left out where it names another thing as often (Old Trafford: the football and the cricket
ground; Newlands; Hinkley Point: two stations; Stamford Bridge: a village and a battle), and a facility whose title is its short name
left out (Anfield, Camp Nou, Lord's, Sellafield, Escondida: nothing to add).

Kinds: "nuclear" (nuclear power stations), "power" (other power stations), "mine",
"stadium" (football, rugby and cricket grounds), "circuit" (motor-racing circuits).

    python scripts/derive_facility_titles.py

Rows: {"name", "title", "kind"}.
"""

from __future__ import annotations

import sys
from pathlib import Path

from derive_fac_heads import write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "facility_titles.jsonl"

# kind -> [(title, short names news writes)]
FACILITIES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "nuclear": [
        ("Zaporizhzhia Nuclear Power Plant", ("Zaporizhzhia", "Zaporizhia", "Zaporozhye")),
        ("Chernobyl Nuclear Power Plant", ("Chernobyl", "Chornobyl")),
        ("Fukushima Daiichi Nuclear Power Plant", ("Fukushima Daiichi", "Fukushima Dai-ichi")),
        ("Fukushima Daini Nuclear Power Plant", ("Fukushima Daini",)),
        ("Kashiwazaki-Kariwa Nuclear Power Plant", ("Kashiwazaki-Kariwa", "Kashiwazaki")),
        ("Onagawa Nuclear Power Plant", ("Onagawa",)),
        ("Takahama Nuclear Power Plant", ("Takahama",)),
        ("Shika Nuclear Power Plant", ("Shika",)),
        ("Sendai Nuclear Power Plant", ("Sendai",)),
        ("Genkai Nuclear Power Plant", ("Genkai",)),
        ("Hamaoka Nuclear Power Plant", ("Hamaoka",)),
        ("Kursk Nuclear Power Plant", ("Kursk",)),
        ("Novovoronezh Nuclear Power Plant", ("Novovoronezh",)),
        ("Leningrad Nuclear Power Plant", ("Leningrad",)),
        ("Rivne Nuclear Power Plant", ("Rivne",)),
        ("Khmelnytskyi Nuclear Power Plant", ("Khmelnytskyi",)),
        ("South Ukraine Nuclear Power Plant", ("South Ukraine",)),
        ("Bushehr Nuclear Power Plant", ("Bushehr",)),
        ("Akkuyu Nuclear Power Plant", ("Akkuyu",)),
        ("Rooppur Nuclear Power Plant", ("Rooppur",)),
        ("Kudankulam Nuclear Power Plant", ("Kudankulam",)),
        ("Chashma Nuclear Power Plant", ("Chashma",)),
        ("Flamanville Nuclear Power Plant", ("Flamanville",)),
        ("Fessenheim Nuclear Power Plant", ("Fessenheim",)),
        ("Olkiluoto Nuclear Power Plant", ("Olkiluoto",)),
        ("Loviisa Nuclear Power Plant", ("Loviisa",)),
        ("Forsmark Nuclear Power Plant", ("Forsmark",)),
        ("Ringhals Nuclear Power Plant", ("Ringhals",)),
        ("Paks Nuclear Power Plant", ("Paks",)),
        ("Kozloduy Nuclear Power Plant", ("Kozloduy",)),
        ("Mochovce Nuclear Power Plant", ("Mochovce",)),
        ("Krško Nuclear Power Plant", ("Krško", "Krsko")),
        ("Cernavodă Nuclear Power Plant", ("Cernavodă", "Cernavoda")),
        ("Ignalina Nuclear Power Plant", ("Ignalina",)),
        ("Isar Nuclear Power Plant", ("Isar",)),
        ("Emsland Nuclear Power Plant", ("Emsland",)),
        ("Neckarwestheim Nuclear Power Plant", ("Neckarwestheim",)),
        ("Almaraz Nuclear Power Plant", ("Almaraz",)),
        ("Doel Nuclear Power Station", ("Doel",)),
        ("Tihange Nuclear Power Station", ("Tihange",)),
        ("Dukovany Nuclear Power Station", ("Dukovany",)),
        ("Temelín Nuclear Power Station", ("Temelín", "Temelin")),
        ("Koeberg Nuclear Power Station", ("Koeberg",)),
        ("Kori Nuclear Power Plant", ("Kori",)),
        ("Angra Nuclear Power Plant", ("Angra",)),
        ("Atucha Nuclear Power Plant", ("Atucha",)),
        ("Three Mile Island Nuclear Generating Station", ("Three Mile Island",)),
        ("Diablo Canyon Power Plant", ("Diablo Canyon",)),
        ("Vogtle Electric Generating Plant", ("Vogtle",)),
    ],
    "power": [
        ("Drax Power Station", ("Drax",)),
        ("Bełchatów Power Station", ("Bełchatów", "Belchatow")),
        ("Medupi Power Station", ("Medupi",)),
        ("Kusile Power Station", ("Kusile",)),
        ("Taichung Power Plant", ("Taichung",)),
    ],
    "mine": [
        ("Grasberg mine", ("Grasberg",)),
        ("Oyu Tolgoi mine", ("Oyu Tolgoi",)),
        ("Olympic Dam mine", ("Olympic Dam",)),
        ("Bingham Canyon Mine", ("Bingham Canyon",)),
        ("Kumtor Gold Mine", ("Kumtor",)),
    ],
    "stadium": [
        ("Wembley Stadium", ("Wembley",)),
        ("Twickenham Stadium", ("Twickenham",)),
        ("Murrayfield Stadium", ("Murrayfield",)),
        ("Millennium Stadium", ("Principality Stadium",)),
        ("Hampden Park", ("Hampden",)),
        ("Ibrox Stadium", ("Ibrox",)),
        ("Celtic Park", ("Parkhead",)),
        ("Goodison Park", ("Goodison",)),
        ("Hillsborough Stadium", ("Hillsborough",)),
        ("Maracanã Stadium", ("Maracanã", "Maracana")),
        ("Estadio Azteca", ("Azteca",)),
        ("Santiago Bernabéu Stadium", ("Bernabéu", "Bernabeu", "Santiago Bernabéu")),
        ("Camp Nou", ("Nou Camp",)),
        ("Metropolitano Stadium", ("Metropolitano", "Wanda Metropolitano")),
        ("Mestalla Stadium", ("Mestalla",)),
        ("Stadio Olimpico", ("Olimpico",)),
        ("Stade Vélodrome", ("Vélodrome", "Velodrome")),
        ("Westfalenstadion", ("Signal Iduna Park",)),
        ("King Baudouin Stadium", ("Heysel",)),
        ("Luzhniki Stadium", ("Luzhniki",)),
        ("Bislett Stadium", ("Bislett",)),
        ("La Bombonera", ("Bombonera",)),
        ("Estadio Centenario", ("Centenario",)),
        ("Ellis Park Stadium", ("Ellis Park",)),
        ("Loftus Versfeld Stadium", ("Loftus Versfeld", "Loftus")),
        ("Kings Park Stadium", ("Kings Park",)),
        ("FNB Stadium", ("Soccer City",)),
        ("Moses Mabhida Stadium", ("Moses Mabhida",)),
        ("Nyayo National Stadium", ("Nyayo",)),
        ("Bukit Jalil National Stadium", ("Bukit Jalil",)),
        ("Rajamangala National Stadium", ("Rajamangala",)),
        ("Mỹ Đình National Stadium", ("Mỹ Đình", "My Dinh")),
        ("Gelora Bung Karno Main Stadium", ("Gelora Bung Karno",)),
        ("Lusail Stadium", ("Lusail",)),
        ("Wankhede Stadium", ("Wankhede",)),
        ("M. A. Chidambaram Stadium", ("Chepauk",)),
        ("Arun Jaitley Stadium", ("Feroz Shah Kotla", "Kotla")),
        ("Edgbaston Cricket Ground", ("Edgbaston",)),
        ("The Oval", ("Oval",)),
        ("Melbourne Cricket Ground", ("MCG",)),
        ("Sydney Cricket Ground", ("SCG",)),
        ("The Gabba", ("Gabba",)),
        ("WACA Ground", ("WACA",)),
    ],
    "circuit": [
        ("Silverstone Circuit", ("Silverstone",)),
        ("Monza Circuit", ("Monza",)),
        ("Circuit de Spa-Francorchamps", ("Spa-Francorchamps", "Spa")),
        ("Suzuka International Racing Course", ("Suzuka",)),
        ("Interlagos Circuit", ("Interlagos",)),
        ("Sepang International Circuit", ("Sepang",)),
        ("Imola Circuit", ("Imola",)),
        ("Hockenheimring", ("Hockenheim",)),
        ("Circuit Zandvoort", ("Zandvoort",)),
        ("Albert Park Circuit", ("Albert Park",)),
        ("Yas Marina Circuit", ("Yas Marina",)),
        ("Circuit de Barcelona-Catalunya", ("Catalunya", "Montmeló")),
        ("Circuit de Nevers Magny-Cours", ("Magny-Cours",)),
        ("Circuito do Estoril", ("Estoril",)),
        ("Circuito de Jerez", ("Jerez",)),
        ("Circuit Paul Ricard", ("Paul Ricard", "Le Castellet")),
    ],
}

HEADER = (
    "// Well-known facilities news names by a short name whose English Wikipedia title adds the\n"
    '// kind or another name ("Zaporizhzhia" -> "Zaporizhzhia Nuclear Power Plant", "Wembley" ->\n'
    '// "Wembley Stadium", "Parkhead" -> "Celtic Park"); kinds: nuclear, power, mine, stadium,\n'
    "// circuit. Written by hand by scripts/derive_facility_titles.py from English Wikipedia's\n"
    "// article titles (CC BY-SA 4.0). Do not edit by hand: rerun the script.\n"
)


def rows() -> list[dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for kind, facilities in FACILITIES.items():
        for title, names in facilities:
            for name in names:
                assert name not in out, name  # one facility per short name
                out[name] = {"name": name, "title": title, "kind": kind}
    return sorted(out.values(), key=lambda r: (r["kind"], r["name"]))


def main() -> int:
    return write_table(OUT, HEADER, rows())


if __name__ == "__main__":
    sys.exit(main())
