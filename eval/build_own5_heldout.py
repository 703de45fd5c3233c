#!/usr/bin/env python3
"""Build the fifth held-out set (own5-*-heldout.jsonl), written fresh in session 6.

Texts and annotations are held here. Each span is marked inline as [[span|...]]:
  [[span|TYPE]] / [[span|TYPE|canonical name]]   entity (TYPE in ENT_TYPES, "GPE|LOC" allowed)
  [[span|kind|value]] / [[span|kind|value|unit]]  figure (kind in FIG_KINDS)
  [[span|D|value]]                                date
The script strips the marks, computes start/end from the position of each mark, and asserts
that the span string sits at that offset. The newswire texts carry entities, figures and dates;
they have no `statements` key (statements were not annotated, so they are not scored).
Run:  python3 eval/build_own5_heldout.py
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
    assert "[[" not in text and "]]" not in text and "|" not in text, text
    for lst in (ents, figs, dates):
        prev = -1
        for it in lst:
            assert text[it["start"]:it["end"]] == it["text"], it
            assert it["start"] >= prev, ("overlap/order", it)
            prev = it["end"]
            occ = [m.start() for m in re.finditer(re.escape(it["text"]), text)]
            assert it["start"] in occ, it
    return text, ents, figs, dates


SRC_N = ("briefx own-written held-out newswire text (set 5): invented wire copy in the manner of "
         "1990s-2000s Reuters/AP (real people, clubs and institutions as context; scores, figures, "
         "quotations and details invented), written and annotated by a helper session that neither "
         "read nor ran briefx, following shared eval/ANNOTATION.md (MIT licence, as the project)")
SRC_D = ("briefx own-written held-out date case (set 5), invented sentence annotated by hand "
         "following shared eval/ANNOTATION.md (MIT licence, as the project)")

NEWS = []

# ---------------------------------------------------------------- sports (5)
# (1) football results round-up
NEWS.append(dict(id="own5-nw-01", family="sports", published="1997-10-25", text="""\
SOCCER - [[PREMIER LEAGUE|ORG|Premier League]] RESULTS.

[[LONDON|GPE|London]] [[1997-10-25|D|1997-10-25]]

Results of [[Premier League|ORG]] matches on [[Saturday|D|1997-10-25]]:

[[Barnsley|ORG|Barnsley F.C.]] [[2|number|2]] [[Coventry|ORG|Coventry City F.C.]] [[0|number|0]]
[[Blackburn|ORG|Blackburn Rovers F.C.]] [[1|number|1]] [[Southampton|ORG|Southampton F.C.]] [[0|number|0]]
[[Crystal Palace|ORG|Crystal Palace F.C.]] [[1|number|1]] [[Leeds|ORG|Leeds United F.C.]] [[3|number|3]]
[[Everton|ORG|Everton F.C.]] [[2|number|2]] [[Sheffield Wednesday|ORG|Sheffield Wednesday F.C.]] [[2|number|2]]
[[Leicester|ORG|Leicester City F.C.]] [[0|number|0]] [[Arsenal|ORG|Arsenal F.C.]] [[1|number|1]]
[[Manchester United|ORG|Manchester United F.C.]] [[4|number|4]] [[Bolton|ORG|Bolton Wanderers F.C.]] [[0|number|0]]
[[West Ham|ORG|West Ham United F.C.]] [[1|number|1]] [[Chelsea|ORG|Chelsea F.C.]] [[2|number|2]]

[[Andy Cole|PERSON]] scored [[three|count|3|goal]] goals as [[Manchester United|ORG|Manchester United F.C.]] stayed top, [[two|count|2|point]] points clear of [[Arsenal|ORG|Arsenal F.C.]], who won at [[Filbert Street|FAC]] with a late header from [[Tony Adams|PERSON]]. A crowd of [[55,142|count|55142|spectator]] watched at [[Old Trafford|FAC]].

[[Sheffield Wednesday|ORG|Sheffield Wednesday F.C.]] came back from [[two|count|2|goal]] goals down at [[Goodison Park|FAC]], [[Paolo Di Canio|PERSON]] scoring the equaliser, and [[Gianfranco Zola|PERSON]] struck twice for [[Chelsea|ORG|Chelsea F.C.]] at [[Upton Park|FAC|Boleyn Ground]].

[[Leeds|ORG|Leeds United F.C.]] are [[fifth|ordinal|5]] on [[17|count|17|point]] points. On [[Sunday|D|1997-10-26]], [[Liverpool|ORG|Liverpool F.C.]] play [[Derby|ORG|Derby County F.C.]] and [[Newcastle|ORG|Newcastle United F.C.]] visit [[Tottenham|ORG|Tottenham Hotspur F.C.]].

[[Bolton|ORG|Bolton Wanderers F.C.]], promoted in [[April|D|1997-04]], have [[one|count|1|win]] win from their [[first|ordinal|1]] [[ten|count|10|game]] games."""))

# (2) tennis round
NEWS.append(dict(id="own5-nw-02", family="sports", published="1996-11-15", text="""\
TENNIS - [[KAFELNIKOV|PERSON|Yevgeny Kafelnikov]] AND [[IVANISEVIC|PERSON|Goran Ivanišević]] REACH [[KREMLIN CUP|EVENT|Kremlin Cup]] SEMI-FINALS.

[[MOSCOW|GPE|Moscow]] [[1996-11-15|D|1996-11-15]]

Top seed [[Yevgeny Kafelnikov|PERSON]] of [[Russia|GPE]] beat [[Marc Rosset|PERSON]] of [[Switzerland|GPE]] in straight sets on [[Friday|D|1996-11-15]] to reach the semi-finals of the [[$1.1 million|money|1100000|USD]] [[Kremlin Cup|EVENT]].

