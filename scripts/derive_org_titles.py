"""Write ``models/org_titles.jsonl``: the written forms of organisations whose English Wikipedia
title differs from what news copy writes -> that title (session 41, orgtitle41, issue 13 names).

Two kinds of row, each ``{"alias": form, "name": title, "type": "ORG", "kind": ...}``:

- ``company``: firms, airlines and state companies by their registered, former or short names
  ("Saudi Arabian Oil Company", "Aramco" -> "Saudi Aramco"; "Petroleos de Venezuela" ->
  "PDVSA"; "Broken Hill Proprietary" -> "BHP"; "Cathay Pacific Airways" -> "Cathay Pacific";
  "United States Steel" -> "U.S. Steel"). Read with ``models/companies.jsonl`` by
  ``briefx.normalize.names.companies``, so ``lookup_company`` drops the legal forms and company
  tails after them as it does for the listed companies ("Westpac Banking Corp" -> "Westpac
  Banking" -> "Westpac"). A form the listing table already has keeps the listing's title,
  except the forms of ``OVERRIDES`` (where the listing's title is another firm's or a redirect).
- ``body``: intergovernmental bodies, agencies and central banks by the forms English writes for
  them that their titles do not use ("United Nations Children's Fund" -> "UNICEF", "World
  Health Organisation" -> "World Health Organization", "Banxico" -> "Bank of Mexico"). Read
  with the alias tables by ``briefx.normalize.names.aliases`` (after places.jsonl, before
  organisations.jsonl and aliases.jsonl, which win).

Source: English Wikipedia article titles (CC BY-SA 4.0), written by hand from memory for
briefx: there is no network, and no package on PyPI ships such a list offline (pytickersymbols,
read by scripts/derive_companies.py, covers twenty indices' members; the airline packages are
API clients). So no title was checked against the live pages; titles not known for sure were
left out ("Western Mining Corporation" or "WMC Resources", "Office for the Coordination of
Humanitarian Affairs" with or without its prefix). A short form is left out where it is also a
common word, a given name or a place ("Vale", "Leonardo", "Santander", "Norwegian"), as
scripts/derive_companies.py leaves them out.

The script checks that no form is claimed by two titles, that no form is letters
``models/org_acronyms.jsonl`` keys (its rows, read later, would be shadowed), and that a body's
form is no alias-table key; a company form the listing table already has is left to it.
Run from the project root: ``python scripts/derive_org_titles.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "org_titles.jsonl"

# (English Wikipedia title, the forms copy writes for it): firms, airlines, state companies.
# Legal forms after a form are dropped by the lookup; a form is written without them.
COMPANIES: list[tuple[str, list[str]]] = [
    # --- session 42 (firms42): short forms copy writes where the title is longer, none of them
    # an English word, a place or a common name (those are in scripts/derive_firm_short_forms.py,
    # taken only where the document names the firm's industry)
    # (not "Airtel": Bharti Airtel in India, Airtel Africa's units in Kenya or Nigeria)
    ("Kansai Electric Power Company", ["Kansai Electric", "Kansai Electric Power"]),
    ("Chubu Electric Power", ["Chubu Electric"]),
    ("Mahindra & Mahindra", ["Mahindra", "Mahindra and Mahindra"]),
    ("Daiwa Securities Group", ["Daiwa", "Daiwa Securities"]),
    ("Yamaichi Securities", ["Yamaichi"]),
    ("Sanwa Bank", ["Sanwa"]),
    ("Banco Bradesco", ["Bradesco"]),
    ("Itaú Unibanco", ["Itau", "Itaú", "Itau Unibanco"]),
    ("Sun Life Financial", ["Sun Life"]),
    ("Ping An Insurance", ["Ping An"]),
    ("China Life Insurance Company", ["China Life"]),
    ("Lloyds Banking Group", ["Lloyds"]),
    ("Société Générale", ["SocGen", "Societe Generale"]),
    ("Standard Chartered", ["StanChart"]),
    ("Danske Bank", ["Danske"]),
    ("Barings Bank", ["Barings"]),
    ("The Walt Disney Company", ["Disney"]),
    ("Newcrest Mining", ["Newcrest"]),
    ("Hindalco Industries", ["Hindalco"]),
    ("Asiana Airlines", ["Asiana"]),
    ("Xcel Energy", ["Xcel"]),
    ("Harvard University", ["Harvard"]),
    # --- oil, gas and power
    ("Saudi Aramco", ["Aramco", "Saudi Arabian Oil", "Saudi Arabian Oil Company"]),
    ("ExxonMobil", ["Exxon Mobil", "Exxon Mobil Corporation", "Exxon"]),
    ("PDVSA", ["Petroleos de Venezuela", "Petróleos de Venezuela"]),
    ("Pemex", ["Petroleos Mexicanos", "Petróleos Mexicanos", "PEMEX"]),
    ("YPF", ["YPF Sociedad Anonima", "YPF Sociedad Anónima"]),
    ("Petrobras", ["Petroleo Brasileiro", "Petróleo Brasileiro"]),
    ("Ecopetrol", ["Ecopetrol"]),
    ("BP", ["British Petroleum"]),  # (not "BP": two letters name no company here)
    ("Shell plc", ["Royal Dutch Shell"]),
    (
        "NNPC Limited",
        ["Nigerian National Petroleum Company", "Nigerian National Petroleum Corporation"],
    ),
    ("Seplat Energy", ["Seplat", "Seplat Energy", "Seplat Petroleum Development Company"]),
    ("Rosneft", ["Rosneft", "Rosneft Oil Company"]),
    ("Lukoil", ["Lukoil", "LUKOIL", "Lukoil Oil Company"]),
    ("Eskom", ["Eskom", "Eskom Holdings", "Eskom Holdings SOC"]),
    ("Transnet", ["Transnet", "Transnet SOC"]),
    ("Sasol", ["Sasol"]),
    ("Korea Electric Power Corporation", ["Korea Electric Power"]),
    ("Kuwait Petroleum Corporation", ["Kuwait Petroleum"]),
    ("QatarEnergy", ["Qatar Petroleum"]),
    ("Sonatrach", ["Sonatrach"]),
    ("Petronas", ["Petronas", "Petroliam Nasional"]),
    ("Pertamina", ["Pertamina"]),
    # --- mining and steel
    (
        "BHP",
        [
            "BHP",
            "BHP Billiton",
            "BHP Group",
            "Broken Hill Proprietary",
            "Broken Hill Proprietary Company",
        ],
    ),
    ("POSCO", ["POSCO", "Pohang Iron and Steel", "Pohang Iron & Steel"]),
    (
        "U.S. Steel",
        ["U.S. Steel", "US Steel", "United States Steel", "United States Steel Corporation"],
    ),
    (
        "Codelco",
        ["Codelco", "Corporación Nacional del Cobre de Chile", "Corporacion Nacional del Cobre"],
    ),
    # --- banks and finance
    ("Westpac", ["Westpac", "Westpac Banking", "Westpac Banking Corporation"]),
    ("Commonwealth Bank", ["Commonwealth Bank of Australia", "CommBank"]),
    ("U.S. Bancorp", ["US Bancorp"]),
    ("U.S. Bank", ["U.S. Bank"]),
    ("Mitsubishi UFJ Financial Group", ["MUFG"]),
    ("SoftBank Group", ["SoftBank", "SoftBank Group"]),
    ("Siemens Energy", ["Siemens Energy", "Siemens Energy AG"]),
    ("Swiss Re", ["Swiss Re", "Swiss Reinsurance", "Swiss Reinsurance Company Ltd"]),
    ("JPMorgan Chase", ["JPMorgan", "JPMorgan Chase & Co"]),
    ("Citigroup", ["Citi"]),
    ("Bank of America", ["BofA"]),
    ("Mizuho Financial Group", ["Mizuho"]),
    ("Deutsche Börse", ["Deutsche Boerse"]),
    ("Intesa Sanpaolo", ["Intesa"]),
    ("Assicurazioni Generali", ["Generali"]),
    ("GSK plc", ["GlaxoSmithKline"]),
    ("Johnson & Johnson", ["J&J"]),
    ("Procter & Gamble", ["P&G"]),
    ("Lockheed Martin", ["Lockheed"]),
    ("The Walt Disney Company", ["Walt Disney Co", "Walt Disney Company"]),
    ("AB InBev", ["Anheuser-Busch InBev"]),
    ("Carlsberg Group", ["Carlsberg"]),
    ("Maersk", ["Maersk", "A.P. Moller-Maersk", "AP Moller-Maersk", "A.P. Moller - Maersk"]),
    ("Sainsbury's", ["J Sainsbury", "J. Sainsbury"]),
    ("ASML Holding", ["ASML"]),
    # --- industry, technology, consumer
    ("Alibaba Group", ["Alibaba", "Alibaba Group", "Alibaba Group Holding"]),
    ("Tencent", ["Tencent", "Tencent Holdings"]),
    ("Kia", ["Kia", "Kia Motors", "Kia Corporation"]),
    ("Hyundai Motor Company", ["Hyundai Motor", "Hyundai Motor Co"]),
    ("Hyundai Motor Group", ["Hyundai Motor Group"]),  # (the group: no tail of the company)
    ("Toyota Industries", ["Toyota Industries"]),
    ("Foxconn", ["Foxconn", "Hon Hai Precision Industry", "Hon Hai"]),
    ("Porsche", ["Porsche AG"]),
    ("Audi", ["Audi"]),
    ("US Foods", ["US Foods", "US Foods Holding"]),
    ("Reliance Industries", ["Reliance", "Reliance Industries"]),
    ("Infosys", ["Infosys"]),
    ("Tata Consultancy Services", ["Tata Consultancy Services"]),
    ("Larsen & Toubro", ["Larsen & Toubro", "Larsen and Toubro"]),
    ("Dangote Cement", ["Dangote Cement"]),
    ("MTN Group", ["MTN Group", "MTN"]),
    ("Safaricom", ["Safaricom"]),
    ("Naspers", ["Naspers"]),
    ("Telstra", ["Telstra", "Telstra Corporation", "Telstra Group"]),
    ("Woodside Energy", ["Woodside", "Woodside Petroleum", "Woodside Energy Group"]),
    ("SABIC", ["Saudi Basic Industries", "Saudi Basic Industries Corporation"]),
    ("DP World", ["DP World", "Dubai Ports World"]),
    ("Emaar Properties", ["Emaar"]),
    ("Mubadala Investment Company", ["Mubadala"]),
    ("Temasek Holdings", ["Temasek"]),
    ("Evergrande Group", ["Evergrande", "China Evergrande", "China Evergrande Group"]),
    ("Huawei", ["Huawei", "Huawei Technologies"]),
    ("Xiaomi", ["Xiaomi"]),
    ("CATL", ["CATL", "Contemporary Amperex Technology"]),
    ("Lenovo", ["Lenovo", "Lenovo Group"]),
    (
        "Sinopec",
        ["China Petroleum & Chemical", "China Petroleum and Chemical", "China Petrochemical"],
    ),
    ("Industrial and Commercial Bank of China", ["ICBC"]),
    ("Maruti Suzuki", ["Maruti", "Maruti Suzuki India"]),
    ("América Móvil", ["America Movil", "América Movil"]),
    ("FEMSA", ["Fomento Económico Mexicano", "Fomento Economico Mexicano"]),
    ("Vale S.A.", ["Vale S.A.", "Vale SA", "Companhia Vale do Rio Doce"]),
    ("Standard Bank", ["Standard Bank", "Standard Bank Group"]),
    ("Sibanye-Stillwater", ["Sibanye-Stillwater", "Sibanye Stillwater", "Sibanye"]),
    ("Impala Platinum", ["Impala Platinum", "Implats"]),
    # --- airlines: the title by its registered or older name, and a short name
    ("Thai Airways", ["Thai Airways", "Thai Airways International"]),
    ("Korean Air", ["Korean Air", "Korean Air Lines"]),
    ("Virgin Australia", ["Virgin Australia", "Virgin Australia Airlines"]),
    ("Jetstar", ["Jetstar", "Jetstar Airways"]),
    ("WestJet", ["WestJet", "WestJet Airlines"]),
    ("Aerolíneas Argentinas", ["Aerolineas Argentinas"]),
    ("Wizz Air", ["Wizz Air", "Wizz Air Holdings"]),
    ("Ryanair", ["Ryanair", "Ryanair Holdings"]),
    ("Qantas", ["Qantas", "Qantas Airways"]),
    ("Cathay Pacific", ["Cathay Pacific", "Cathay Pacific Airways"]),
    ("Singapore Airlines", ["Singapore Airlines"]),
    (
        "Malaysia Airlines",
        ["Malaysia Airlines", "Malaysia Airlines Berhad", "Malaysia Airline System"],
    ),
    ("Garuda Indonesia", ["Garuda", "Garuda Indonesia"]),
    ("KLM", ["KLM", "KLM Royal Dutch Airlines"]),
    ("Lufthansa", ["Deutsche Lufthansa"]),
    ("Qatar Airways", ["Qatar Airways", "Qatar Airways Company Q.C.S.C."]),
    ("El Al", ["El Al", "El Al Israel Airlines"]),
    ("Etihad Airways", ["Etihad", "Etihad Airways"]),
    ("IndiGo", ["IndiGo", "InterGlobe Aviation"]),
    ("Aeroflot", ["Aeroflot", "Aeroflot Russian Airlines"]),
    ("Norwegian Air Shuttle", ["Norwegian Air Shuttle", "Norwegian Air"]),
    (
        "Scandinavian Airlines",
        ["Scandinavian Airlines", "Scandinavian Airlines System", "SAS Scandinavian Airlines"],
    ),
    ("Ethiopian Airlines", ["Ethiopian Airlines", "Ethiopian Airlines Group"]),
    ("Kenya Airways", ["Kenya Airways"]),
    ("Turkish Airlines", ["Turkish Airlines"]),
    ("LOT Polish Airlines", ["LOT Polish Airlines"]),
    ("TAP Air Portugal", ["TAP Air Portugal", "TAP Portugal"]),
    ("All Nippon Airways", ["All Nippon Airways"]),
    ("US Airways", ["US Airways"]),
]

# Forms the listing table (models/companies.jsonl) names otherwise, where this table is right:
# "SoftBank" is the listing's short form of SoftBank Group Corp. (English Wikipedia's
# "SoftBank Group"; "SoftBank Corp." is the mobile carrier); the listing's addresses of Siemens
# Energy and Swiss Re keep a legal form English Wikipedia's titles do not ("Siemens Energy",
# "Swiss Re").
OVERRIDES = frozenset(
    {
        "SoftBank",
        "Siemens Energy",
        "Siemens Energy AG",
        "Swiss Reinsurance",
        "Swiss Reinsurance Company Ltd",
    }
)

# (English Wikipedia title, the forms English writes for it that the title does not use):
# intergovernmental bodies, agencies, central banks and statistics offices.
BODIES: list[tuple[str, list[str]]] = [
    # --- session 42 (acro42): national bodies by the short forms their own country's press
    # writes, where the title is longer
    ("Statistics South Africa", ["Stats SA", "StatsSA"]),
    ("Bangko Sentral ng Pilipinas", ["Bangko Sentral"]),
    ("Bank Negara Malaysia", ["Bank Negara"]),
    ("Jiji Press", ["Jiji"]),
    ("Garda Síochána", ["Gardai", "Gardaí", "An Garda Síochána"]),
    # --- United Nations system: titles without the "United Nations" prefix, and spellings
    (
        "UNICEF",
        [
            "United Nations Children's Fund",
            "UN Children's Fund",
            "U.N. Children's Fund",
            "United Nations International Children's Emergency Fund",
        ],
    ),
    (
        "UNESCO",
        [
            "United Nations Educational, Scientific and Cultural Organization",
            "United Nations Educational, Scientific and Cultural Organisation",
        ],
    ),
    (
        "UNRWA",
        [
            "United Nations Relief and Works Agency",
            "UN Relief and Works Agency",
            "U.N. Relief and Works Agency",
            "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
            "UN Relief and Works Agency for Palestine Refugees",
        ],
    ),
    ("UNAIDS", ["Joint United Nations Programme on HIV/AIDS"]),
    ("UN-Habitat", ["United Nations Human Settlements Programme", "UN Habitat"]),
    (
        "UN Women",
        [
            "UN Women",
            "U.N. Women",
            "United Nations Entity for Gender Equality and the Empowerment of Women",
        ],
    ),
    ("World Food Programme", ["World Food Program", "UN World Food Program"]),
    ("World Health Organization", ["World Health Organisation"]),
    ("Food and Agriculture Organization", ["Food and Agriculture Organisation"]),
    (
        "International Labour Organization",
        [
            "International Labour Organisation",
            "International Labor Organization",
        ],
    ),
    ("International Organization for Migration", ["International Organisation for Migration"]),
    ("World Meteorological Organization", ["World Meteorological Organisation"]),
    ("International Civil Aviation Organization", ["International Civil Aviation Organisation"]),
    ("International Maritime Organization", ["International Maritime Organisation"]),
    ("World Intellectual Property Organization", ["World Intellectual Property Organisation"]),
    ("World Trade Organization", ["World Trade Organisation"]),
    # --- other intergovernmental bodies by their spelled-out or local names
    (
        "OECD",
        [
            "Organisation for Economic Co-operation and Development",
            "Organization for Economic Cooperation and Development",
            "Organisation for Economic Cooperation and Development",
            "Organization for Economic Co-operation and Development",
        ],
    ),
    (
        "ASEAN",
        ["Association of Southeast Asian Nations", "Association of South East Asian Nations"],
    ),
    (
        "OPEC",
        [
            "Organization of the Petroleum Exporting Countries",
            "Organisation of the Petroleum Exporting Countries",
            "Organization of Petroleum Exporting Countries",
            "Organisation of Petroleum Exporting Countries",
        ],
    ),
    ("Mercosur", ["Southern Common Market"]),
    ("CERN", ["European Organization for Nuclear Research"]),
    ("Interpol", ["International Criminal Police Organization", "INTERPOL"]),
    ("African Export–Import Bank", ["African Export-Import Bank"]),
    ("Organisation of Islamic Cooperation", ["Organization of Islamic Cooperation"]),
    (
        "Organization for Security and Co-operation in Europe",
        [
            "Organisation for Security and Co-operation in Europe",
            "Organization for Security and Cooperation in Europe",
        ],
    ),
    # --- central banks and statistics offices by their own-language short names
    ("Bank of Mexico", ["Banxico", "Banco de México", "Banco de Mexico"]),
    ("Federal Statistical Office of Germany", ["Destatis"]),
    ("Banque de France", ["Bank of France"]),
    ("Sveriges Riksbank", ["Riksbank"]),
    ("Central Bank of Russia", ["Bank of Russia", "Central Bank of the Russian Federation"]),
    ("Saudi Central Bank", ["Saudi Arabian Monetary Authority", "Saudi Arabian Monetary Agency"]),
    ("Central Bank of Brazil", ["Banco Central do Brasil"]),
]


def _tables() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """The listing table (form -> title) and the alias tables (form -> (title, type))."""

    def read(name: str) -> list[dict[str, str]]:
        lines = (ROOT / "models" / name).read_text(encoding="utf-8").splitlines()
        return [json.loads(s) for s in lines if s.startswith("{")]

    listed = {r["alias"]: r["name"] for r in read("companies.jsonl")}
    aliases = {r["alias"]: (r["name"], r["type"]) for r in read("places.jsonl")}
    for name in ("organisations.jsonl", "aliases.jsonl"):
        aliases.update({r["alias"]: (r["name"], r["type"]) for r in read(name)})
    return listed, aliases


def rows() -> list[dict[str, str]]:
    """The table's rows, checked (see the module docstring)."""
    listed, aliases = _tables()
    letters = {
        json.loads(s)["acronym"]
        for s in (ROOT / "models" / "org_acronyms.jsonl").read_text(encoding="utf-8").splitlines()
        if s.startswith("{")
    }
    out: list[dict[str, str]] = []
    owner: dict[str, str] = {}
    for kind, groups in (("company", COMPANIES), ("body", BODIES)):
        for title, forms in groups:
            for form in forms:
                assert owner.setdefault(form, title) == title, (form, owner[form], title)
                assert form not in letters, form  # (the acronym table's rows would be shadowed)
                if kind == "company" and form in listed and form not in OVERRIDES:
                    continue  # the listing names it (its title wins)
                if kind == "body":
                    assert form not in aliases, form  # (the alias tables win: no row)
                out.append({"alias": form, "name": title, "type": "ORG", "kind": kind})
    return out


def main() -> None:
    table = rows()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "// Written forms of organisations -> English Wikipedia title, type ORG; kind company\n"
            "// (read with companies.jsonl) or body (read with the alias tables). Written by hand\n"
            "// from English Wikipedia article titles (CC BY-SA 4.0), from memory, not checked live.\n"
            "// Written by scripts/derive_org_titles.py (its docstring: scope, what is left out).\n"
            "// Do not edit by hand: rerun the script.\n"
        )
        for row in table:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(table)} rows -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
