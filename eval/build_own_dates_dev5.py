"""Build eval/own-dates-dev5.jsonl and eval/own-dates-dev5-check.jsonl.

Fifth date dev set (issue 14, narrative news of the TimeBank / TempEval-3 kind): bare weekdays,
months and days without a year read by the tense of their clause (past narration, plans and
schedules, reported speech "said on Tuesday it would ... next month", dates inside quotations),
anaphoric dates that count from a date just mentioned ("the following day", "the day before",
"later that month", "that year", "the previous quarter", "the same period last year", "N days
later"), news periods (seasons with "this"/"last", decades, U.S. federal fiscal years, "the
quarter ended Sept. 30", "the 12 months to November", "the past N years" as a span against a
plain duration), durations, negatives (vague "recent weeks", habitual mentions, names) and a few
short narrative briefs with several dates. Every case was written by hand for briefx (none is
copied from any set; no test set was read) and annotated by ``shared/eval/ANNOTATION.md`` and
the readings in ``eval/README.md`` before briefx was run on it.

Markup: ``[span|value]``. A weekday's value may be written ``@prev`` (the most recent such day
before the reference date: past narration) or ``@next`` (the next one after it: a clause about
the future); the direction is the annotator's reading, the day arithmetic is ``datetime``'s.
Every fourth case of a family (the 4th, 8th, ...) goes to the ``-check`` file, scored only at the
end of a session.

Run from the project root: ``python eval/build_own_dates_dev5.py`` (rewrites both files).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = (
    "briefx own cases: written and annotated by hand for briefx by the project's annotators "
    "(ANNOTATION.md conventions), MIT"
)
MARK = re.compile(r"\[([^\]|]+)\|([^\]|]+)\]")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|P\d+[YMWD])"
    r"(/(\d{4}(-\d{2}(-\d{2})?)?))?$"
)

# (reference date, marked text) by family
CASES: dict[str, list[tuple[str, str]]] = {
    "weekday": [
        ("2026-03-12", "Police arrested two men [Tuesday|@prev] in connection with the bombing, officials said."),
        ("2026-03-12", "The two leaders will meet in Geneva on [Monday|@next]."),
        ("2026-05-20", "Shares of the airline plunged [Monday|@prev] after it warned of lower profits."),
        ("2026-05-20", "The union said its members would walk off the job [Friday|@next] unless talks resume."),
        ("2026-09-09", "The storm made landfall near Galveston on [Sunday|@prev] and weakened overnight."),
        ("2026-09-09", "Voters in the province go to the polls on [Sunday|@next]."),
        ("2026-10-29", "The ministry, which announced the cuts on [Monday|@prev], is expected to publish details [next week|2026-W45]."),
        ("2026-10-29", "Negotiators who had worked through [Saturday|@prev] resumed talks on [Wednesday|@prev]."),
        ("2026-02-04", "The company is scheduled to report earnings on [Thursday|@next]."),
        ("2026-02-04", "Investors had expected the company to report on [Tuesday|@prev], but the release was delayed."),
        ("2026-07-16", "Rescue crews searched until dark [Wednesday|@prev] and planned to resume at first light."),
        ("2026-07-16", "The bill, which the Senate passed [Tuesday|@prev], now goes to the House, where a vote could come as early as [Friday|@next]."),
        ("2026-11-24", "Stocks closed higher on [Monday|@prev] as oil prices eased."),
        ("2026-11-24", "Markets will be closed [Thursday|@next] for the holiday."),
        ("2026-04-01", "The hostages were freed [Saturday|@prev] and flown to Cyprus."),
        ("2026-04-01", "Officials said [Tuesday|@prev] that the border crossing would reopen [Thursday|@next]."),
        ("2026-06-18", "The central bank left rates unchanged on [Thursday|2026-06-18] and signalled a cut in [September|2026-09]."),
        ("2026-12-10", "The opposition has called a general strike for [Monday|@next]."),
        ("2026-12-10", "Her lawyer said she had been questioned for six hours on [Tuesday|@prev]."),
        ("2026-01-22", "On [Friday|@next], the committee will vote on the nominee; on [Tuesday|@prev] it heard from three witnesses."),
        ("2026-08-27", "Since [Monday|@prev], more than 4,000 people have fled the town."),
        ("2026-08-27", "The airline said flights would resume by [Saturday|@next] at the earliest."),
        ("2026-05-07", "[Wednesday|@prev]'s explosion killed at least 12 workers, the company said."),
        ("2026-05-07", "The prime minister faces a confidence vote on [Tuesday|@next] after losing a by-election [last week|2026-W18]."),
    ],
    "tense": [
        ("2026-02-15", "Exports fell 4 percent in [December|2025-12], the third monthly decline."),
        ("2026-02-15", "The new terminal is due to open in [November|2026-11]."),
        ("2026-10-08", "The plant has been closed since [March|2026-03]."),
        ("2026-10-08", "Elections are set for [Feb. 14|2027-02-14]."),
        ("2026-10-08", "The company filed for bankruptcy protection on [Aug. 3|2026-08-03]."),
        ("2026-01-09", "The ceasefire, agreed in [November|2025-11], has largely held."),
        ("2026-01-09", "Unemployment rose to 5.1 percent in [December|2025-12], the Labor Department said [Friday|2026-01-09]."),
        ("2026-06-03", "The trial, which opened on [May 11|2026-05-11], is expected to last until [September|2026-09]."),
        ("2026-06-03", "Sales in [April|2026-04] were the strongest since [October|2025-10]."),
        ("2026-11-19", "The minister resigned in [July|2026-07] over the scandal."),
        ("2026-11-19", "The treaty takes effect on [Jan. 1|2027-01-01]."),
        ("2026-11-19", "Construction began in [April|2026-04] and should be finished by [March|2027-03]."),
        ("2026-04-14", "The central bank raised rates in [January|2026-01] and again in [March|2026-03]."),
        ("2026-04-14", "The agency had warned in [December|2025-12] that the dam was unsafe."),
        ("2026-09-01", "Prices have risen every month since [February|2026-02]."),
        ("2026-09-01", "The refinery will restart in [mid-October|2026-10]."),
        ("2026-12-28", "Retail sales rose in [November|2026-11] and economists expect a gain in [December|2026-12] as well."),
        ("2026-12-28", "The embassy will reopen on [January 5|2027-01-05]."),
        ("2026-03-03", "The rebels, who seized the town in [October|2025-10], withdrew on [Feb. 27|2026-02-27]."),
        ("2026-03-03", "A hearing is scheduled for [April 8|2026-04-08], when the judge will rule on bail."),
        ("2026-07-02", "Car sales in [June|2026-06] rose 7 percent."),
        ("2026-07-02", "The company expects to complete the sale by [December|2026-12]."),
    ],
    "anaphor": [
        ("2026-05-12", "The plant was shut on [March 3|2026-03-03] and reopened [the following day|2026-03-04]."),
        ("2026-05-12", "Talks broke down on [April 20|2026-04-20]; [the day before|2026-04-19], the two sides had seemed close to a deal."),
        ("2026-11-03", "The company announced the merger in [June|2026-06] and shareholders approved it [later that month|2026-06]."),
        ("2026-11-03", "The fire started on [Sept. 14|2026-09-14]. [Two days later|2026-09-16], firefighters had it contained."),
        ("2026-02-10", "He joined the firm in [1998|1998] and was named a partner [three years later|2001]."),
        ("2026-02-10", "The factory opened in [2009|2009]; [that year|2009] it employed 300 people."),
        ("2026-08-06", "Net profit in [the second quarter|2026-04/2026-06] rose 12 percent from [the same period last year|2025-04/2025-06]."),
        ("2026-08-06", "Revenue fell in [the second quarter|2026-04/2026-06] compared with [the previous quarter|2026-01/2026-03]."),
        ("2026-10-21", "The storm hit on [Oct. 8|2026-10-08]; [earlier that week|2026-W41] forecasters had warned of flooding."),
        ("2026-10-21", "Voters rejected the plan on [Sept. 27|2026-09-27], and the mayor resigned [the next day|2026-09-28]."),
        ("2026-04-22", "The agreement was signed on [Jan. 12|2026-01-12] and took effect [a month later|2026-02]."),
        ("2026-04-22", "The suspect was arrested on [Friday|@prev] and charged [the following Monday|2026-04-20]."),
        ("2026-06-25", "Inflation eased to 2.1 percent in [May|2026-05] from 2.4 percent [the month before|2026-04]."),
        ("2026-06-25", "The vote was held on [June 4|2026-06-04]; results were announced [ten days later|2026-06-14]."),
        ("2026-01-14", "Output rose 3 percent in [2025|2025], after falling [the previous year|2024]."),
        ("2026-01-14", "The law was passed in [1994|1994] and repealed [five years later|1999]."),
        ("2026-09-17", "The minister visited Kyiv on [Aug. 21|2026-08-21] and returned [the following week|2026-W35]."),
        ("2026-09-17", "Orders for [the third quarter|2026-07/2026-09] are running ahead of [the same quarter last year|2025-07/2025-09]."),
        ("2026-03-26", "The strike began on [Feb. 2|2026-02-02] and ended [later that month|2026-02]."),
        ("2026-03-26", "In [1989|1989] the wall fell; [the following year|1990] Germany was reunified."),
        ("2026-12-02", "The deal closed in [the third quarter|2026-07/2026-09]; in [the previous quarter|2026-04/2026-06] the company had booked a loss."),
    ],
    "period": [
        ("2026-04-09", "The company plans to list its shares [this summer|2026-06/2026-08]."),
        ("2026-04-09", "Prices have doubled since [last fall|2025-09/2025-11]."),
        ("2026-04-09", "The species had not been seen since [the 1990s|1990/1999]."),
        ("2026-07-30", "The economy has grown by an average of 2 percent a year over [the past three years|2023-07-30/2026-07-30]."),
        ("2026-07-30", "Work on the bridge will start in [the spring|2027-03/2027-05]."),
        ("2026-07-30", "Sales slumped during [the winter|2025-12/2026-02]."),
        ("2026-11-05", "Profit for [the quarter ended Sept. 30|2026-07/2026-09] rose 8 percent."),
        ("2026-11-05", "The Pentagon's budget for [fiscal 2027|2026-10-01/2027-09-30] was cut."),
        ("2026-11-05", "Inflation was last this high in [the early 1980s|1980/1989]."),
        ("2026-02-26", "The city has lost a fifth of its jobs in [the past decade|2016-02-26/2026-02-26]."),
        ("2026-10-01", "The fund returned 9 percent in [the fiscal year ended June 30|2025-07/2026-06]."),
        ("2026-10-01", "Exports rose 6 percent in [the first half|2026-01/2026-06]."),
        ("2026-05-14", "The drought of [last summer|2025-06/2025-08] cut the harvest by a third."),
        ("2026-05-14", "The retailer will open 40 stores by [the end of the year|2026]."),
        ("2026-05-14", "Rents rose sharply in [the late 1970s|1970/1979]."),
        ("2026-12-15", "Visitor numbers fell [this autumn|2026-09/2026-11] for the first time since [2020|2020]."),
        ("2026-12-15", "The company expects growth to resume in [the second half of next year|2027-07/2027-12]."),
        ("2026-12-15", "The airline carried 31 million passengers in [the 12 months to November|2025-12/2026-11]."),
        ("2026-08-19", "Over [the past five years|2021-08-19/2026-08-19], the firm has tripled in size."),
        ("2026-08-19", "The harvest is expected to be late [this fall|2026-09/2026-11]."),
    ],
    "reported": [
        ("2026-03-19", "The company said on [Tuesday|@prev] it would cut 2,000 jobs [next month|2026-04]."),
        ("2026-03-19", "“We expect to finish the work by [June|2026-06],” the project manager said."),
        ("2026-03-19", "“On [Monday|@prev] we lost contact with the crew,” the coast guard said."),
        ("2026-06-11", "The minister told reporters [Wednesday|@prev] that the budget would be presented on [July 2|2026-07-02]."),
        ("2026-06-11", "Officials said the bridge, which collapsed on [May 30|2026-05-30], would not reopen until [October|2026-10]."),
        ("2026-06-11", "The spokesman said the talks would continue [Friday|@next]."),
        ("2026-09-24", "The bank said [Wednesday|@prev] that profit in [the third quarter|2026-07/2026-09] would fall short of forecasts."),
        ("2026-09-24", "“The vote will take place on [October 4|2026-10-04], as planned,” the electoral commission said in a statement."),
        ("2026-09-24", "He said the decision, made in [August|2026-08], was final."),
        ("2026-01-28", "The governor said she would sign the bill on [Friday|@next]."),
        ("2026-01-28", "The police said the suspect had entered the country in [November|2025-11]."),
        ("2026-01-28", "“By [March|2026-03] we will have run out of money,” the mayor warned [Monday|@prev]."),
        ("2026-07-08", "The ministry said [Tuesday|@prev] it had received the request on [June 29|2026-06-29] and would respond [next week|2026-W29]."),
        ("2026-07-08", "The firm said it expected to close the deal in [September|2026-09] and had already won approval in [May|2026-05]."),
        ("2026-04-29", "A spokeswoman said [Thursday|@prev] the carrier would not resume flights before [May 15|2026-05-15]."),
        ("2026-04-29", "“We signed the contract in [February|2026-02] and deliveries begin in [June|2026-06],” she said."),
        ("2026-10-14", "The ministry said that in [September|2026-09] it had issued 1,200 permits."),
    ],
    "duration": [
        ("2026-03-05", "The reactor was shut for [three weeks|P3W] in [January|2026-01]."),
        ("2026-03-05", "The company has been in talks with creditors for [the past two months|2026-01-05/2026-03-05]."),
        ("2026-03-05", "The [five-year|P5Y] contract starts in [April|2026-04]."),
        ("2026-08-12", "Prices have risen for [18 months|P18M] in a row."),
        ("2026-08-12", "The plan would take [at least a decade|P10Y] to complete."),
        ("2026-08-12", "The [two-day|P2D] strike ended on [Thursday|@prev]."),
        ("2026-11-26", "Within [six months|P6M] of the merger, the company had cut 900 jobs."),
        ("2026-11-26", "He spent [the past three years|2023-11-26/2026-11-26] as ambassador to Japan."),
        ("2026-11-26", "He served [three years|P3Y] as ambassador to Japan."),
        ("2026-06-30", "Growth averaged 3 percent over [the last decade|2016-06-30/2026-06-30]."),
        ("2026-06-30", "The program will run for [two years|P2Y] starting in [January|2027-01]."),
    ],
    "negative": [
        ("2026-02-26", "Home sales have slowed in recent weeks, brokers said."),
        ("2026-04-14", "The festival, normally held in August, was cancelled [this year|2026]."),
        ("2026-09-30", "Talks lasted nearly 20 hours before a deal was reached."),
        ("2026-05-27", "The Tuesday Group of moderate lawmakers met in private."),
        ("2026-10-14", "The paper publishes a business supplement every Monday."),
        ("2026-07-21", "Analysts expect more cuts in the coming months."),
        ("2026-12-03", "The shares hit a record in early trading before falling back in the afternoon."),
        ("2026-03-24", "The Sunday Times reported that the deal had collapsed."),
        ("2026-01-30", "Officials have promised for years to repair the road."),
    ],
    "narrative": [
        ("2026-10-22", "NAIROBI, [Oct. 22|2026-10-22] – Kenya's central bank cut its main lending rate on [Tuesday|@prev], the second cut since [June|2026-06]. The bank said inflation had slowed to 4.1 percent in [September|2026-09] and would stay within its target range through [the end of the year|2026]. Its next policy meeting is on [Dec. 8|2026-12-08]."),
        ("2026-03-06", "The airline grounded its fleet of 12 jets on [Wednesday|@prev] after a crack was found in an engine mount. Inspections will take until [Monday|@next], the company said [Thursday|@prev]. In [January|2026-01] the carrier had flown a record 1.1 million passengers."),
        ("2026-08-20", "Floodwaters began to recede [Wednesday|@prev] after days of rain. [Last week|2026-W33]'s storm was the worst since [1987|1987]. The government said it would release emergency funds on [Monday|@next] and rebuild the damaged levees before [the winter|2026-12/2027-02]."),
        ("2026-05-28", "The company said [Thursday|2026-05-28] that [first-quarter|2026-01/2026-03] profit fell 20 percent. It had warned in [April|2026-04] that sales in [March|2026-03] were weak, and it expects a recovery in [the second half|2026-07/2026-12]."),
    ],
}  # fmt: skip


def _weekday(name: str, ref: dt.date, sign: int) -> str:
    target = WEEKDAYS.index(name.lower())
    day = ref
    while True:
        day += dt.timedelta(days=sign)
        if day.weekday() == target:
            return day.isoformat()


def unmark(ref: str, marked: str) -> tuple[str, list[dict[str, object]]]:
    text, dates, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        span, value = m.group(1), m.group(2)
        if value in ("@prev", "@next"):
            value = _weekday(span, dt.date.fromisoformat(ref), -1 if value == "@prev" else 1)
        dates.append(
            {"text": span, "start": len(text), "end": len(text) + len(span), "value": value}
        )
        text += span
        pos = m.end()
    text += marked[pos:]
    return text, dates


def check(cases: list[dict[str, object]]) -> None:
    ids, texts = set(), set()
    for c in cases:
        assert c["id"] not in ids, c["id"]
        assert c["text"] not in texts, c["id"]
        ids.add(c["id"])
        texts.add(c["text"])
        last = 0
        for d in c["dates"]:  # type: ignore[union-attr]
            assert c["text"][d["start"] : d["end"]] == d["text"], (c["id"], d)  # type: ignore[index]
            assert d["start"] >= last, c["id"]
            last = d["end"]
            assert VALUE.match(d["value"]), (c["id"], d["value"])
            for part in d["value"].split("/"):
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
                    dt.date.fromisoformat(part)
                elif m := re.fullmatch(r"(\d{4})-W(\d{2})", part):
                    dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
                elif m := re.fullmatch(r"\d{4}-(\d{2})", part):
                    assert 1 <= int(m[1]) <= 12, (c["id"], part)


def main() -> None:
    dev, chk = [], []
    for family, items in CASES.items():
        for i, (ref, marked) in enumerate(items, 1):
            text, dates = unmark(ref, marked)
            case = {"id": f"own-d5-{family}-{i:03d}", "family": family, "source": SOURCE,
                    "text": text, "reference_date": ref, "dates": dates}  # fmt: skip
            (chk if i % 4 == 0 else dev).append(case)
    check(dev + chk)
    for name, cases in (("own-dates-dev5", dev), ("own-dates-dev5-check", chk)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
        print(name, len(cases), "cases", sum(len(c["dates"]) for c in cases), "dates")


if __name__ == "__main__":
    main()