[[Kafelnikov|PERSON|Yevgeny Kafelnikov]], who won the [[French Open|EVENT]] in [[June|D|1996-06]], will play [[Cedric Pioline|PERSON|Cédric Pioline]] of [[France|GPE]], the [[fourth|ordinal|4]] seed, on [[Saturday|D|1996-11-16]]. [[Pioline|PERSON|Cédric Pioline]] needed [[three|count|3|set]] sets to get past [[Dutchman|NORP|Dutch]] [[Jan Siemerink|PERSON]].

[[Croatian|NORP]] [[Goran Ivanisevic|PERSON|Goran Ivanišević]] served [[19|count|19|ace]] aces in beating local hope [[Andrei Olhovskiy|PERSON]] and meets [[Petr Korda|PERSON]] of the [[Czech Republic|GPE]] in the other semi-final. The winner takes home [[$180,000|money|180000|USD]].

Results of quarter-final matches:

[[Yevgeny Kafelnikov|PERSON]] ([[Russia|GPE]]) beat [[Marc Rosset|PERSON]] ([[Switzerland|GPE]]) [[6|number|6]]-[[3|number|3]] [[7|number|7]]-[[6|number|6]] ([[7|number|7]]-[[4|number|4]])
[[Cedric Pioline|PERSON|Cédric Pioline]] ([[France|GPE]]) beat [[Jan Siemerink|PERSON]] ([[Netherlands|GPE]]) [[4|number|4]]-[[6|number|6]] [[6|number|6]]-[[3|number|3]] [[6|number|6]]-[[4|number|4]]
[[Goran Ivanisevic|PERSON|Goran Ivanišević]] ([[Croatia|GPE]]) beat [[Andrei Olhovskiy|PERSON]] ([[Russia|GPE]]) [[6|number|6]]-[[2|number|2]] [[6|number|6]]-[[4|number|4]]
[[Petr Korda|PERSON]] ([[Czech Republic|GPE]]) beat [[Magnus Larsson|PERSON]] ([[Sweden|GPE]]) [[7|number|7]]-[[5|number|5]] [[3|number|3]]-[[6|number|6]] [[6|number|6]]-[[3|number|3]]"""))

# (3) cricket scorecard-like summary
NEWS.append(dict(id="own5-nw-03", family="sports", published="2000-09-20", text="""\
CRICKET - [[CAIRNS|PERSON|Chris Cairns]] TAKES [[FOUR|count|4|wicket]] AS [[ZIMBABWE|GPE|Zimbabwe]] SLIP.

[[HARARE|GPE|Harare]] [[2000-09-20|D|2000-09-20]]

Close of play scores on the [[second|ordinal|2]] day of the [[second|ordinal|2]] test between [[Zimbabwe|GPE]] and [[New Zealand|GPE]] at [[Harare Sports Club|FAC]] on [[Wednesday|D|2000-09-20]]:

[[Zimbabwe|GPE]] [[first|ordinal|1]] innings [[298|number|298]] ([[A. Flower|PERSON|Andy Flower]] [[83|number|83]], [[G. Whittall|PERSON|Guy Whittall]] [[51|number|51]], [[H. Streak|PERSON|Heath Streak]] [[30|number|30]]; [[C. Cairns|PERSON|Chris Cairns]] [[4|number|4]]-[[61|number|61]], [[D. Vettori|PERSON|Daniel Vettori]] [[3|number|3]]-[[72|number|72]])

[[New Zealand|GPE]] [[first|ordinal|1]] innings [[145|number|145]]-[[3|number|3]] ([[M. Richardson|PERSON|Mark Richardson]] [[61|number|61]] not out, [[N. Astle|PERSON|Nathan Astle]] [[40|number|40]])

[[Chris Cairns|PERSON]] took [[four|count|4|wicket]] wickets for [[61|count|61|run]] runs as [[Zimbabwe|GPE]], who resumed on [[234|count|234|run]] for [[five|count|5|wicket]], lost their last [[five|count|5|wicket]] wickets for [[64|count|64|run]] runs before lunch. [[Andy Flower|PERSON]] made [[83|count|83|run]] in nearly four hours before edging [[Cairns|PERSON|Chris Cairns]] to [[Stephen Fleming|PERSON]] at slip.

[[Mark Richardson|PERSON]] batted through the final session for an unbeaten [[61|count|61|run]], and [[New Zealand|GPE]] trail by [[153|count|153|run]] runs with [[seven|count|7|wicket]] wickets in hand. [[Zimbabwe|GPE]] lost the [[first|ordinal|1]] test in [[Bulawayo|GPE]] by [[seven|count|7|wicket]] wickets [[last week|D|2000-W37]].

[[Zimbabwe Cricket Union|ORG]] officials put the crowd at [[about 3,000|count|3000|spectator]]. The [[third|ordinal|3]] day's play starts on [[Thursday|D|2000-09-21]]."""))

