"""Build eval/own-figures-briefs-dev28m.jsonl and own-figures-briefs-dev28m-check.jsonl.

Figure dev set of session 28 (issue 14, figs13): short wire-style sports and news passages,
written fresh by hand, on one question: a goal's minute is a time within a match, so it is no
figure (ANNOTATION.md: "Expressions shorter than a day (OntoNotes TIME) are neither dates nor
figures"), while a result or score is two ``number`` figures and an age stays untagged, as
before. Three families:

1. ``scorers``: a results report with a list opened by a cue ("Scorers:", "Goals:",
   "Goalscorers:", "Tries:", "Penalties:", "Conversions:", "Sent off:") whose numbers after
   players' names are minutes ("Verhoef 23, De Boer 51, Koster 88 pen", "Morales (pen 33)",
   "Smit 3, 20, 67", "(90+2)"); the result line's numbers stay.
2. ``brackets``: no cue: minutes in brackets after a score or a name, in a line about goals
   ("Everton 2 (Ferguson 14, Stuart 77)", "Zola (23rd)", "Dublin (67 pen)").
3. ``keep``: what must stay: result lines and tables ("Houston 105, Chicago 98"), scores in
   prose ("beat Arsenal 2-0"), a minute written in prose as an ordinal ("in the 12th minute",
   as the opened sets annotate it), counts of goals and players, cricket scores, seats won,
   ages after names ("John Smith, 45, a builder": no figure, as ANNOTATION.md and the code
   read ages today).

Readings used where the conventions are silent: a minute in a scorers' list or a bracket of a
line about goals is not tagged, with its marks ("pen", "og", "90+2"); "in the 12th minute" in
prose stays an ordinal (the opened sets' reading). Every case was written by hand for briefx
(players, teams' line-ups and figures invented) and annotated by ``shared/eval/ANNOTATION.md``
before the new rule was run on it. Markup as in ``build_own_figures_dev5.py``:
``[span|kind|value|unit]``. A case may open with ``@YYYY-MM-DD ``, its reference date (default
``REFERENCE``). Case n with n % 3 == 0 of each family goes to the ``-check`` file: scored only
once, at the end of the session.

Run from the project root: ``python eval/build_own_figures_briefs_dev28m.py`` (rewrites the files).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_own_figures_dev5 import SOURCE, unmark
from build_own_figures_dev16 import write

REFERENCE = "1996-09-02"
DATED = re.compile(r"@(\d{4}-\d\d-\d\d) ")

CASES: dict[str, list[str]] = {
    "scorers": [
        "Ajax beat Twente\n\nResult of a Dutch league match on Sunday:\n\nAjax [3|number|3] Twente [1|number|1]\n\nScorers: Ajax - Verhoef 23, De Boer 51, Koster 88 pen. Twente - Mulder 70.",
        "Valencia win away\n\nResult of a Spanish league match on Saturday:\n\nReal Zaragoza [1|number|1] Valencia [2|number|2]\n\nScorers: Zaragoza - Morales (pen 33). Valencia - Lopez (12), Ferreira (90+2).",
        "Natal hold on\n\nSuper 12 rugby union result on Saturday:\n\nNatal [31|number|31] Auckland [18|number|18]\n\nTries: Natal - Ndlovu 12, Van Rooyen 55. Auckland - Hale 40.\nPenalties: Natal - Smit 3, 20, 67.",
        "Rangers beat Bruins\n\nNational Hockey League result on Tuesday:\n\nRangers [4|number|4] Bruins [2|number|2]\n\nGoals: Rangers - Krakov (5, 39), Ellison (18), Dunmore (51); Bruins - Haines (44), Ricard (58).",
        "Late draw in Glasgow\n\nScottish Cup result on Saturday:\n\nCeltic [2|number|2] Hibernian [2|number|2]\n\nGoalscorers: Celtic - McNair 17, Dunlop 90+3. Hibernian - Rennie 8, Kerr 61 og.",
        "Bochum edge Rostock\n\nGerman league result on Friday:\n\nBochum [2|number|2] Rostock [1|number|1]\n\nScorers: Bochum - Wessel 9, Oster 74; Rostock - Lange 30.\nSent off: Bochum - Kranz 82.",
        "Belgian results\n\nResults of Belgian league matches on Saturday:\n\nGenk [1|number|1] Lokeren [0|number|0] (Scorer: Peeters 66)\nGent [2|number|2] Mechelen [2|number|2] (Scorers: Gent - Claes 15, Wouters 44; Mechelen - Dierckx 50, Goor 89)",
        "Wigan too strong\n\nRugby league result on Sunday:\n\nWigan [36|number|36] Leeds [12|number|12]\n\nTries: Wigan - Ashby 4, Morrell 22, Tate 58; Leeds - Hume 70.\nConversions: Wigan - Ashby 5, 23, 59.",
        "Swedish league\n\nResult of a Swedish league match on Monday:\n\nMalmo [0|number|0] Orebro [3|number|3]\n\nScorers: Lindqvist 14, 49, Nyman 77 penalty.",
    ],
    "brackets": [
        "English league\n\nResult of an English premier league match on Saturday:\n\nEverton [2|number|2] (Ferguson 14, Stuart 77) Newcastle [1|number|1] (Asprilla 40)",
        "Newcastle recover\n\nNewcastle won [3|number|3]-[1|number|1] at home on Sunday, Shearer (12), Ferdinand (88) and Lee (90+1) scoring after Yorke had put the visitors ahead.",
        "Italian league\n\nResult of an Italian league match on Sunday:\n\nJuventus [2|number|2] (Vieri 30, Boksic 71 pen) Parma [0|number|0]",
        "Cup final\n\nBlackburn [1|number|1] (Sutton 55) Leeds [1|number|1] (Wallace 89) after extra time; Blackburn won [4|number|4]-[3|number|3] on penalties.",
        "Chelsea held\n\nZola (23rd) put Chelsea ahead before Dublin (67 pen) equalised for Coventry in a [1|number|1]-[1|number|1] draw.",
        "French league\n\nResult of a French league match on Saturday:\n\nMonaco [3|number|3] (Ikpeba 9, Anderson 35, 62) Lens [0|number|0]",
        "PSG turn it round\n\nParis St Germain scored twice late on: Loko (84) and Dely Valdes (89) turned a [0|number|0]-[1|number|1] deficit into a [2|number|2]-[1|number|1] win.",
        "Portuguese league\n\nResult of a Portuguese league match on Sunday:\n\nPorto [2|number|2] (Jardel 20, Drulovic 75) Braga [1|number|1] (Silva 58 pen)",
        "Austrian league\n\nRapid Vienna [1|number|1] (Stumpf 47) Sturm Graz [1|number|1] (Vastic 90+4)",
    ],
    "keep": [
        "Council vote\n\nJohn Smith, 45, a builder, said the council would build [30|count|30|home] new homes.",
        "NBA results\n\nResults of National Basketball Association games on Tuesday:\n\nHouston [105|number|105], Chicago [98|number|98]\nDenver [112|number|112], Utah [108|number|108]",
        "English results\n\nResults of English league matches on Saturday:\n\nAston Villa [2|number|2] Derby [0|number|0]\nLeeds [1|number|1] Chelsea [3|number|3]",
        "Liverpool beat Arsenal\n\nLiverpool beat Arsenal [2|number|2]-[0|number|0] on Saturday, with the goals coming in the [12th|ordinal|12] and [78th|ordinal|78] minutes.",
        "Goals galore\n\nThe league's [18|count|18|club] clubs scored [1,024|count|1024|goal] goals last season.",
        "Coach names squad\n\nThe coach named [22|count|22|player] players on Monday, including Erik Dahl, 23, who has scored [9|count|9|goal] goals this season.",
        "Mayor re-elected\n\nMaria Lopez, 52, won a [second|ordinal|2] term on Sunday with [61%|percent|61|%] of the vote.",
        "Election results\n\nSeats won: Labour [41|number|41], Liberals [23|number|23], Greens [7|number|7].",
        "Hockey standings\n\nThe Rangers have won [12|count|12|game] games and lost [five|count|5|game], [three|count|3|point] points ahead of Boston.",
    ],
}  # fmt: skip


def main() -> None:
    dev, hold = [], []
    for family, marked_cases in CASES.items():
        for n, marked in enumerate(marked_cases, 1):
            dated = DATED.match(marked)
            day = dated.group(1) if dated is not None else REFERENCE
            text, figures = unmark(marked[dated.end() :] if dated is not None else marked)
            case = {"id": f"own-f28m-{family}-{n:03d}", "family": family, "source": SOURCE,
                    "reference_date": day, "text": text, "figures": figures}  # fmt: skip
            (hold if n % 3 == 0 else dev).append(case)
    write("own-figures-briefs-dev28m.jsonl", dev)
    write("own-figures-briefs-dev28m-check.jsonl", hold)
    for name, cases in (("dev28m", dev), ("dev28m-check", hold)):
        print(name, len(cases), sum(len(c["figures"]) for c in cases))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
