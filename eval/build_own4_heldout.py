#!/usr/bin/env python3
"""Build the fourth held-out set (own4-*-heldout.jsonl), written fresh in session 5.

Texts and annotations are held here. Each span is marked inline as [[span|...]]:
  [[span|TYPE]] / [[span|TYPE|canonical name]]   entity (TYPE in ENT_TYPES, "GPE|LOC" allowed)
  [[span|kind|value]] / [[span|kind|value|unit]]  figure (kind in FIG_KINDS)
  [[span|D|value]]                                date
The script strips the marks, computes start/end from the position of each mark, and asserts
that the span string sits at that offset and is the n-th occurrence recorded for it.
Statements are given by surface string of their content (and an occurrence index where the
string occurs more than once); their figures are the gold figures inside the content.
Run:  python3 eval/build_own4_heldout.py
"""
import json, os, re, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
ENT_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "LAW", "GPE|LOC"}
FIG_KINDS = {"money", "percent", "count", "quantity", "number", "ordinal"}
MARK = re.compile(r"\[\[(.+?)\]\]")


def num(s):
    v = float(s)
    return int(v) if v == int(v) and "." not in s and "e" not in s.lower() else v


def parse(marked):
    out, ents, figs, dates, pos, last = [], [], [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        parts = m.group(1).split("|")
        span = parts[0]
        start, end = pos, pos + len(span)
        out.append(span)
        pos = end
        last = m.end()
        tag = parts[1]
        if tag == "D":
            assert len(parts) == 3, parts
            dates.append({"text": span, "start": start, "end": end, "value": parts[2]})
        elif tag in FIG_KINDS:
            f = {"text": span, "start": start, "end": end, "kind": tag, "value": num(parts[2])}
            if len(parts) > 3:
                f["unit"] = parts[3]
            else:
                assert tag in ("number", "ordinal"), parts
            figs.append(f)
        elif tag in ENT_TYPES or (len(parts) > 2 and parts[1] + "|" + parts[2] in ENT_TYPES):
            if parts[1] + "|" + (parts[2] if len(parts) > 2 else "") in ENT_TYPES:
                typ, rest = parts[1] + "|" + parts[2], parts[3:]
            else:
                typ, rest = tag, parts[2:]
            ents.append({"text": span, "start": start, "end": end, "type": typ,
                         "name": rest[0] if rest else span})
        else:
            raise ValueError("bad mark %r" % m.group(0))
    out.append(marked[last:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    for lst in (ents, figs, dates):
        prev = -1
        for it in lst:
            assert text[it["start"]:it["end"]] == it["text"], it
            assert it["start"] >= prev, ("overlap/order", it)
            prev = it["end"]
            # the intended occurrence: the mark's position is the n-th occurrence of the string
            occ = [m.start() for m in re.finditer(re.escape(it["text"]), text)]
            assert it["start"] in occ, it
    return text, ents, figs, dates


def statements(text, figs, ents, specs):
    names = {e["name"] for e in ents}
    out = []
    for sp in specs:
        speaker, cue, content, quote = sp[:4]
        occ = sp[4] if len(sp) > 4 else None
        hits = [m.start() for m in re.finditer(re.escape(content), text)]
        assert hits, ("content not found", content)
        if occ is None:
            assert len(hits) == 1, ("content ambiguous", content)
            occ = 0
        s = hits[occ]
        e = s + len(content)
        assert speaker in names, ("speaker not an entity name", speaker)
        assert not content.endswith(".") or quote, ("reported clause keeps full stop", content)
        assert not re.match(r"(that|for|to) ", content), content
        fl = [[f["start"], f["end"]] for f in figs if f["start"] >= s and f["end"] <= e]
        out.append({"speaker": speaker, "cue": cue, "start": s, "end": e, "text": content,
                    "quote": quote, "figures": fl})
    return out


SRC_B = ("briefx own-written held-out brief (set 4): invented text, written and annotated by a "
         "helper session that neither read nor ran briefx, following shared eval/ANNOTATION.md "
         "(MIT licence, as the project)")
SRC_D = ("briefx own-written held-out date case (set 4), invented sentence annotated by hand "
         "following shared eval/ANNOTATION.md (MIT licence, as the project)")
SRC_F = ("briefx own-written held-out figure case (set 4), invented sentence annotated by hand "
         "following shared eval/ANNOTATION.md (MIT licence, as the project)")

BRIEFS = []

# (a) 1990s Reuters football round-up
BRIEFS.append(dict(id="own4-ho-01", published="1996-08-28", reference_date="1996-08-28", text="""\
SOCCER - [[BAYERN|ORG|FC Bayern Munich]] HELD AS [[LEVERKUSEN|ORG|Bayer 04 Leverkusen]] GO TOP.

[[BONN|GPE|Bonn]] [[1996-08-28|D|1996-08-28]]

[[Bayer Leverkusen|ORG|Bayer 04 Leverkusen]] went top of the [[Bundesliga|ORG]] on [[Tuesday|D|1996-08-27]] after a [[2|number|2]]-[[0|number|0]] win at [[Hansa Rostock|ORG|FC Hansa Rostock]], while champions [[Borussia Dortmund|ORG]] were held [[1|number|1]]-[[1|number|1]] at home by [[Karlsruhe|ORG|Karlsruher SC]].

[[Ulf Kirsten|PERSON]] scored both [[Leverkusen|ORG|Bayer 04 Leverkusen]] goals, heading in after 34 minutes and adding another from the penalty spot nine minutes from time. It was his [[fourth|ordinal|4]] goal of the season.

[[Bayern Munich|ORG|FC Bayern Munich]], who lost [[3|number|3]]-[[2|number|2]] at [[Schalke|ORG|FC Schalke 04]] on [[Saturday|D|1996-08-24]], could only draw [[0|number|0]]-[[0|number|0]] with [[VfB Stuttgart|ORG]] in front of [[58,000|count|58000|spectator]] spectators in [[Munich|GPE]].

"We had enough chances to win [[three|count|3|game]] games," [[Bayern|ORG|FC Bayern Munich]] coach [[Giovanni Trapattoni|PERSON]] told reporters. "But the ball would not go in."

[[Dortmund|ORG|Borussia Dortmund]] coach [[Ottmar Hitzfeld|PERSON]] said his side had been tired after a long pre-season tour of [[Asia|LOC]] and would rest several players before [[Saturday|D|1996-08-31]]'s match in [[Bremen|GPE]].

[[Leverkusen|ORG|Bayer 04 Leverkusen]] lead the table with [[seven|count|7|point]] points from [[three|count|3|match]] matches, a point ahead of [[Stuttgart|ORG|VfB Stuttgart]] and [[Karlsruhe|ORG|Karlsruher SC]]. [[Dortmund|ORG|Borussia Dortmund]] are in [[fifth|ordinal|5]] place on [[five|count|5|point]] points.

Results on [[Tuesday|D|1996-08-27]]:
[[Hansa Rostock|ORG|FC Hansa Rostock]] [[0|number|0]] [[Bayer Leverkusen|ORG|Bayer 04 Leverkusen]] [[2|number|2]]
[[Borussia Dortmund|ORG]] [[1|number|1]] [[Karlsruhe|ORG|Karlsruher SC]] [[1|number|1]]
[[Bayern Munich|ORG|FC Bayern Munich]] [[0|number|0]] [[VfB Stuttgart|ORG]] [[0|number|0]]""",
    st=[("Giovanni Trapattoni", "tell", "We had enough chances to win three games", True),
        ("Giovanni Trapattoni", "tell", "But the ball would not go in.", True),
        ("Ottmar Hitzfeld", "say", "his side had been tired after a long pre-season tour of Asia and would rest several players before Saturday's match in Bremen", False)]))

# (a) 1990s Reuters markets/commodities report
BRIEFS.append(dict(id="own4-ho-02", published="1997-06-30", reference_date="1997-06-30", text="""\
GOLD EASES, COPPER FIRMS ON [[CHINESE|NORP|Chinese]] BUYING

[[LONDON|GPE|London]], [[June 30|D|1997-06-30]] ([[Reuters|ORG]]) - Gold eased in quiet trade on [[Monday|D|1997-06-30]] as dealers squared positions ahead of the [[Hong Kong|GPE]] handover, while copper climbed on fresh [[Chinese|NORP]] buying.

Spot gold was quoted at [[$334.60|money|334.60|USD]]/[[$335.10|money|335.10|USD]] an ounce at 1500 GMT, down from [[Friday|D|1997-06-27]]'s [[New York|GPE|New York City]] close of [[$336.25|money|336.25|USD]]. The afternoon fixing was set at [[$334.85|money|334.85|USD]], down [[$1.40|money|1.40|USD]].

"The market is waiting for the central bank sales talk to settle down," said [[Rupert Haines|PERSON]], a dealer at [[Calder Metals Ltd|ORG]] in [[London|GPE]]. He said gold could test [[$330|money|330|USD]] before [[the end of the week|D|1997-W27]].

On the [[London Metal Exchange|ORG]] ([[LME|ORG|London Metal Exchange]]), [[three-month|D|P3M]] copper rose [[$23|money|23|USD]] to [[$2,418|money|2418|USD]] a tonne, its highest in [[11 weeks|D|P11W]]. [[LME|ORG|London Metal Exchange]] stocks fell [[3,150 tonnes|quantity|3150|t]] to [[164,275 tonnes|quantity|164275|t]].

Aluminium was steady at [[$1,602.50|money|1602.50|USD]]. Silver rose [[3.5 cents|money|0.035|USD]] to [[$4.71|money|4.71|USD]] an ounce and platinum was unchanged at [[$431|money|431|USD]].

In softs, [[London|GPE]] cocoa closed [[9 stg|money|9|GBP]] higher at [[1,047 stg|money|1047|GBP]] a tonne, and Brent crude was up [[18 cents|money|0.18|USD]] at [[$18.42|money|18.42|USD]] a barrel.

Dealers expect thin trading [[this week|D|1997-W27]], with [[U.S.|GPE|United States]] markets shut on [[Friday|D|1997-07-04]] for a holiday.""",
    st=[("Rupert Haines", "say", "The market is waiting for the central bank sales talk to settle down", True),
        ("Rupert Haines", "say", "gold could test $330 before the end of the week", False)]))

# (b) politics wire, real office holders, invented event
BRIEFS.append(dict(id="own4-ho-03", published="2019-11-19", reference_date="2019-11-19", text="""\
[[Four|count|4|leader]] leaders back joint undersea cable fund

Published: [[19 November 2019|D|2019-11-19]]

[[STOCKHOLM|GPE|Stockholm]] — The prime ministers of [[Sweden|GPE]], [[Finland|GPE]], [[Denmark|GPE]] and [[Estonia|GPE]] agreed on [[Tuesday|D|2019-11-19]] to set up a [[€1.2 billion|money|1200000000|EUR]] fund to lay new power cables under the [[Baltic Sea|LOC]], a move they said would cut the region's reliance on [[Russian|NORP]] electricity imports.

[[Swedish|NORP]] Prime Minister [[Stefan Löfven|PERSON]], who hosted the [[one-day|D|P1D]] meeting, said the fund would finance [[at least three|count|3|interconnector]] interconnectors by [[2026|D|2026]]. "This is about keeping the lights on in [[Tallinn|GPE]] and in [[Tampere|GPE]] alike," [[Löfven|PERSON|Stefan Löfven]] told reporters.

[[Finnish|NORP]] Prime Minister [[Antti Rinne|PERSON]] said [[Finland|GPE]] would contribute [[€300 million|money|300000000|EUR]], and [[Danish|NORP]] Prime Minister [[Mette Frederiksen|PERSON]] pledged a further [[€250 million|money|250000000|EUR]]. [[Rinne|PERSON|Antti Rinne]] added that work on the [[first|ordinal|1]] cable could start in [[the spring of 2021|D|2021-03/2021-05]].

[[Estonian|NORP]] Prime Minister [[Jüri Ratas|PERSON]] called for the [[European Union|ORG]] to match national contributions "euro for euro". [[Ratas|PERSON|Jüri Ratas]] said [[Estonia|GPE]] imported [[about 20 percent|percent|20|%]] of its electricity [[last year|D|2018]].

The [[European Commission|ORG]] said in a statement that it welcomed the plan and would assess it under its [[Connecting Europe Facility|ORG]]. The facility has set aside [[€5.35 billion|money|5350000000|EUR]] for energy projects over [[2014-2020|D|2014/2020]].

The leaders will meet again in [[Helsinki|GPE]] in [[March|D|2020-03]], [[Frederiksen|PERSON|Mette Frederiksen]] said.""",
    st=[("Stefan Löfven", "say", "the fund would finance at least three interconnectors by 2026", False),
        ("Stefan Löfven", "tell", "This is about keeping the lights on in Tallinn and in Tampere alike", True),
        ("Antti Rinne", "say", "Finland would contribute €300 million", False),
        ("Mette Frederiksen", "pledge", "a further €250 million", False),
        ("Antti Rinne", "add", "work on the first cable could start in the spring of 2021", False),
        ("Jüri Ratas", "call for", "the European Union to match national contributions \"euro for euro\"", False),
        ("Jüri Ratas", "say", "Estonia imported about 20 percent of its electricity last year", False),
        ("European Commission", "say", "it welcomed the plan and would assess it under its Connecting Europe Facility", False),
        ("Mette Frederiksen", "say", "The leaders will meet again in Helsinki in March", False)]))

# (b) politics wire, real office holders, invented event
BRIEFS.append(dict(id="own4-ho-04", published="2023-07-04", reference_date="2023-07-04", text="""\
[[Albanese|PERSON|Anthony Albanese]] and [[Widodo|PERSON|Joko Widodo]] agree to double battery-materials trade

[[JAKARTA|GPE|Jakarta]], [[Tuesday 4 July 2023|D|2023-07-04]] — [[Australian|NORP]] Prime Minister [[Anthony Albanese|PERSON]] and [[Indonesian|NORP]] President [[Joko Widodo|PERSON]] agreed on [[Tuesday|D|2023-07-04]] to set up a joint taskforce on nickel and lithium processing, aiming to double two-way trade in battery materials to [[A$8 billion|money|8000000000|AUD]] by [[2030|D|2030]].

[[Widodo|PERSON|Joko Widodo]] said after talks at the [[Bogor Palace|FAC]] that [[Indonesia|GPE]] would offer [[Australian|NORP]] miners a [[10-year|D|P10Y]] tax holiday for refineries built in [[Sulawesi|LOC]]. "This will create thousands of jobs on both sides of the [[Arafura Sea|LOC]]," [[Albanese|PERSON|Anthony Albanese]] said.

Trade Minister [[Don Farrell|PERSON]], who joined the talks, said [[Australian|NORP]] exports to [[Indonesia|GPE]] rose [[18%|percent|18|%]] to [[A$12.9 billion|money|12900000000|AUD]] [[last year|D|2022]]. [[Indonesian|NORP]] Trade Minister [[Zulkifli Hasan|PERSON]] told reporters the [[two|count|2|side]] sides would meet again in [[Canberra|GPE]] in [[October|D|2023-10]].

Officials from both countries said the taskforce would report to both leaders within [[six months|D|P6M]]. [[Widodo|PERSON|Joko Widodo]], whose [[second|ordinal|2]] term ends in [[October 2024|D|2024-10]], is due to visit [[Sydney|GPE]] in [[December|D|2023-12]].""",
    st=[("Joko Widodo", "say", "Indonesia would offer Australian miners a 10-year tax holiday for refineries built in Sulawesi", False),
        ("Anthony Albanese", "say", "This will create thousands of jobs on both sides of the Arafura Sea", True),
        ("Don Farrell", "say", "Australian exports to Indonesia rose 18% to A$12.9 billion last year", False),
        ("Zulkifli Hasan", "tell", "the two sides would meet again in Canberra in October", False)]))

# (c) statistical release, invented statistics office
BRIEFS.append(dict(id="own4-ho-05", published="2026-11-18", reference_date="2026-11-18", text="""\
Quarterly Labour Market Bulletin: [[July to September 2026|D|2026-07/2026-09]]

Published: [[2026-11-18|D|2026-11-18]]

The [[National Data Institute|ORG]] ([[NDI|ORG|National Data Institute]]) of [[New Zealand|GPE]] reported [[today|D|2026-11-18]] that the unemployment rate rose to [[5.1%|percent|5.1|%]] in [[the third quarter of 2026|D|2026-07/2026-09]], up [[0.3 percentage points|percent|0.3|pp]] from [[the previous quarter|D|2026-04/2026-06]] and the highest since [[the first quarter of 2021|D|2021-01/2021-03]].

Employment fell by [[12,400|count|12400|person]] to [[2,961,000|count|2961000|person]], a drop of [[0.4%|percent|0.4|%]]. The number of unemployed people rose by [[9,800|count|9800|person]] to [[159,300|count|159300|person]]. Men accounted for [[52.6%|percent|52.6|%]] of the unemployed.

Hours worked fell [[1.2%|percent|1.2|%]], while the underutilisation rate climbed to [[11.8%|percent|11.8|%]], up [[0.6 percentage points|percent|0.6|pp]].

Average ordinary-time hourly earnings rose [[1.1%|percent|1.1|%]] from [[the June quarter|D|2026-04/2026-06]] and [[4.3%|percent|4.3|%]] over [[the year to September 2026|D|2025-10/2026-09]], to [[NZ$43.17|money|43.17|NZD]]. [[Otago|GPE]] ([[+2.1%|percent|2.1|%]]) and [[Waikato|GPE]] ([[+1.4%|percent|1.4|%]]) led regional gains in employment; [[Taranaki|GPE]] fell [[0.9%|percent|0.9|%]].

"The labour market has clearly loosened over [[the past six months|D|2026-05-18/2026-11-18]]," said [[NDI|ORG|National Data Institute]] senior statistician [[Hemi Walker|PERSON]]. [[Walker|PERSON|Hemi Walker]] said that the next bulletin, covering [[October to December|D|2026-10/2026-12]], would be published on [[February 3|D|2027-02-03]].

The [[Reserve Bank of New Zealand|ORG]], which cut its official cash rate to [[2.25%|percent|2.25|%]] [[last month|D|2026-10]], is next due to decide on rates on [[Wednesday, December 9|D|2026-12-09]].""",
    st=[("National Data Institute", "report", "the unemployment rate rose to 5.1% in the third quarter of 2026, up 0.3 percentage points from the previous quarter and the highest since the first quarter of 2021", False),
        ("Hemi Walker", "say", "The labour market has clearly loosened over the past six months", True),
        ("Hemi Walker", "say", "the next bulletin, covering October to December, would be published on February 3", False)]))

# (d) regulator story: acronyms defined and reused, laws with years, legal forms
BRIEFS.append(dict(id="own4-ho-06", published="2026-10-14", reference_date="2026-10-14", text="""\
[[LONDON|GPE|London]], [[14 October 2026|D|2026-10-14]] — The [[Competition and Markets Authority|ORG]] ([[CMA|ORG|Competition and Markets Authority]]) has fined [[Haldane Freight plc|ORG]] and the [[Swiss|NORP]] logistics group [[Brunnhof Logistik AG|ORG]] a combined [[£48.6 million|money|48600000|GBP]] for sharing pricing information, the regulator said on [[Wednesday|D|2026-10-14]].

The [[CMA|ORG|Competition and Markets Authority]] found that the [[two|count|2|firm]] firms exchanged planned rate rises for road haulage between the [[United Kingdom|GPE]] and the [[Netherlands|GPE]] between [[March 2021 and November 2023|D|2021-03/2023-11]], breaching Chapter I of the [[Competition Act 1998|LAW]]. [[Haldane Freight|ORG|Haldane Freight plc]] was fined [[£31.2 million|money|31200000|GBP]] and [[Brunnhof|ORG|Brunnhof Logistik AG]] [[£17.4 million|money|17400000|GBP]]. A [[third|ordinal|3]] company, [[Ostara Carriers Inc|ORG]] of [[Delaware|GPE]], received immunity after reporting the cartel under the [[CMA|ORG|Competition and Markets Authority]]'s leniency programme.

"Businesses that swap prices with rivals cheat their customers, and they will pay for it," said [[Sarah Cardell|PERSON]], the [[CMA|ORG|Competition and Markets Authority]]'s chief executive.

[[Brunnhof|ORG|Brunnhof Logistik AG]] said it would appeal to the [[Competition Appeal Tribunal|ORG]] ([[CAT|ORG|Competition Appeal Tribunal]]) within [[two months|D|P2M]]. [[Haldane Freight|ORG|Haldane Freight plc]] said it had set aside [[£35 million|money|35000000|GBP]] in its latest accounts and did not expect the fine to affect its dividend.

The [[CAT|ORG|Competition Appeal Tribunal]] [[last year|D|2025]] cut a separate [[CMA|ORG|Competition and Markets Authority]] fine on a packaging firm by [[40%|percent|40|%]], ruling that the [[Authority|ORG|Competition and Markets Authority]] had overstated the harm caused.

Under the [[Enterprise Act 2002|LAW]], the [[CMA|ORG|Competition and Markets Authority]] may also seek to disqualify directors for [[up to 15 years|D|P15Y]]. It said it had not yet decided whether to do so.""",
    st=[("Competition and Markets Authority", "say", "The Competition and Markets Authority (CMA) has fined Haldane Freight plc and the Swiss logistics group Brunnhof Logistik AG a combined £48.6 million for sharing pricing information", False),
        ("Competition and Markets Authority", "find", "the two firms exchanged planned rate rises for road haulage between the United Kingdom and the Netherlands between March 2021 and November 2023, breaching Chapter I of the Competition Act 1998", False),
        ("Sarah Cardell", "say", "Businesses that swap prices with rivals cheat their customers, and they will pay for it", True),
        ("Brunnhof Logistik AG", "say", "it would appeal to the Competition Appeal Tribunal (CAT) within two months", False),
        ("Haldane Freight plc", "say", "it had set aside £35 million in its latest accounts and did not expect the fine to affect its dividend", False),
        ("Competition Appeal Tribunal", "rule", "the Authority had overstated the harm caused", False),
        ("Competition and Markets Authority", "say", "it had not yet decided whether to do so", False)]))

# (e) weather/disaster update
BRIEFS.append(dict(id="own4-ho-07", published="2026-09-09", reference_date="2026-09-09", text="""\
[[Hurricane Darla|EVENT]] leaves [[14,000|count|14000|person]] displaced along [[Gulf Coast|LOC|Gulf Coast of the United States]]

[[BATON ROUGE|GPE|Baton Rouge, Louisiana]], [[La.|GPE|Louisiana]], [[Sept. 9, 2026|D|2026-09-09]] — [[Hurricane Darla|EVENT]] came ashore near [[Cameron|GPE|Cameron, Louisiana]], [[Louisiana|GPE]], [[late Monday|D|2026-09-07]] as a Category 3 storm with winds of [[115 mph|quantity|115|mph]], forcing [[about 14,000|count|14000|person]] people from their homes in [[Louisiana|GPE]] and [[Mississippi|GPE]], state officials said [[Wednesday|D|2026-09-09]].

[[Darla|EVENT|Hurricane Darla]] weakened to a tropical storm over central [[Mississippi|GPE]] on [[Tuesday|D|2026-09-08]] but dumped [[more than 18 inches|quantity|18|in]] of rain on parts of [[Lake Charles|GPE|Lake Charles, Louisiana]], where the [[Calcasieu River|LOC]] rose [[9 feet|quantity|9|ft]] above flood stage.

[[Louisiana|GPE]] Governor [[Jeff Landry|PERSON]] said [[41|count|41|shelter]] shelters were open across [[12|count|12|parish]] parishes. [[More than 230,000|count|230000|home]] homes and businesses were still without power. "We are not out of the water yet," [[Landry|PERSON|Jeff Landry]] said.

The [[Federal Emergency Management Agency|ORG]] ([[FEMA|ORG|Federal Emergency Management Agency]]) said it had sent [[600|count|600|staff]] staff and [[1.2 million litres|quantity|1200000|l]] of bottled water to the region. President [[Donald Trump|PERSON]] approved a major disaster declaration for [[eight|count|8|parish]] [[Louisiana|GPE]] parishes on [[Tuesday|D|2026-09-08]].

The [[American Red Cross|ORG]] pledged [[$5 million|money|5000000|USD]] for emergency shelter, and [[Entergy|ORG]] said it expected to restore power to [[90%|percent|90|%]] of customers by [[Sunday|D|2026-09-13]].

The [[National Hurricane Center|ORG]] said a [[second|ordinal|2]] system in the [[Gulf of Mexico|LOC]] had a [[40 percent|percent|40|%]] chance of forming over [[the next five days|D|2026-09-09/2026-09-14]].""",
    st=[("Jeff Landry", "say", "41 shelters were open across 12 parishes", False),
        ("Jeff Landry", "say", "We are not out of the water yet", True),
        ("Federal Emergency Management Agency", "say", "it had sent 600 staff and 1.2 million litres of bottled water to the region", False),
        ("American Red Cross", "pledge", "$5 million for emergency shelter", False),
        ("Entergy", "say", "it expected to restore power to 90% of customers by Sunday", False),
        ("National Hurricane Center", "say", "a second system in the Gulf of Mexico had a 40 percent chance of forming over the next five days", False)]))

# (f) technology / space company brief
BRIEFS.append(dict(id="own4-ho-08", published="2026-07-21", reference_date="2026-07-21", text="""\
[[Kestrel|ORG|Kestrel Launch Systems Inc.]] launches [[first|ordinal|1]] [[Harrier 2|PRODUCT]] rocket from [[Shetland|GPE]]

Published: [[21 July 2026|D|2026-07-21]]

[[Kestrel Launch Systems Inc.|ORG]] said its [[Harrier 2|PRODUCT]] rocket reached orbit on its maiden flight from [[SaxaVord Spaceport|FAC]] in [[Shetland|GPE]] on [[Sunday|D|2026-07-19]], placing [[two|count|2|satellite]] [[Lumen-6|PRODUCT]] imaging satellites into a [[520-kilometre|quantity|520|km]] sun-synchronous orbit.

The [[27-metre|quantity|27|m]] rocket lifted off at 11:42 local time and deployed its payload about nine minutes later, the [[Colorado|GPE]]-based company said. It was the [[first|ordinal|1]] orbital launch from [[Scottish|NORP]] soil.

"This launch proves that a vertical launch industry in the [[UK|GPE|United Kingdom]] is real," said [[Kestrel|ORG|Kestrel Launch Systems Inc.]] chief executive [[Maya Okafor|PERSON]]. She said the company planned [[six|count|6|flight]] more flights before [[the end of 2027|D|2027]] and had orders worth [[$410 million|money|410000000|USD]].

Each [[Lumen-6|PRODUCT]] satellite weighs [[180 kg|quantity|180|kg]] and carries a camera able to resolve objects [[50 centimetres|quantity|50|cm]] across. The operator, [[Northlight Imaging Ltd|ORG]], expects to start selling images in [[the fourth quarter|D|2026-10/2026-12]].

The [[UK Space Agency|ORG]], which provided a [[£6.5 million|money|6500000|GBP]] grant towards the pad, said the launch would support [[some 600|count|600|job]] jobs in [[Shetland|GPE]]. Its next mission, a [[Harrier 2|PRODUCT]] carrying a [[Eumetsat|ORG|EUMETSAT]] test payload, is scheduled for [[September 14|D|2026-09-14]].

[[Kestrel|ORG|Kestrel Launch Systems Inc.]]'s rival [[Skyrora|ORG]] has yet to fly its [[Skyrora XL|PRODUCT]] vehicle.""",
    st=[("Kestrel Launch Systems Inc.", "say", "its Harrier 2 rocket reached orbit on its maiden flight from SaxaVord Spaceport in Shetland on Sunday, placing two Lumen-6 imaging satellites into a 520-kilometre sun-synchronous orbit", False),
        ("Kestrel Launch Systems Inc.", "say", "The 27-metre rocket lifted off at 11:42 local time and deployed its payload about nine minutes later", False),
        ("Maya Okafor", "say", "This launch proves that a vertical launch industry in the UK is real", True),
        ("Maya Okafor", "say", "the company planned six more flights before the end of 2027 and had orders worth $410 million", False),
        ("Northlight Imaging Ltd", "expect", "start selling images in the fourth quarter", False),
        ("UK Space Agency", "say", "the launch would support some 600 jobs in Shetland", False)]))

# (g) TimeBank-style past-tense narrative, relative dates against the publication line
BRIEFS.append(dict(id="own4-ho-09", published="2026-05-06", reference_date="2026-05-06", text="""\
Port strike ends after [[11 days|D|P11D]]

Published: [[Wednesday, May 6, 2026|D|2026-05-06]]

[[ROTTERDAM|GPE|Rotterdam]] — Dockworkers at the port of [[Rotterdam|GPE]] returned to work on [[Tuesday|D|2026-05-05]] after their union accepted a pay offer that ended an [[11-day|D|P11D]] strike, the longest at the port since [[2002|D|2002]].

The [[FNV|ORG|Federation of Dutch Trade Unions]] union said its members had voted [[2,146|number|2146]] to [[1,388|number|1388]] on [[Monday|D|2026-05-04]] to accept a [[6.5 percent|percent|6.5|%]] rise over [[two years|D|P2Y]]. The strike began on [[April 24|D|2026-04-24]], after talks collapsed [[earlier that week|D|2026-W17]].

"This is a fair result for people who work in all weathers," [[FNV|ORG|Federation of Dutch Trade Unions]] negotiator [[Joost van Dalen|PERSON]] said on [[Tuesday|D|2026-05-05]].

The stoppage held up [[about 420|count|420|vessel]] vessels and cost the [[Dutch|NORP]] economy [[about €95 million|money|95000000|EUR]] a day, according to the [[Port of Rotterdam Authority|ORG]]. Throughput at the port fell [[3.8 percent|percent|3.8|%]] in [[the previous quarter|D|2026-01/2026-03]], the authority said [[last month|D|2026-04]]. Container volumes at [[Rotterdam|GPE]] had already slipped [[2.1 percent|percent|2.1|%]] [[earlier this year|D|2026]], when several shipping lines diverted cargo to [[Antwerp|GPE]].

Port chief executive [[Boudewijn Siemons|PERSON]] said on [[Saturday|D|2026-05-02]] that the backlog would take [[at least three weeks|D|P3W]] to clear. He had warned in [[March|D|2026-03]] that a long strike would push customers to [[Hamburg|GPE]].""",
    st=[("Federation of Dutch Trade Unions", "say", "its members had voted 2,146 to 1,388 on Monday to accept a 6.5 percent rise over two years", False),
        ("Joost van Dalen", "say", "This is a fair result for people who work in all weathers", True),
        ("Port of Rotterdam Authority", "according to", "The stoppage held up about 420 vessels and cost the Dutch economy about €95 million a day", False),
        ("Port of Rotterdam Authority", "say", "Throughput at the port fell 3.8 percent in the previous quarter", False),
        ("Boudewijn Siemons", "say", "the backlog would take at least three weeks to clear", False),
        ("Boudewijn Siemons", "warn", "a long strike would push customers to Hamburg", False)]))

# (h) interview transcript with speaker labels
BRIEFS.append(dict(id="own4-ho-10", published="2026-10-02", reference_date="2026-10-02", text="""\
Transcript: [[Radio Lakeside|ORG]] interview with [[Zambian|NORP]] energy minister

Recorded: [[Friday 2 October 2026|D|2026-10-02]]. Participants: [[Chanda Mwale|PERSON]], host; Dr [[Peter Kapata|PERSON]], Minister of Energy of [[Zambia|GPE]].

MS [[MWALE|PERSON|Chanda Mwale]]: Minister, load-shedding is back. How long will it last?

DR [[KAPATA|PERSON|Peter Kapata]]: I won't pretend otherwise. [[Kariba Dam|FAC]] is at [[14 percent|percent|14|%]] of usable storage, down from [[31 percent|percent|31|%]] [[a year ago|D|2025]]. [[ZESCO|ORG]] told me on [[Wednesday|D|2026-09-30]] that cuts of up to 12 hours a day would continue until the rains come in [[November|D|2026-11]].

MS [[MWALE|PERSON|Chanda Mwale]]: The [[IMF|ORG|International Monetary Fund]] said [[last month|D|2026-09]] that power shortages would cut growth to [[2.8%|percent|2.8|%]] [[this year|D|2026]]. Do you accept that?

DR [[KAPATA|PERSON|Peter Kapata]]: The [[IMF|ORG|International Monetary Fund]] forecast is fair. The [[Bank of Zambia|ORG]] has said growth could recover to [[5 percent|percent|5|%]] in [[2027|D|2027]] if the rains are normal.

MS [[MWALE|PERSON|Chanda Mwale]]: What about the solar plant in [[Chisamba|GPE]]?

DR [[KAPATA|PERSON|Peter Kapata]]: The [[first|ordinal|1]] phase, [[100 megawatts|quantity|100|MW]], will be connected by [[March|D|2027-03]]. The [[second|ordinal|2]] phase of [[200 megawatts|quantity|200|MW]] is financed by a [[$240 million|money|240000000|USD]] loan from the [[African Development Bank|ORG]] ([[AfDB|ORG|African Development Bank]]). As President [[Hichilema|PERSON|Hakainde Hichilema]] put it to the [[AfDB|ORG|African Development Bank]] board, "Every [[100 megawatts|quantity|100|MW]] we add keeps [[2,000|count|2000|job]] jobs."

MS [[MWALE|PERSON|Chanda Mwale]]: Minister, thank you.""",
    st=[("ZESCO", "tell", "cuts of up to 12 hours a day would continue until the rains come in November", False),
        ("International Monetary Fund", "say", "power shortages would cut growth to 2.8% this year", False),
        ("Bank of Zambia", "say", "growth could recover to 5 percent in 2027 if the rains are normal", False),
        ("Hakainde Hichilema", "put", "Every 100 megawatts we add keeps 2,000 jobs.", True)]))

# ---------------------------------------------------------------- date cases
# (family, reference_date, marked text)
DATES = [
    # composition
    ("composition", "2027-03-10", "The festival opens [[three days after Easter|D|2027-03-31]]."),
    ("composition", "2026-12-03", "The board will meet on [[the second Monday of next month|D|2027-01-11]]."),
    ("composition", "2026-12-03", "Ballots are due [[a week from Friday|D|2026-12-11]]."),
    ("composition", "2026-06-15", "The smelter will close [[two weeks before Christmas|D|2026-12-11]]."),
    ("composition", "2026-02-10", "The audit starts on [[the last Friday of March|D|2026-03-27]]."),
    ("composition", "2026-09-01", "Hearings resume [[the day after Labor Day|D|2026-09-08]]."),
    ("composition", "2026-11-20", "The new tariff takes effect [[90 days from today|D|2027-02-18]]."),
    ("composition", "2026-04-14", "Results are expected [[the Thursday after next|D|2026-04-30]]."),
    ("composition", "2026-08-20", "The tanker docked [[four days before the 12 August deadline|D|2026-08-08]]."),
    # range
    ("range", "2026-01-05", "The exhibition runs from [[March to May 2027|D|2027-03/2027-05]]."),
    ("range", "2026-01-05", "Output grew steadily between [[2018 and 2020|D|2018/2020]]."),
    ("range", "2026-02-01", "The trial period was [[12-3-2024 - 15-3-2024|D|2024-03-12/2024-03-15]]."),
    ("range", "2026-05-01", "Roadworks will last from [[8 June until 19 June|D|2026-06-08/2026-06-19]]."),
    ("range", "2026-03-01", "The survey covered [[1 July 2024 to 30 June 2025|D|2024-07-01/2025-06-30]]."),
    ("range", "2026-10-10", "Early voting is open [[Nov. 2-6|D|2026-11-02/2026-11-06]] at all libraries."),
    ("range", "2026-07-01", "Grain prices were flat over [[2019–2022|D|2019/2022]]."),
    ("range", "2026-12-01", "The registry will be shut from [[December 24 to January 3|D|2026-12-24/2027-01-03]]."),
    ("range", "2026-01-20", "Fieldwork took place in [[Q2-Q3 2025|D|2025-04/2025-09]]."),
    # words
    ("words", "2026-03-01", "The ceremony will be held on [[the twenty-third of June|D|2026-06-23]]."),
    ("words", "2026-01-01", "The rowing club was founded in [[nineteen eighty-four|D|1984]]."),
    ("words", "2026-01-01", "The treaty was signed in [[two thousand and nine|D|2009]]."),
    ("words", "2026-05-01", "Her debut album came out in [[the spring of '98|D|1998-03/1998-05]]."),
    ("words", "2026-06-01", "The levy took effect on [[the first of January, twenty twenty-one|D|2021-01-01]]."),
    ("words", "2026-02-01", "Doors open on [[March the ninth|D|2026-03-09]]."),
    ("words", "2026-01-01", "The viaduct was completed in [[eighteen ninety|D|1890]]."),
    ("words", "2026-04-01", "The insurer was listed in [[October of two thousand fifteen|D|2015-10]]."),
    ("words", "2026-08-01", "He retired on [[the thirty-first of December 2019|D|2019-12-31]]."),
    # period
    ("period", "2026-02-11", "The bank expects to finish the review by [[mid-year|D|2026]]."),
    ("period", "2026-05-20", "Sales targets must be met by [[the end of the quarter|D|2026-04/2026-06]]."),
    ("period", "2026-06-10", "The committee will publish its findings [[later this week|D|2026-W24]]."),
    ("period", "2026-11-03", "Budget talks are expected to wrap up by [[year-end|D|2026]]."),
    ("period", "2026-04-08", "Operating profit fell in [[the latest quarter|D|2026-01/2026-03]]."),
    ("period", "2026-09-15", "The policy will be reviewed [[early next year|D|2027]]."),
    ("period", "2026-07-01", "Imports rose sharply in [[the second half of last year|D|2025-07/2025-12]]."),
    ("period", "2026-10-20", "The lender's shares hit a record low [[late last month|D|2026-09]]."),
    ("period", "2026-08-14", "Mumbai-based Tata Steel expects higher volumes [[this fiscal year|D|2026-04/2027-03]]."),
    # tense (month or day without a year)
    ("tense", "2026-03-10", "The retailer reported a loss in [[November|D|2025-11]]."),
    ("tense", "2026-03-10", "The retailer will report its results in [[November|D|2026-11]]."),
    ("tense", "2026-02-05", "The vote was held on [[December 12|D|2025-12-12]]."),
    ("tense", "2026-02-05", "The new terminal is scheduled to open on [[June 30|D|2026-06-30]]."),
    ("tense", "2026-10-05", "Engineers said the dam had been inspected in [[September|D|2026-09]]."),
    ("tense", "2026-10-05", "The auction was postponed until [[January|D|2027-01]]."),
    ("tense", "2026-01-15", "Coffee exports slumped in [[October|D|2025-10]]."),
    ("tense", "2026-07-20", "The judge adjourned the case to [[3 August|D|2026-08-03]]."),
    ("tense", "2026-07-20", "She joined the board on [[2 August|D|2025-08-02]]."),
    # weekday
    ("weekday", "2026-12-02", "The transport minister resigned on [[Monday|D|2026-11-30]]."),
    ("weekday", "2026-12-02", "The committee will vote on [[Monday|D|2026-12-07]]."),
    ("weekday", "2026-12-02", "Mining shares closed higher [[Friday|D|2026-11-27]]."),
    ("weekday", "2026-12-02", "The climate summit opens [[Thursday|D|2026-12-03]] in Nairobi."),
    ("weekday", "2026-06-14", "Police said [[Saturday|D|2026-06-13]] that two men had been arrested."),
    ("weekday", "2026-12-02", "The talks, which ended on [[Tuesday|D|2026-12-01]], produced no deal."),
    ("weekday", "2026-12-02", "Parliament is due to debate the bill [[next Tuesday|D|2026-12-08]]."),
    ("weekday", "2026-12-02", "The result of [[last Sunday|D|2026-11-29]]'s runoff was confirmed."),
    ("weekday", "2026-03-18", "The central bank signalled it would cut rates on [[Thursday|D|2026-03-19]]."),
    # duration
    ("duration", "2026-01-12", "The concession runs for [[five years|D|P5Y]]."),
    ("duration", "2026-01-12", "The refinery was shut for [[three weeks|D|P3W]]."),
    ("duration", "2026-01-12", "Construction of the tunnel will take [[18 months|D|P18M]]."),
    ("duration", "2026-01-12", "The ferry service has operated for [[more than a decade|D|P10Y]]."),
    ("duration", "2026-01-12", "Creditors agreed a [[two-year|D|P2Y]] extension."),
    ("duration", "2026-01-12", "He spent [[nine days|D|P9D]] in custody."),
    ("duration", "2026-05-10", "The rand has weakened over [[the past three months|D|2026-02-10/2026-05-10]]."),
    ("duration", "2026-01-12", "The drought lasted [[six weeks|D|P6W]]."),
    # negative (no date)
    ("negative", "2026-04-01", "Shares in June Energy rose on the news."),
    ("negative", "2026-04-01", "It was the 42nd day of the strike."),
    ("negative", "2026-04-01", "The market opens every Friday at 9am."),
    ("negative", "2026-04-01", "The meeting lasted about an hour."),
    ("negative", "2026-04-01", "Parking fees rose to €40 per month."),
    ("negative", "2026-04-01", "The letter appeared in the Sunday Telegraph."),
    ("negative", "2026-04-01", "Flight 1984 landed safely in Oslo."),
    ("negative", "2026-04-01", "Year-to-date sales were up 4%."),
]

# ---------------------------------------------------------------- figure cases
FIGURES = [
    # words
    ("words", "The stadium holds [[six thousand four hundred and twelve|count|6412|spectator]] spectators."),
    ("words", "The state plans to hire [[two point five million|count|2500000|worker]] seasonal workers."),
    ("words", "The rescue team covered [[three and a half kilometres|quantity|3.5|km]] on foot."),
    ("words", "[[Nineteen|count|19|ship]] ships were detained in the port."),
    ("words", "The fund received [[forty-two thousand|count|42000|application]] applications."),
    ("words", "[[About one hundred and five thousand|count|105000|person]] people attended the rally."),
    # fractions
    ("fractions", "The bolt is [[2¾ inches|quantity|2.75|in]] long."),
    ("fractions", "The hikers walked [[7 1/2 miles|quantity|7.5|mi]] to the hut."),
    ("fractions", "Two thirds of the members voted for the merger."),
    ("fractions", "The central bank raised its rate by [[1/4 percentage point|percent|0.25|pp]]."),
    ("fractions", "The orchard covers [[3 3/8 acres|quantity|3.375|acre]]."),
    ("fractions", "The bonds carry a coupon of [[5-1/4 percent|percent|5.25|%]]."),
    # scale
    ("scale", "The factory made [[45 000|count|45000|car]] cars."),
    ("scale", "The takeover is worth [[2.3bn euros|money|2300000000|EUR]]."),
    ("scale", "Investors put in [[USD 7M|money|7000000|USD]]."),
    ("scale", "The scheme covers [[1,50,000|count|150000|farmer]] farmers."),
    ("scale", "The farmer took a loan of [[Rs 12 lakh|money|1200000|INR]]."),
    ("scale", "The country exported [[1.25m tonnes|quantity|1250000|t]] of wheat."),
    # currency
    ("currency", "Tickets cost [[sixty Swiss francs|money|60|CHF]]."),
    ("currency", "A thali at the station costs [[₹250|money|250|INR]]."),
    ("currency", "The utility raised [[NOK 1.2 billion|money|1200000000|NOK]] in a bond sale."),
    ("currency", "The fine was [[3,000 Danish kroner|money|3000|DKK]]."),
    ("currency", "A loaf of bread costs [[¥380|money|380|JPY]] in Osaka."),
    ("currency", "The contract is worth [[C$14 million|money|14000000|CAD]]."),
    ("currency", "The fund holds [[HK$2.5 billion|money|2500000000|HKD]] in cash."),
    # two-unit
    ("two-unit", "The bill came to [[$12 and 50 cents|money|12.5|USD]]."),
    ("two-unit", "The suspect is [[6 feet 1 inch|quantity|6.0833333333|ft]] tall."),
    ("two-unit", "The baby weighed [[7 pounds 4 ounces|quantity|7.25|lb]]."),
    ("two-unit", "A pint now costs [[£4 and 80p|money|4.8|GBP]]."),
    ("two-unit", "The marathon is [[26 miles 385 yards|quantity|26.21875|mi]] long."),
    ("two-unit", "The entry fee is [[5 euros and 20 cents|money|5.2|EUR]]."),
    # units
    ("units", "The pipeline stretches [[1,200 kilometres|quantity|1200|km]]."),
    ("units", "Each tank holds [[50,000 litres|quantity|50000|l]]."),
    ("units", "The ship carried [[30,000 tonnes|quantity|30000|t]] of maize."),
    ("units", "The shop sold a [[12-inch|quantity|12|in]] pizza for a record price."),
    ("units", "The flat measures [[85 square metres|quantity|85|m2]]."),
    ("units", "The reservoir holds [[4 million cubic metres|quantity|4000000|m3]] of water."),
    # comparator
    ("comparator", "The bypass cost [[nearly $3 billion|money|3000000000|USD]]."),
    ("comparator", "[[At least 12|count|12|person]] people died in the fire."),
    ("comparator", "The group sold the unit for [[under $5 million|money|5000000|USD]]."),
    ("comparator", "[[More than 300|count|300|home]] homes were damaged."),
    ("comparator", "The new bridge is [[almost 2 km|quantity|2|km]] long."),
    ("comparator", "[[Up to 40%|percent|40|%]] of staff may leave."),
    # percent
    ("percent", "Inflation eased to [[2.4 per cent|percent|2.4|%]]."),
    ("percent", "Support for the party fell [[3 percentage points|percent|3|pp]]."),
    ("percent", "Unemployment rose by [[half a percentage point|percent|0.5|pp]]."),
    ("percent", "Turnout was [[seventy-two percent|percent|72|%]]."),
    ("percent", "Lenders raised mortgage rates by [[25 basis points|percent|0.25|pp]]."),
    ("percent", "Shares in the miner fell [[12pc|percent|12|%]]."),
    # ordinal
    ("ordinal", "It was the [[third|ordinal|3]] recall by the carmaker."),
    ("ordinal", "The Kenyan runner took [[21st|ordinal|21]] place."),
    ("ordinal", "The brewery celebrated its [[100th|ordinal|100]] anniversary."),
    ("ordinal", "The bill passed its [[second|ordinal|2]] reading."),
    ("ordinal", "He was sworn in as the [[forty-fifth|ordinal|45]] governor of the state."),
    ("ordinal", "First, the panel must elect a chair."),
    # tally
    ("tally", "The Senate voted [[51|number|51]]-[[49|number|49]] to confirm her."),
    ("tally", "Arsenal beat Chelsea [[3|number|3]]-[[1|number|1]] at home."),
    ("tally", "The court ruled [[6|number|6]]-[[3|number|3]] in favour of the state."),
    ("tally", "Shareholders backed the plan [[1,204|number|1204]] to [[96|number|96]]."),
    ("tally", "The Lakers won [[112|number|112]]–[[108|number|108]]."),
    ("tally", "The jury split [[10|number|10]]-[[2|number|2]]."),
    # wire copy
    ("wire", "Gold was fixed at [[$1,234.50|money|1234.5|USD]] an ounce."),
    ("wire", "Chicago wheat futures were up [[3.5 cents|money|0.035|USD]]."),
    ("wire", "The dollar rose to [[109.45 yen|money|109.45|JPY]]."),
    ("wire", "Brent fell [[$1.12|money|1.12|USD]] to [[$78.30|money|78.3|USD]] a barrel."),
    ("wire", "Volume on the exchange was [[1.9 billion|count|1900000000|share]] shares."),
    # negative
    ("negative", "Thousands of people marched through the capital."),
    ("negative", "The airline ordered more Airbus A320 jets."),
    ("negative", "Two in three voters backed the plan."),
    ("negative", "Call 0800 555 0199 for details."),
]

ISO = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|P\d+[YMWD])$")


def check_date_value(v):
    parts = v.split("/")
    assert len(parts) in (1, 2), v
    for p in parts:
        assert ISO.match(p), v
        if re.match(r"^\d{4}-\d{2}-\d{2}$", p):
            dt.date.fromisoformat(p)
        elif re.match(r"^\d{4}-\d{2}$", p):
            assert 1 <= int(p[5:]) <= 12, v
        elif "-W" in p:
            dt.date.fromisocalendar(int(p[:4]), int(p[6:]), 1)


def main():
    rows_b, rows_d, rows_f = [], [], []
    for b in BRIEFS:
        text, ents, figs, dates = parse(b["text"])
        sts = statements(text, figs, ents, b["st"])
        for d in dates:
            check_date_value(d["value"])
        row = {"id": b["id"], "source": SRC_B, "text": text, "reference_date": b["reference_date"],
               "published": b["published"], "entities": ents, "figures": figs, "dates": dates,
               "statements": sts}
        rows_b.append(row)
    n = {}
    for fam, ref, marked in DATES:
        n[fam] = n.get(fam, 0) + 1
        text, ents, figs, dates = parse(marked)
        assert not ents and not figs and len(dates) <= 1, marked
        assert (fam == "negative") == (not dates), marked
        for d in dates:
            check_date_value(d["value"])
        rows_d.append({"id": "own4-d-%s-%03d" % (fam, n[fam]), "source": SRC_D, "family": fam,
                       "text": text, "reference_date": ref, "dates": dates})
    n = {}
    for fam, marked in FIGURES:
        n[fam] = n.get(fam, 0) + 1
        text, ents, figs, dates = parse(marked)
        assert not ents and not dates, marked
        if fam in ("tally",):
            assert len(figs) == 2
        rows_f.append({"id": "own4-f-%s-%03d" % (fam, n[fam]), "source": SRC_F, "family": fam,
                       "text": text, "figures": figs})
    for rows in (rows_b, rows_d, rows_f):
        assert len({r["id"] for r in rows}) == len(rows)
        assert len({r["text"] for r in rows}) == len(rows)
    for name, rows in (("own4-briefs-heldout.jsonl", rows_b), ("own4-dates-heldout.jsonl", rows_d),
                       ("own4-figures-heldout.jsonl", rows_f)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