# (4) athletics meeting
NEWS.append(dict(id="own5-nw-04", family="sports", published="1996-08-14", text="""\
ATHLETICS - [[JOHNSON|PERSON|Michael Johnson]] AND [[GEBRSELASSIE|PERSON|Haile Gebrselassie]] WIN IN [[ZURICH|GPE|Zürich]].

[[ZURICH|GPE|Zürich]] [[1996-08-14|D|1996-08-14]]

[[Michael Johnson|PERSON]] of the [[United States|GPE]], who won the [[200|quantity|200|m]] and [[400 metres|quantity|400|m]] at the [[Atlanta Olympics|EVENT|1996 Summer Olympics]] [[two weeks ago|D|1996-W31]], took the [[200 metres|quantity|200|m]] at the [[Weltklasse|EVENT|Weltklasse Zürich]] meeting on [[Wednesday|D|1996-08-14]] in 19.85 seconds, ahead of [[Frankie Fredericks|PERSON]] of [[Namibia|GPE]].

[[Haile Gebrselassie|PERSON]] of [[Ethiopia|GPE]] won the [[5,000 metres|quantity|5000|m]] in 12 minutes 54.90 seconds, the [[third|ordinal|3]] fastest time ever, and collected a [[$20,000|money|20000|USD]] bonus. A crowd of [[25,000|count|25000|spectator]] filled the [[Letzigrund|FAC]] stadium.

[[Cuban|NORP]] [[Ivan Pedroso|PERSON|Iván Pedroso]] won the long jump with [[8.42 metres|quantity|8.42|m]] and [[Stefka Kostadinova|PERSON]] of [[Bulgaria|GPE]] cleared [[2.03 metres|quantity|2.03|m]] in the high jump, [[six centimetres|quantity|6|cm]] short of her world record.

Leading results:

Men's [[100 metres|quantity|100|m]]: [[Donovan Bailey|PERSON]] ([[Canada|GPE]]) 10.02, [[Dennis Mitchell|PERSON]] ([[U.S.|GPE|United States]]) 10.09, [[Ato Boldon|PERSON]] ([[Trinidad|GPE|Trinidad and Tobago]]) 10.11

Men's [[200 metres|quantity|200|m]]: [[Michael Johnson|PERSON]] ([[U.S.|GPE|United States]]) 19.85, [[Frankie Fredericks|PERSON]] ([[Namibia|GPE]]) 20.01

Men's [[5,000 metres|quantity|5000|m]]: [[Haile Gebrselassie|PERSON]] ([[Ethiopia|GPE]]) 12:54.90, [[Daniel Komen|PERSON]] ([[Kenya|GPE]]) 12:57.10"""))

# (5) basketball results and standings
NEWS.append(dict(id="own5-nw-05", family="sports", published="1996-12-11", text="""\
BASKETBALL - [[NBA|ORG|National Basketball Association]] RESULTS AND STANDINGS.

[[NEW YORK|GPE|New York City]] [[1996-12-11|D|1996-12-11]]

Results of [[National Basketball Association|ORG]] games on [[Tuesday|D|1996-12-10]] (home team in CAPS):

[[CHICAGO|ORG|Chicago Bulls]] [[103|number|103]] [[Milwaukee|ORG|Milwaukee Bucks]] [[91|number|91]]
[[NEW YORK|ORG|New York Knicks]] [[98|number|98]] [[Toronto|ORG|Toronto Raptors]] [[87|number|87]]
[[HOUSTON|ORG|Houston Rockets]] [[112|number|112]] [[Denver|ORG|Denver Nuggets]] [[104|number|104]]
[[Utah|ORG|Utah Jazz]] [[99|number|99]] [[SEATTLE|ORG|Seattle SuperSonics]] [[95|number|95]]

[[Michael Jordan|PERSON]] scored [[37|count|37|point]] points as the [[Bulls|ORG|Chicago Bulls]] won their [[ninth|ordinal|9]] straight game to improve the league's best record to [[20|number|20]]-[[2|number|2]]. [[Hakeem Olajuwon|PERSON]] had [[31|count|31|point]] points and [[14|count|14|rebound]] rebounds for [[Houston|ORG|Houston Rockets]], while [[Karl Malone|PERSON]] scored [[28|count|28|point]] in [[Utah|ORG|Utah Jazz]]'s win in [[Seattle|GPE]].

In the [[Central Division|ORG]], [[Chicago|ORG|Chicago Bulls]] lead [[Detroit|ORG|Detroit Pistons]] by [[four|count|4|game]] games and [[Cleveland|ORG|Cleveland Cavaliers]] by [[five|count|5|game]]. [[Miami|ORG|Miami Heat]] top the [[Atlantic Division|ORG]] at [[16|number|16]]-[[5|number|5]], [[one|count|1|game]] game ahead of [[New York|ORG|New York Knicks]], and [[Houston|ORG|Houston Rockets]] ([[18|number|18]]-[[3|number|3]]) are [[two|count|2|game]] games clear of [[Utah|ORG|Utah Jazz]] in the [[Midwest Division|ORG]].

The [[Bulls|ORG|Chicago Bulls]] play [[Indiana|ORG|Indiana Pacers]] at the [[United Center|FAC]] on [[Friday|D|1996-12-13]]."""))

