"""Write ``models/org_acronyms.jsonl``: organisations known by an acronym -> their English
Wikipedia title, read by ``briefx.pipeline.coref.acronym_titles`` as a fallback only, for an
ORG mention whose letters the document never spells out (session 39, orgs39, issue 13 names).

Scope: international, regional and intergovernmental bodies (United Nations organs and
agencies, development banks, regional blocs, courts, scientific panels), international sports
federations and confederations, and national bodies whose acronym is their usual name in
English news (statistics offices, central banks, regulators, electoral commissions,
broadcasters, national oil and power companies, stock exchanges, unions, parties, police and
armed forces) of the larger countries.

Source: English Wikipedia article titles (CC BY-SA 4.0), written by hand from memory for briefx:
there was no network, and no package on PyPI ships such a list (the IATI packages there are
placeholders; pycountry and babel hold no bodies), so no title was checked against the live
pages. Titles are the article titles as they stood in 2025 as far as known; an acronym whose
title is itself ("FIFA", "OPEC", "NATO", "UNICEF") needs no row.

Left out, as ``organisations.jsonl`` does: acronyms that are common words or other names ("WHO",
"AID", "CAN"), and letters several well-known bodies share with no country to tell them apart
("ICC": the International Criminal Court and the International Cricket Council; "AFC": the Asian
Football Confederation and the American Football Conference; "IPC": the International Paralympic
Committee and the Integrated Food Security Phase Classification; "BIS", "FSB", "RSF", "PPP",
"NEC"). Where several countries' bodies share the letters, each row names its ``country`` (the
alias table's canonical name) and the document's country decides ("NBS": Nigeria's or China's
statistics office; "CBI": India's Central Bureau of Investigation, the Confederation of British
Industry, the Central Bank of Ireland); a row without a country is taken wherever the document
gives no row of its own country ("IOC": the International Olympic Committee, but Indian Oil in an
Indian story). Acronyms the alias, organisation or company tables already know are left out
(those tables win, and name them before this fallback is read); the script checks that.

Run from the project root: ``python scripts/derive_org_acronyms.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "org_acronyms.jsonl"

# (acronym, English Wikipedia title, country or None)
ROWS: list[tuple[str, str, str | None]] = [
    # --- United Nations organs, agencies, funds and programmes not in organisations.jsonl
    ("UNSC", "United Nations Security Council", None),
    ("UNGA", "United Nations General Assembly", None),
    ("ICJ", "International Court of Justice", None),
    ("UNIDO", "United Nations Industrial Development Organization", None),
    ("UNODC", "United Nations Office on Drugs and Crime", None),
    ("UNOPS", "United Nations Office for Project Services", None),
    ("UNFCCC", "United Nations Framework Convention on Climate Change", None),
    ("UNMISS", "United Nations Mission in South Sudan", None),
    ("UNIFIL", "United Nations Interim Force in Lebanon", None),
    ("UPU", "Universal Postal Union", None),
    ("IMO", "International Maritime Organization", None),
    ("IPCC", "Intergovernmental Panel on Climate Change", None),
    ("IFC", "International Finance Corporation", None),
    ("IDA", "International Development Association", None),
    ("IBRD", "International Bank for Reconstruction and Development", None),
    ("MIGA", "Multilateral Investment Guarantee Agency", None),
    # --- other international bodies
    ("IEA", "International Energy Agency", None),
    ("IRENA", "International Renewable Energy Agency", None),
    ("IUCN", "International Union for Conservation of Nature", None),
    ("WWF", "World Wide Fund for Nature", None),
    ("MSF", "Médecins Sans Frontières", None),
    ("HRW", "Human Rights Watch", None),
    ("CPJ", "Committee to Protect Journalists", None),
    ("OPCW", "Organisation for the Prohibition of Chemical Weapons", None),
    ("CTBTO", "Comprehensive Nuclear-Test-Ban Treaty Organization", None),
    ("IOSCO", "International Organization of Securities Commissions", None),
    ("FATF", "Financial Action Task Force", None),
    ("IATA", "International Air Transport Association", None),
    ("ITUC", "International Trade Union Confederation", None),
    # --- development banks and funds
    ("AfDB", "African Development Bank", None),
    ("AFDB", "African Development Bank", None),
    ("ADB", "Asian Development Bank", None),
    ("AsDB", "Asian Development Bank", None),
    ("IADB", "Inter-American Development Bank", None),
    ("IsDB", "Islamic Development Bank", None),
    ("EBRD", "European Bank for Reconstruction and Development", None),
    ("AIIB", "Asian Infrastructure Investment Bank", None),
    ("NDB", "New Development Bank", None),
    ("Afreximbank", "African Export–Import Bank", None),
    ("BADEA", "Arab Bank for Economic Development in Africa", None),
    ("CDB", "Caribbean Development Bank", None),
    # --- regional blocs, their commissions and courts
    ("ECOWAS", "Economic Community of West African States", None),
    ("SADC", "Southern African Development Community", None),
    ("EAC", "East African Community", None),
    ("IGAD", "Intergovernmental Authority on Development", None),
    ("COMESA", "Common Market for Eastern and Southern Africa", None),
    ("ECCAS", "Economic Community of Central African States", None),
    ("AfCFTA", "African Continental Free Trade Area", None),
    ("GCC", "Gulf Cooperation Council", None),
    ("APEC", "Asia-Pacific Economic Cooperation", None),
    ("SCO", "Shanghai Cooperation Organisation", None),
    ("SAARC", "South Asian Association for Regional Cooperation", None),
    ("CARICOM", "Caribbean Community", None),
    ("MERCOSUR", "Mercosur", None),
    ("OAS", "Organization of American States", None),
    ("OSCE", "Organization for Security and Co-operation in Europe", None),
    ("OIC", "Organisation of Islamic Cooperation", None),
    ("EFTA", "European Free Trade Association", None),
    ("EEAS", "European External Action Service", None),
    ("EFSA", "European Food Safety Authority", None),
    ("EMA", "European Medicines Agency", None),
    ("ECDC", "European Centre for Disease Prevention and Control", None),
    ("EIOPA", "European Insurance and Occupational Pensions Authority", None),
    ("OLAF", "European Anti-Fraud Office", None),
    ("EPPO", "European Public Prosecutor's Office", None),
    ("ESM", "European Stability Mechanism", None),
    ("EEA", "European Environment Agency", None),
    ("CJEU", "Court of Justice of the European Union", None),
    ("ECJ", "European Court of Justice", None),
    ("ECOSOC", "United Nations Economic and Social Council", None),
    ("ECA", "United Nations Economic Commission for Africa", None),
    ("ESCAP", "United Nations Economic and Social Commission for Asia and the Pacific", None),
    ("ECLAC", "Economic Commission for Latin America and the Caribbean", None),
    # --- sports federations and confederations
    ("IOC", "International Olympic Committee", None),
    ("IOC", "Indian Oil Corporation", "India"),
    ("WADA", "World Anti-Doping Agency", None),
    ("CAS", "Court of Arbitration for Sport", None),
    ("CAF", "Confederation of African Football", None),
    ("CAF", "Canadian Armed Forces", "Canada"),
    ("OFC", "Oceania Football Confederation", None),
    ("IAAF", "World Athletics", None),
    ("FINA", "World Aquatics", None),
    ("UCI", "Union Cycliste Internationale", None),
    ("FIA", "Fédération Internationale de l'Automobile", None),
    ("FIM", "Fédération Internationale de Motocyclisme", None),
    ("FIG", "International Gymnastics Federation", None),
    ("FIH", "International Hockey Federation", None),
    ("FEI", "International Federation for Equestrian Sports", None),
    ("ITF", "International Tennis Federation", None),
    ("WTA", "Women's Tennis Association", None),
    ("IHF", "International Handball Federation", None),
    ("IIHF", "International Ice Hockey Federation", None),
    ("ISU", "International Skating Union", None),
    ("IBU", "International Biathlon Union", None),
    ("IJF", "International Judo Federation", None),
    ("ITTF", "International Table Tennis Federation", None),
    ("BWF", "Badminton World Federation", None),
    ("BCCI", "Board of Control for Cricket in India", None),
    ("PCB", "Pakistan Cricket Board", "Pakistan"),
    ("NCAA", "National Collegiate Athletic Association", None),
    ("SAFF", "South Asian Football Federation", None),
    ("NFF", "Nigeria Football Federation", "Nigeria"),
    ("SAFA", "South African Football Association", "South Africa"),
    # --- central banks
    ("PBOC", "People's Bank of China", None),
    ("PBoC", "People's Bank of China", None),
    ("SARB", "South African Reserve Bank", None),
    ("CBN", "Central Bank of Nigeria", "Nigeria"),
    ("CBK", "Central Bank of Kenya", "Kenya"),
    ("CBK", "Central Bank of Kuwait", "Kuwait"),
    ("CBE", "Central Bank of Egypt", "Egypt"),
    ("RBNZ", "Reserve Bank of New Zealand", None),
    ("BoC", "Bank of Canada", "Canada"),
    ("BOC", "Bank of Canada", "Canada"),
    ("BSP", "Bangko Sentral ng Pilipinas", "Philippines"),
    ("BNM", "Bank Negara Malaysia", None),
    ("MAS", "Monetary Authority of Singapore", "Singapore"),
    ("HKMA", "Hong Kong Monetary Authority", None),
    ("BOK", "Bank of Korea", "South Korea"),
    ("BoK", "Bank of Korea", "South Korea"),
    ("CBRT", "Central Bank of the Republic of Turkey", None),
    ("SBP", "State Bank of Pakistan", "Pakistan"),
    ("BOT", "Bank of Thailand", "Thailand"),
    ("BoT", "Bank of Thailand", "Thailand"),
    ("BOT", "Bank of Tanzania", "Tanzania"),
    ("BoT", "Bank of Tanzania", "Tanzania"),
    ("BoG", "Bank of Ghana", "Ghana"),
    ("BOG", "Bank of Ghana", "Ghana"),
    ("NBU", "National Bank of Ukraine", "Ukraine"),
    ("NBP", "National Bank of Poland", "Poland"),
    ("CNB", "Czech National Bank", "Czech Republic"),
    ("BCRA", "Central Bank of Argentina", None),
    ("SAMA", "Saudi Central Bank", None),
    ("CBUAE", "Central Bank of the UAE", None),
    ("CBI", "Central Bank of Iran", "Iran"),
    ("CBI", "Central Bank of Ireland", "Ireland"),
    ("RBZ", "Reserve Bank of Zimbabwe", None),
    ("BoU", "Bank of Uganda", "Uganda"),
    ("BOU", "Bank of Uganda", "Uganda"),
    ("BNR", "National Bank of Rwanda", "Rwanda"),
    ("BCEAO", "Central Bank of West African States", None),
    ("BEAC", "Bank of Central African States", None),
    # --- statistics offices
    ("NBS", "National Bureau of Statistics (Nigeria)", "Nigeria"),
    ("NBS", "National Bureau of Statistics of China", "China"),
    ("NBS", "National Bureau of Statistics (Tanzania)", "Tanzania"),
    ("KNBS", "Kenya National Bureau of Statistics", None),
    ("IBGE", "Brazilian Institute of Geography and Statistics", None),
    ("INEGI", "National Institute of Statistics and Geography (Mexico)", None),
    ("INSEE", "Institut national de la statistique et des études économiques", None),
    ("INDEC", "National Institute of Statistics and Censuses", None),
    ("ABS", "Australian Bureau of Statistics", "Australia"),
    ("BLS", "Bureau of Labor Statistics", "United States"),
    ("BEA", "Bureau of Economic Analysis", "United States"),
    ("CSO", "Central Statistics Office (Ireland)", "Ireland"),
    ("PSA", "Philippine Statistics Authority", "Philippines"),
    ("GSS", "Ghana Statistical Service", "Ghana"),
    ("UBOS", "Uganda Bureau of Statistics", None),
    ("TurkStat", "Turkish Statistical Institute", None),
    ("TUIK", "Turkish Statistical Institute", None),
    ("BPS", "Statistics Indonesia", "Indonesia"),
    ("PBS", "Pakistan Bureau of Statistics", "Pakistan"),
    ("NSO", "National Statistical Office (Thailand)", "Thailand"),
    ("NSO", "National Statistics Office (Philippines)", "Philippines"),
    # --- regulators, agencies, courts and offices of the larger countries
    ("SEBI", "Securities and Exchange Board of India", None),
    ("TRAI", "Telecom Regulatory Authority of India", None),
    ("CCI", "Competition Commission of India", "India"),
    ("CBI", "Central Bureau of Investigation", "India"),
    ("ISRO", "Indian Space Research Organisation", None),
    ("DRDO", "Defence Research and Development Organisation", None),
    ("NHAI", "National Highways Authority of India", None),
    ("IMD", "India Meteorological Department", "India"),
    ("ECI", "Election Commission of India", None),
    ("FCA", "Financial Conduct Authority", "United Kingdom"),
    ("CMA", "Competition and Markets Authority", "United Kingdom"),
    ("CMA", "Capital Markets Authority (Kenya)", "Kenya"),
    ("OBR", "Office for Budget Responsibility", None),
    ("IFS", "Institute for Fiscal Studies", "United Kingdom"),
    ("CBI", "Confederation of British Industry", "United Kingdom"),
    ("TUC", "Trades Union Congress", "United Kingdom"),
    ("CPS", "Crown Prosecution Service", "United Kingdom"),
    ("NCA", "National Crime Agency", "United Kingdom"),
    ("DVLA", "Driver and Vehicle Licensing Agency", None),
    ("TfL", "Transport for London", None),
    ("NHS", "National Health Service", "United Kingdom"),
    ("RMT", "National Union of Rail, Maritime and Transport Workers", "United Kingdom"),
    ("ASIC", "Australian Securities and Investments Commission", None),
    ("ACCC", "Australian Competition and Consumer Commission", None),
    ("APRA", "Australian Prudential Regulation Authority", None),
    ("AEC", "Australian Electoral Commission", "Australia"),
    ("ACTU", "Australian Council of Trade Unions", "Australia"),
    ("CSRC", "China Securities Regulatory Commission", None),
    ("NDRC", "National Development and Reform Commission", None),
    ("PLA", "People's Liberation Army", "China"),
    ("CCP", "Chinese Communist Party", "China"),
    ("CPC", "Chinese Communist Party", "China"),
    ("NSA", "National Security Agency", "United States"),
    ("IRS", "Internal Revenue Service", None),
    ("DEA", "Drug Enforcement Administration", "United States"),
    ("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "United States"),
    ("NHTSA", "National Highway Traffic Safety Administration", None),
    ("OSHA", "Occupational Safety and Health Administration", None),
    ("FERC", "Federal Energy Regulatory Commission", None),
    ("NRC", "Nuclear Regulatory Commission", "United States"),
    ("NRC", "Norwegian Refugee Council", "Norway"),
    ("FINRA", "Financial Industry Regulatory Authority", None),
    ("CFPB", "Consumer Financial Protection Bureau", None),
    ("FHFA", "Federal Housing Finance Agency", None),
    ("CBO", "Congressional Budget Office", "United States"),
    ("GAO", "Government Accountability Office", "United States"),
    ("OMB", "Office of Management and Budget", "United States"),
    ("USTR", "Office of the United States Trade Representative", None),
    ("EIA", "Energy Information Administration", "United States"),
    ("FEC", "Federal Election Commission", "United States"),
    ("NYPD", "New York City Police Department", None),
    ("LAPD", "Los Angeles Police Department", None),
    ("UAW", "United Auto Workers", None),
    ("RCMP", "Royal Canadian Mounted Police", None),
    ("CBC", "Canadian Broadcasting Corporation", "Canada"),
    ("CRTC", "Canadian Radio-television and Telecommunications Commission", None),
    ("IEBC", "Independent Electoral and Boundaries Commission", None),
    ("KRA", "Kenya Revenue Authority", "Kenya"),
    ("KPLC", "Kenya Power and Lighting Company", None),
    ("KDF", "Kenya Defence Forces", None),
    ("KBC", "Kenya Broadcasting Corporation", "Kenya"),
    ("KPC", "Kenya Pipeline Company", "Kenya"),
    ("KPC", "Kuwait Petroleum Corporation", "Kuwait"),
    ("NSE", "Nairobi Securities Exchange", "Kenya"),
    ("NSE", "National Stock Exchange of India", "India"),
    ("BSE", "Bombay Stock Exchange", "India"),
    ("INEC", "Independent National Electoral Commission", "Nigeria"),
    ("NNPC", "NNPC Limited", None),
    ("NNPCL", "NNPC Limited", None),
    ("NLC", "Nigeria Labour Congress", "Nigeria"),
    ("EFCC", "Economic and Financial Crimes Commission", None),
    ("APC", "All Progressives Congress", "Nigeria"),
    ("PDP", "Peoples Democratic Party (Nigeria)", "Nigeria"),
    ("GNPC", "Ghana National Petroleum Corporation", None),
    ("ECG", "Electricity Company of Ghana", "Ghana"),
    ("NPP", "New Patriotic Party", "Ghana"),
    ("NDC", "National Democratic Congress (Ghana)", "Ghana"),
    ("ANC", "African National Congress", "South Africa"),
    ("EFF", "Economic Freedom Fighters", "South Africa"),
    ("COSATU", "Congress of South African Trade Unions", None),
    ("SABC", "South African Broadcasting Corporation", None),
    ("SANDF", "South African National Defence Force", None),
    ("JSE", "Johannesburg Stock Exchange", None),
    ("IEC", "Electoral Commission of South Africa", "South Africa"),
    ("ODM", "Orange Democratic Movement", "Kenya"),
    ("UDA", "United Democratic Alliance (Kenya)", "Kenya"),
    ("BJP", "Bharatiya Janata Party", None),
    ("ONGC", "Oil and Natural Gas Corporation", None),
    ("CDU", "Christian Democratic Union of Germany", "Germany"),
    ("CSU", "Christian Social Union in Bavaria", "Germany"),
    ("SPD", "Social Democratic Party of Germany", None),
    ("AfD", "Alternative for Germany", None),
    ("FDP", "Free Democratic Party (Germany)", "Germany"),
    ("DGB", "German Trade Union Confederation", "Germany"),
    ("PSOE", "Spanish Socialist Workers' Party", None),
    ("PT", "Workers' Party (Brazil)", "Brazil"),
    ("PRI", "Institutional Revolutionary Party", "Mexico"),
    ("CGT", "General Confederation of Labour (France)", "France"),
    ("LFI", "La France Insoumise", None),
    ("RN", "National Rally", "France"),
    ("KMT", "Kuomintang", None),
    ("DPP", "Democratic Progressive Party", "Taiwan"),
    ("DPP", "Democratic Party for the People", "Japan"),
    ("LDP", "Liberal Democratic Party (Japan)", "Japan"),
    ("SNP", "Scottish National Party", "United Kingdom"),
    ("DUP", "Democratic Unionist Party", "United Kingdom"),
    ("UMNO", "United Malays National Organisation", None),
    ("PKK", "Kurdistan Workers' Party", None),
    ("IDF", "Israel Defense Forces", "Israel"),
    ("IRGC", "Islamic Revolutionary Guard Corps", None),
    ("SBU", "Security Service of Ukraine", "Ukraine"),
    ("RAF", "Royal Air Force", "United Kingdom"),
    ("KNOC", "Korea National Oil Corporation", None),
    ("KBS", "Korean Broadcasting System", "South Korea"),
    ("KRX", "Korea Exchange", None),
    ("CNPC", "China National Petroleum Corporation", None),
    ("NIOC", "National Iranian Oil Company", None),
    ("ASX", "Australian Securities Exchange", "Australia"),
    ("TSX", "Toronto Stock Exchange", None),
    ("NYSE", "New York Stock Exchange", None),
    ("SGX", "Singapore Exchange", None),
    ("COMELEC", "Commission on Elections (Philippines)", None),
    ("KPU", "General Elections Commission", "Indonesia"),
    ("RTE", "RTÉ", "Ireland"),
    ("DW", "Deutsche Welle", "Germany"),
    ("RFI", "Radio France Internationale", None),
    ("ABC", "Australian Broadcasting Corporation", "Australia"),
    ("ABC", "American Broadcasting Company", "United States"),
]


def _known(acronym: str) -> bool:
    """The alias, organisation, place or company tables already give the letters a name."""
    sys.path.insert(0, str(ROOT))
    from briefx.normalize.names import lookup_alias, lookup_company

    return bool(lookup_alias(acronym) or lookup_company(acronym))


def _countries() -> frozenset[str]:
    rows = (json.loads(line) for line in (ROOT / "models" / "places.jsonl").open(encoding="utf-8")
            if line.startswith("{"))  # fmt: skip
    return frozenset(r["name"] for r in rows if r.get("kind") == "country")


def main() -> None:
    countries = _countries()
    seen: set[tuple[str, str | None]] = set()
    for acronym, title, country in ROWS:
        assert (acronym, country) not in seen, (acronym, country)
        seen.add((acronym, country))
        assert country is None or country in countries, (acronym, country)
        assert not _known(acronym), acronym  # (the tables name it first)
        assert title != acronym, acronym  # (its own title: no row)
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "// Organisations known by an acronym -> English Wikipedia title, a fallback for letters a\n"
            "// document never spells out (briefx.pipeline.coref.acronym_titles). Written by hand from\n"
            "// English Wikipedia article titles (CC BY-SA 4.0), from memory, not checked live; a row\n"
            "// with a country is that country's body, taken only where the document is about that\n"
            "// country. Written by scripts/derive_org_acronyms.py (its docstring: scope, what is left out).\n"
        )
        for acronym, title, country in ROWS:
            row = {"acronym": acronym, "name": title}
            if country:
                row["country"] = country
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} rows -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