# ---------------------------------------------------------------- politics / diplomacy (4)
# (6) Moscow, ISO dateline
NEWS.append(dict(id="own5-nw-06", family="politics", published="1997-03-13", text="""\
[[RUSSIA|GPE|Russia]], [[NATO|ORG]] STILL SPLIT BEFORE [[YELTSIN|PERSON|Boris Yeltsin]]-[[CLINTON|PERSON|Bill Clinton]] SUMMIT.

[[MOSCOW|GPE|Moscow]] [[1997-03-13|D|1997-03-13]]

[[Russian|NORP]] Foreign Minister [[Yevgeny Primakov|PERSON]] said on [[Thursday|D|1997-03-13]] that [[Moscow|GPE]] and [[NATO|ORG]] remained divided over the alliance's plans to take in former [[Soviet|NORP]] bloc states, ahead of President [[Boris Yeltsin|PERSON]]'s summit with [[U.S.|GPE|United States]] President [[Bill Clinton|PERSON]] in [[Helsinki|GPE]] on [[March 20-21|D|1997-03-20/1997-03-21]].

"We have narrowed some gaps, but not the main one," [[Primakov|PERSON|Yevgeny Primakov]] told reporters after three hours of talks with [[NATO|ORG]] Secretary-General [[Javier Solana|PERSON]]. [[Solana|PERSON|Javier Solana]], on his [[fourth|ordinal|4]] visit to [[Russia|GPE]] since [[January|D|1997-01]], flew back to [[Brussels|GPE]] in the evening.

[[Russia|GPE]] wants a legally binding charter that would bar [[NATO|ORG]] from stationing nuclear weapons on the territory of new members such as [[Poland|GPE]], [[Hungary|GPE]] and the [[Czech Republic|GPE]]. Alliance leaders are due to name the [[first|ordinal|1]] new members at a summit in [[Madrid|GPE]] in [[July|D|1997-07]].

[[Communist|NORP]] leader [[Gennady Zyuganov|PERSON]] said [[last month|D|1997-02]] that parliament would not ratify any deal that ignored [[Russian|NORP]] security concerns, and [[more than 250|count|250|deputy]] deputies have signed an appeal against enlargement, the [[Interfax|ORG]] news agency reported.

[[Primakov|PERSON|Yevgeny Primakov]] and [[Solana|PERSON|Javier Solana]] will hold a [[sixth|ordinal|6]] round of talks in [[Moscow|GPE]] on [[Sunday|D|1997-03-16]]."""))

# (7) Nairobi, agency dateline with month and day
NEWS.append(dict(id="own5-nw-07", family="politics", published="1997-11-11", text="""\
[[KENYA|GPE|Kenya]] SETS [[DECEMBER 29|D|1997-12-29]] ELECTION DATE.

[[NAIROBI|GPE|Nairobi]], [[Nov 11|D|1997-11-11]] ([[Reuters|ORG]]) - [[Kenya|GPE]]'s electoral commission on [[Tuesday|D|1997-11-11]] set [[December 29|D|1997-12-29]] as the date for presidential and parliamentary elections, the [[second|ordinal|2]] multi-party poll since independence in [[1963|D|1963]].

President [[Daniel arap Moi|PERSON]], 73, who has ruled since [[1978|D|1978]], is seeking a [[fifth|ordinal|5]] and final [[five-year|D|P5Y]] term. Opposition leaders, among them [[Mwai Kibaki|PERSON]] and [[Raila Odinga|PERSON]], son of the late vice-president [[Oginga Odinga|PERSON|Jaramogi Oginga Odinga]], have demanded constitutional reforms before the vote. [[At least nine|count|9|person]] people were killed in [[Nairobi|GPE]] in [[July|D|1997-07]] when police broke up pro-reform rallies.

The ruling [[Kenya African National Union|ORG]] ([[KANU|ORG|Kenya African National Union]]) won [[100|count|100|seat]] of the [[188|count|188|seat]] elected seats in [[1992|D|1992]].

The [[International Monetary Fund|ORG]] suspended a [[$205 million|money|205000000|USD]] loan in [[July|D|1997-07]], citing concerns over corruption, and the shilling has lost [[about 12 percent|percent|12|%]] against the dollar over [[the past three months|D|1997-08-11/1997-11-11]].

[[Samuel Kivuitu|PERSON]], chairman of the [[Electoral Commission of Kenya|ORG]] ([[ECK|ORG|Electoral Commission of Kenya]]), said nominations would close on [[November 28|D|1997-11-28]] and that [[some 9 million|count|9000000|voter]] voters had registered. Foreign diplomats said donors would fund [[about 3,000|count|3000|observer]] local observers."""))

# (8) Brussels, agency dateline
NEWS.append(dict(id="own5-nw-08", family="politics", published="1998-03-23", text="""\
[[EU|ORG|European Union]] AGREES ARMS BAN ON [[YUGOSLAVIA|GPE|Federal Republic of Yugoslavia]] OVER [[KOSOVO|GPE|Kosovo]].

[[BRUSSELS|GPE|Brussels]], [[March 23|D|1998-03-23]] ([[Reuters|ORG]]) - [[European Union|ORG]] foreign ministers agreed on [[Monday|D|1998-03-23]] to ban arms sales to [[Yugoslavia|GPE|Federal Republic of Yugoslavia]] and to deny export credits to [[Belgrade|GPE]] unless [[Serbian|NORP]] police withdrew from [[Kosovo|GPE]].

[[British|NORP]] Foreign Secretary [[Robin Cook|PERSON]], who chairs the meetings during [[Britain|GPE|United Kingdom]]'s [[six-month|D|P6M]] presidency, said [[Yugoslav|NORP]] President [[Slobodan Milosevic|PERSON|Slobodan Milošević]] had until [[the end of April|D|1998-04]] to open talks with [[Kosovo|GPE]]'s leaders.

[[At least 80|count|80|person]] people, most of them ethnic [[Albanians|NORP|Albanian]], have been killed in the province since [[late February|D|1998-02]]. [[Ibrahim Rugova|PERSON]], leader of the [[Albanian|NORP]] majority, was elected its president in unofficial elections on [[Sunday|D|1998-03-22]].

The ministers backed the [[Contact Group|ORG]] of [[six|count|6|nation]] nations, which will meet in [[Bonn|GPE]] on [[Wednesday|D|1998-03-25]]. [[German|NORP]] Foreign Minister [[Klaus Kinkel|PERSON]] said the [[EU|ORG|European Union]] would send a [[three-day|D|P3D]] fact-finding mission to [[Pristina|GPE]] [[next month|D|1998-04]].

[[EU|ORG|European Union]] trade with [[Yugoslavia|GPE|Federal Republic of Yugoslavia]] was worth [[about 2.4 billion ecus|money|2400000000|XEU]] [[last year|D|1997]], diplomats said, [[less than 1 percent|percent|1|%]] of the bloc's external trade. [[Greece|GPE]] had resisted tougher measures for [[two weeks|D|P2W]]."""))

# (9) New Delhi, ISO dateline
NEWS.append(dict(id="own5-nw-09", family="politics", published="1998-05-14", text="""\
[[INDIA|GPE|India]] SAYS NUCLEAR TESTS OVER AS SANCTIONS BITE.

[[NEW DELHI|GPE|New Delhi]] [[1998-05-14|D|1998-05-14]]

[[Indian|NORP]] Prime Minister [[Atal Behari Vajpayee|PERSON|Atal Bihari Vajpayee]] said on [[Thursday|D|1998-05-14]] that [[India|GPE]] had completed its planned series of nuclear tests and would now observe a voluntary moratorium, after [[U.S.|GPE|United States]] President [[Bill Clinton|PERSON]] imposed economic sanctions on [[Wednesday|D|1998-05-13]].

[[India|GPE]] carried out [[three|count|3|test]] tests at [[Pokhran|GPE]] in the western state of [[Rajasthan|GPE]] on [[Monday|D|1998-05-11]] and [[two|count|2|test]] more on [[Wednesday|D|1998-05-13]], its [[first|ordinal|1]] tests since [[1974|D|1974]].

The sanctions, required under the [[Arms Export Control Act|LAW]], cut off [[U.S.|GPE|United States]] aid and bar [[American|NORP]] banks from lending to the [[Indian|NORP]] government. [[Washington|GPE|Washington, D.C.]] gave [[India|GPE]] [[about $51 million|money|51000000|USD]] in development aid [[last year|D|1997]]. [[Japan|GPE]], [[India|GPE]]'s largest aid donor, froze [[$26 million|money|26000000|USD]] in grants.

In [[Islamabad|GPE]], [[Pakistani|NORP]] Foreign Minister [[Gohar Ayub Khan|PERSON]] said [[Pakistan|GPE]] would decide soon whether to test a device of its own. The [[Group of Eight|ORG|G8]] leaders, meeting in [[Birmingham|GPE]] from [[Friday|D|1998-05-15]], are expected to discuss the crisis.

Shares on the [[Bombay Stock Exchange|ORG]] fell [[2.5 percent|percent|2.5|%]] and the rupee hit a record low. Finance Minister [[Yashwant Sinha|PERSON]] said the budget, due in [[June|D|1998-06]], would not be affected."""))

# ---------------------------------------------------------------- markets / companies (3)
# (10) bonds
NEWS.append(dict(id="own5-nw-10", family="markets", published="1996-09-12", text="""\
[[U.S.|GPE|United States]] TREASURIES FALL AFTER STRONG RETAIL SALES.

[[NEW YORK|GPE|New York City]] [[1996-09-12|D|1996-09-12]]

[[U.S.|GPE|United States]] Treasury prices fell sharply on [[Thursday|D|1996-09-12]] after [[August|D|1996-08]] retail sales rose more than expected, reviving fears that the [[Federal Reserve|ORG]] will raise interest rates when its policy committee meets on [[September 24|D|1996-09-24]].

The benchmark [[30-year|D|P30Y]] bond was down [[23/32|number|0.71875]] at [[96-18/32|number|96.5625]], yielding [[7.12 percent|percent|7.12|%]], up from [[7.06 percent|percent|7.06|%]] late on [[Wednesday|D|1996-09-11]]. The [[two-year|D|P2Y]] note fell [[6/32|number|0.1875]] to yield [[6.34 percent|percent|6.34|%]], and the gap between [[two-year|D|P2Y]] and [[30-year|D|P30Y]] yields widened to [[78 basis points|percent|0.78|pp]].

The [[Commerce Department|ORG|United States Department of Commerce]] said retail sales rose [[0.4 percent|percent|0.4|%]] [[last month|D|1996-08]], against forecasts of [[0.3 percent|percent|0.3|%]], after a [[0.1 percent|percent|0.1|%]] fall in [[July|D|1996-07]].

"The market is pricing in a [[quarter-point|percent|0.25|pp]] move," said [[Thomas Kelleher|PERSON]], chief economist at [[Hartwell Securities Inc|ORG]]. [[Fed|ORG|Federal Reserve]] Chairman [[Alan Greenspan|PERSON]] has left rates unchanged since [[January|D|1996-01]].

In [[Europe|LOC]], [[German|NORP]] bonds slipped in sympathy, with the Bund future on [[LIFFE|ORG|London International Financial Futures and Options Exchange]] down [[0.31|number|0.31]] at [[96.92|number|96.92]]. Dealers said [[about $14 billion|money|14000000000|USD]] of new [[five-year|D|P5Y]] notes would be sold [[next week|D|1996-W38]]."""))

# (11) shares
NEWS.append(dict(id="own5-nw-11", family="markets", published="1997-07-08", text="""\
[[TOKYO|GPE|Tokyo]] STOCKS CLOSE HIGHER ON BANK BUYING.

[[TOKYO|GPE|Tokyo]] [[1997-07-08|D|1997-07-08]]

[[Tokyo|GPE]] share prices ended higher on [[Tuesday|D|1997-07-08]] as banks rallied on hopes that the [[Bank of Japan|ORG]] would keep interest rates at record lows, brokers said.

The Nikkei average rose [[182.51 points|count|182.51|point]], or [[0.89 percent|percent|0.89|%]], to [[20,614.36|number|20614.36]]. The broader TOPIX index gained [[11.20|count|11.2|point]] to [[1,592.05|number|1592.05]]. Volume on the [[first|ordinal|1]] section of the [[Tokyo Stock Exchange|ORG]] was [[about 480 million|count|480000000|share]] shares, up from [[410 million|count|410000000|share]] on [[Monday|D|1997-07-07]].

[[Fuji Bank|ORG]] rose [[22 yen|money|22|JPY]] to [[1,450 yen|money|1450|JPY]] and [[Sumitomo Bank Ltd|ORG|Sumitomo Bank]] added [[30 yen|money|30|JPY]] to [[1,920 yen|money|1920|JPY]].

Exporters were mixed. [[Sony Corp|ORG|Sony]] fell [[100 yen|money|100|JPY]] to [[10,600 yen|money|10600|JPY]] after the dollar slipped to [[112.40 yen|money|112.4|JPY]], while [[Toyota Motor Corp|ORG|Toyota]] was unchanged at [[3,350 yen|money|3350|JPY]]. [[Hitachi|ORG]] gained [[15 yen|money|15|JPY]] after it said it would cut [[4,000|count|4000|job]] jobs over [[the next three years|D|1997-07-08/2000-07-08]].

"Foreign investors are coming back to the banks," said a trader at a [[U.S.|GPE|United States]] brokerage. Dealers said the market would wait for the central bank's quarterly tankan survey, due on [[Friday|D|1997-07-11]], before taking new positions."""))

# (12) earnings
NEWS.append(dict(id="own5-nw-12", family="markets", published="1998-10-20", text="""\
[[IBM|ORG]] [[THIRD-QUARTER|D|1998-07/1998-09]] PROFIT RISES, BEATS FORECASTS.

[[NEW YORK|GPE|New York City]] [[1998-10-20|D|1998-10-20]]

[[International Business Machines Corp|ORG|IBM]] said on [[Tuesday|D|1998-10-20]] that its [[third-quarter|D|1998-07/1998-09]] net profit rose [[9 percent|percent|9|%]] to [[$1.52 billion|money|1520000000|USD]], or [[$1.61|money|1.61|USD]] a share, from [[$1.39 billion|money|1390000000|USD]], or [[$1.42|money|1.42|USD]] a share, [[a year earlier|D|1997-07/1997-09]].

Revenue rose [[4 percent|percent|4|%]] to [[$19.0 billion|money|19000000000|USD]]. Analysts had expected earnings of [[$1.50|money|1.50|USD]] a share. [[IBM|ORG]] shares rose [[$3.25|money|3.25|USD]] to [[$148.50|money|148.50|USD]] on the [[New York Stock Exchange|ORG]].

Chief executive [[Louis Gerstner|PERSON|Lou Gerstner]] said demand in [[Asia|LOC]] remained weak and that revenue from the region fell [[11 percent|percent|11|%]] in [[the quarter|D|1998-07/1998-09]]. [[IBM|ORG]] has cut [[about 3,000|count|3000|job]] jobs in [[the past two years|D|1996-10-20/1998-10-20]] and expects earnings to grow in [[1999|D|1999]].

Separately, [[Texas Instruments Inc|ORG|Texas Instruments]] said its [[third-quarter|D|1998-07/1998-09]] profit fell [[35 percent|percent|35|%]] to [[$164 million|money|164000000|USD]], hurt by weak chip prices. [[Lucent Technologies|ORG]], which reports on [[Wednesday|D|1998-10-21]], is expected to earn [[33 cents|money|0.33|USD]] a share.

Smaller rival [[Brennan Microsystems|ORG]] of [[San Jose|GPE|San Jose, California]], [[California|GPE]], said it would close [[two|count|2|plant]] plants in [[Scotland|GPE]] by [[March|D|1999-03]]."""))

# ---------------------------------------------------------------- narratives (2)
# (13) plant explosion inquiry
NEWS.append(dict(id="own5-nw-13", family="narrative", published="1998-02-26", text="""\
[[HOUSTON|GPE|Houston]], [[Feb 26|D|1998-02-26]] ([[Reuters|ORG]]) - Federal investigators said on [[Thursday|D|1998-02-26]] they had found a cracked valve in a pipe that burst at a chemical plant near [[Houston|GPE]] [[last week|D|1998-W08]], killing [[three|count|3|worker]] workers.

The blast ripped through the [[Gulfside Chemical Co.|ORG]] plant in [[Pasadena|GPE|Pasadena, Texas]] on [[Tuesday, Feb. 17|D|1998-02-17]]. [[Two|count|2|worker]] workers died at the scene and a [[third|ordinal|3]] worker died in hospital [[the following day|D|1998-02-18]]. [[Eleven|count|11|worker]] other workers were treated for burns.

[[Texas|GPE]] Governor [[George W. Bush|PERSON]] visited the site [[the day after the explosion|D|1998-02-18]]. A team from the [[U.S. Chemical Safety and Hazard Investigation Board|ORG]] arrived [[later that week|D|1998-W08]] and began interviewing workers on [[Monday|D|1998-02-23]].

The company, which employs [[about 350|count|350|person]] people at the site, said it had passed a state inspection in [[November|D|1997-11]]. But the [[Occupational Safety and Health Administration|ORG]] ([[OSHA|ORG|Occupational Safety and Health Administration]]) has issued [[four|count|4|citation]] citations against the plant in [[the past three years|D|1995-02-26/1998-02-26]], the latest [[last month|D|1998-01]], and fined it a total of [[$48,500|money|48500|USD]].

Plant manager [[Dale Whitacre|PERSON]] said on [[Wednesday|D|1998-02-25]] the unit would stay shut until the inquiry ended, probably [[next month|D|1998-03]]. The company plans to replace the pipe network, which was installed in [[the 1970s|D|1970/1979]], [[next year|D|1999]].

A memorial service for the [[three|count|3|worker]] workers will be held on [[Saturday|D|1998-02-28]]."""))

# (14) landslide, relative dates
NEWS.append(dict(id="own5-nw-14", family="narrative", published="2003-06-12", text="""\
[[LIMA|GPE|Lima]], [[June 12|D|2003-06-12]] ([[Reuters|ORG]]) - Rescuers in the [[Peruvian|NORP]] [[Andes|LOC]] gave up hope on [[Thursday|D|2003-06-12]] of finding more survivors of a mudslide that buried half of the village of [[Pumacancha|GPE]] [[five days ago|D|2003-06-07]].

The slide struck before dawn on [[Saturday|D|2003-06-07]] after [[three days|D|P3D]] of heavy rain. Soldiers pulled [[14|count|14|survivor]] survivors from the mud [[that day|D|2003-06-07]] and [[two|count|2|child]] more children [[the following day|D|2003-06-08]].

President [[Alejandro Toledo|PERSON]], who flew over the valley on [[Sunday|D|2003-06-08]], declared a [[60-day|D|P60D]] state of emergency and promised to rebuild the village school by [[the end of the year|D|2003]]. Officials said [[23|count|23|person]] people were confirmed dead and [[about 40|count|40|person]] were still missing.

A team from the [[International Committee of the Red Cross|ORG]] reached [[Pumacancha|GPE]] on [[Monday|D|2003-06-09]], and [[later that week|D|2003-W24]] army engineers reopened the road to the provincial capital. Food from the [[World Food Programme|ORG]] is due to arrive on [[Friday|D|2003-06-13]].

Geologists had warned [[last month|D|2003-05]] that the slope above the village was unstable, and the regional government had planned to move [[120|count|120|family]] families [[next year|D|2004]]. Landslides have killed [[more than 200|count|200|person]] people in [[Peru|GPE]] in [[the past three years|D|2000-06-12/2003-06-12]], according to the civil defence agency."""))

# ---------------------------------------------------------------- date cases
# (family, reference_date, marked text); reference_date is also the publication date
DATES = [
    # weekday: bare weekdays read by tense
    ("weekday", "2001-03-14", "The transport minister resigned on [[Tuesday|D|2001-03-13]] after weeks of pressure."),
    ("weekday", "2001-03-14", "The two delegations will meet again on [[Tuesday|D|2001-03-20]]."),
    ("weekday", "1999-11-05", "Police said on [[Friday|D|1999-11-05]] that they had arrested four men."),
    ("weekday", "1999-11-02", "He told reporters on [[Monday|D|1999-11-01]] that the deal would be signed on [[Thursday|D|1999-11-04]]."),
    ("weekday", "1999-11-05", "The strike, which began on [[Sunday|D|1999-10-31]], is expected to end by [[Wednesday|D|1999-11-10]]."),
    ("weekday", "2001-03-14", "[[Last Friday|D|2001-03-09]]'s vote in the assembly was annulled."),
    ("weekday", "2001-03-14", "Talks on the fishing quota resumed [[Monday|D|2001-03-12]] in Reykjavik."),
    ("weekday", "2006-04-12", "The company said it would announce its decision [[next Monday|D|2006-04-17]]."),
    ("weekday", "2006-04-12", "[[Saturday|D|2006-04-08]]'s match in Genoa was abandoned because of rain."),
    ("weekday", "1999-11-05", "The board met [[Thursday|D|1999-11-04]] and will meet again [[Monday|D|1999-11-08]]."),
    # tense: months and days without a year
    ("tense", "1997-02-10", "The central bank said it had cut its discount rate in [[December|D|1996-12]]."),
    ("tense", "1997-02-10", "The minister said the bill would be put to parliament in [[October|D|1997-10]]."),
    ("tense", "1998-09-03", "The two leaders last met on [[July 14|D|1998-07-14]] in Geneva."),
    ("tense", "1998-09-03", "Officials said the bridge would reopen to traffic on [[Oct. 1|D|1998-10-01]]."),
    ("tense", "2002-01-20", "Exports fell sharply in [[November|D|2001-11]] and [[December|D|2001-12]]."),
    ("tense", "2002-01-20", "He said elections would be held no later than [[March|D|2002-03]]."),
    ("tense", "1995-06-30", "The company expects to complete the sale by [[September 30|D|1995-09-30]]."),
    ("tense", "1995-06-30", "The refinery was closed on [[May 2|D|1995-05-02]] after a fire."),
    ("tense", "2004-12-15", "Ministers agreed to meet again in [[January|D|2005-01]] to review the quotas."),
    ("tense", "2004-12-15", "Inflation rose to 3.1 percent in [[August|D|2004-08]], the statistics office said."),
    ("tense", "1995-06-30", "The agency said it would publish the revised figures on [[July 12|D|1995-07-12]]."),
    # anaphora: "that day", "the previous week", "the following month"
    ("anaphora", "2000-05-18", "The ferry left Piraeus on [[April 3|D|2000-04-03]] and ran aground off Crete [[that day|D|2000-04-03]]."),
    ("anaphora", "2000-05-18", "Troops entered the town on [[May 9|D|2000-05-09]]; [[the previous week|D|2000-W18]], rebels had burned the market."),
    ("anaphora", "1996-10-02", "The union voted to strike on [[Sept. 12|D|1996-09-12]] and walked out [[the following week|D|1996-W38]]."),
    ("anaphora", "1996-10-02", "[[The previous week|D|1996-W39]], the central bank had left its rates unchanged."),
    ("anaphora", "2003-03-05", "The fund was set up in [[1994|D|1994]] and lost money [[that year|D|1994]]."),
    ("anaphora", "2003-03-05", "The offer expired on [[Friday|D|2003-02-28]], and the bank withdrew from the talks [[the following day|D|2003-03-01]]."),
    ("anaphora", "1999-08-10", "He was arrested in [[June|D|1999-06]] and released [[the following month|D|1999-07]]."),
    ("anaphora", "1999-08-10", "Share prices fell on [[Aug. 3|D|1999-08-03]] after rising 4 percent [[the day before|D|1999-08-02]]."),
    ("anaphora", "2006-04-12", "Voters went to the polls on [[Sunday|D|2006-04-09]], and results were announced [[later that day|D|2006-04-09]]."),
    ("anaphora", "2006-04-12", "The minister said on [[Monday|D|2006-04-10]] that a decision would come by [[the end of that week|D|2006-W15]]."),
    # season
    ("season", "1997-01-15", "The airline plans to start flights to Lisbon in [[the spring|D|1997-03/1997-05]]."),
    ("season", "1997-10-20", "Grain prices soared [[last summer|D|1997-06/1997-08]] after a drought in the south."),
    ("season", "2001-02-10", "The army launched its offensive in [[the autumn of 1999|D|1999-09/1999-11]]."),
    ("season", "2001-07-10", "Work on the new stadium will begin [[next spring|D|2002-03/2002-05]]."),
    ("season", "1994-12-05", "Heavy snow cut off the valley during [[the winter of 1993-94|D|1993-12/1994-02]]."),
    ("season", "2008-09-20", "The talks collapsed in [[the summer|D|2008-06/2008-08]], negotiators said."),
    # decade
    ("decade", "1999-03-01", "Inflation averaged 20 percent in [[the 1980s|D|1980/1989]]."),
    ("decade", "1999-03-01", "The mill has been idle since [[the mid-1970s|D|1970/1979]]."),
    ("decade", "2005-05-05", "Migration from the countryside began in [[the early sixties|D|1960/1969]]."),
    ("decade", "2005-05-05", "Car ownership in the city doubled during [[the '90s|D|1990/1999]]."),
    ("decade", "1998-11-11", "The dam was built in [[the late 1950s|D|1950/1959]] with Soviet help."),
    # duration vs point
    ("duration", "1996-07-01", "The ceasefire has held for [[two months|D|P2M]]."),
    ("duration", "1996-07-01", "The ceasefire was signed [[two months ago|D|1996-05]]."),
    ("duration", "1996-07-01", "The company has been in talks with its creditors for [[the past six weeks|D|1996-05-20/1996-07-01]]."),
    ("duration", "1996-07-01", "He served [[10 years|D|P10Y]] in prison for fraud."),
    ("duration", "2000-01-10", "The project will be completed within [[three years|D|P3Y]]."),
    ("duration", "2000-01-10", "The lease on the port runs for [[99 years|D|P99Y]]."),
    ("duration", "2000-01-10", "The textile factory closed [[a decade ago|D|1990]]."),
    ("duration", "2000-01-10", "The players signed [[12-month|D|P12M]] contracts."),
    ("duration", "1993-04-20", "The siege of the town lasted [[44 days|D|P44D]]."),
    ("duration", "1993-04-20", "House prices have doubled over [[the last five years|D|1988-04-20/1993-04-20]]."),
    # negative (no date)
    ("negative", "2001-03-14", "Shares of Tuesday Morning Corp. rose 5 percent in early trade."),
    ("negative", "2001-03-14", "The 88th day of the siege passed quietly."),
    ("negative", "2001-03-14", "Juventus beat Lazio 2-1 in Turin."),
    ("negative", "2001-03-14", "April Ballantyne, 34, was named chief executive."),
    ("negative", "2001-03-14", "The Sunday Times first reported the sale."),
    ("negative", "2001-03-14", "The talks lasted six hours."),
    ("negative", "2001-03-14", "The ferry sails to the island every Saturday."),
    ("negative", "2001-03-14", "May Department Stores reported higher sales at its Lord & Taylor chain."),
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
    if len(parts) == 2:
        assert parts[0] <= parts[1], v


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def check_weekday(d):
    """A bare weekday span resolved to a day must fall on that weekday."""
    for i, w in enumerate(WEEKDAYS):
        if re.fullmatch(r"(?i)(last |next )?" + w, d["text"]):
            day = dt.date.fromisoformat(d["value"])
            assert day.weekday() == i, d


def main():
    rows_n, rows_d = [], []
    for b in NEWS:
        text, ents, figs, dates = parse(b["text"])
        words = len(text.split())
        assert 120 <= words <= 220, (b["id"], words)
        for d in dates:
            check_date_value(d["value"])
            check_weekday(d)
        for f in figs:
            assert f["kind"] in FIG_KINDS
        rows_n.append({"id": b["id"], "source": SRC_N, "family": b["family"], "text": text,
                       "reference_date": b["published"], "published": b["published"],
                       "entities": ents, "figures": figs, "dates": dates})
    n = {}
    for fam, ref, marked in DATES:
        n[fam] = n.get(fam, 0) + 1
        text, ents, figs, dates = parse(marked)
        assert not ents and not figs, marked
        assert (fam == "negative") == (not dates), marked
        for d in dates:
            check_date_value(d["value"])
            check_weekday(d)
        rows_d.append({"id": "own5-d-%s-%03d" % (fam, n[fam]), "source": SRC_D, "family": fam,
                       "text": text, "reference_date": ref, "published": ref, "dates": dates})
    for rows in (rows_n, rows_d):
        assert len({r["id"] for r in rows}) == len(rows)
        assert len({r["text"] for r in rows}) == len(rows)
    for name, rows in (("own5-newswire-heldout.jsonl", rows_n), ("own5-dates-heldout.jsonl", rows_d)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
