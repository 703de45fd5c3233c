"""Generate models/lunar_holidays.jsonl: holidays on lunar and lunisolar calendars, by date.

The dates stage reads the table at run time, so briefx needs none of the packages below; they
are needed only to regenerate it (``pip install holidays convertdate`` then
``python scripts/make_lunar_holidays.py``):
- Hebrew calendar: ``convertdate.hebrew`` (MIT), the arithmetic calendar, exact for any year.
  A Jewish holiday is given as the civil day on whose evening it begins (a Hebrew day starts at
  sundown), with the Israeli rules that move Yom HaShoah, Yom HaZikaron, Yom HaAtzmaut and
  Tisha B'Av off the Sabbath.
- Islamic (Umm al-Qura), Hindu, Chinese and Buddhist holidays: the date tables of the
  ``holidays`` package (MIT, vacanza/holidays), private module ``holidays.calendars.*``
  (private: pin the version the table was made with, printed in the table's header).
Rows: {"names": [...], "rule": "table", "dates": ["YYYY-MM-DD", ...]} sorted; names lower case,
apostrophes dropped, hyphens as spaces (as ``briefx.normalize.dates.grammar.parse_holiday`` looks them up).
"""

from __future__ import annotations

import datetime as dt
import json
from importlib.metadata import version
from pathlib import Path

from convertdate import hebrew
from holidays.calendars.buddhist import _BuddhistLunisolar
from holidays.calendars.chinese import _ChineseLunisolar
from holidays.calendars.hindu import _HinduLunisolar
from holidays.calendars.islamic import _IslamicLunar

OUT = Path(__file__).resolve().parent.parent / "models" / "lunar_holidays.jsonl"
YEARS = range(1900, 2101)
DAY = dt.timedelta(days=1)

# (names, Hebrew month (1 = Nisan, 7 = Tishrei, 12 = Adar / Adar II), day, rule)
HEBREW = [
    (["rosh hashanah", "rosh hashana", "rosh ha shanah", "jewish new year"], 7, 1, None),
    (["yom kippur", "day of atonement"], 7, 10, None),
    (["sukkot", "succot", "sukkoth", "feast of tabernacles", "feast of booths"], 7, 15, None),
    (["shemini atzeret", "shmini atzeret"], 7, 22, None),
    (["simchat torah", "simhat torah", "simchas torah"], 7, 23, None),
    (
        ["hanukkah", "hanukah", "chanukah", "chanukkah", "hannukah", "hanuka", "chanuka"],
        9,
        25,
        None,
    ),
    (["tu bishvat", "tu bshvat", "tu bishevat"], 11, 15, None),
    (["purim"], 12, 14, None),
    (["shushan purim"], 12, 15, None),
    (["passover", "pesach", "pesah"], 1, 15, None),
    (["yom hashoah", "yom ha shoah", "holocaust day"], 1, 27, "shoah"),
    (["yom hazikaron", "yom ha zikaron"], 2, 4, "zikaron"),
    (
        ["yom haatzmaut", "yom ha atzmaut", "israel independence day", "israeli independence day"],
        2,
        5,
        "atzmaut",
    ),
    (["lag baomer", "lag bomer", "lag ba omer", "lag laomer"], 2, 18, None),
    (["yom yerushalayim", "jerusalem day"], 2, 28, None),
    (["shavuot", "shavuos", "shavuoth", "feast of weeks"], 3, 6, None),
    (["tisha bav", "tisha beav", "tishah bav", "tisha b av"], 5, 9, "av"),
]


def _hebrew_day(year: int, month: int, day: int, rule: str | None) -> dt.date:
    hy = year + (3761 if month >= 7 else 3760)
    if month == 12 and hebrew.leap(hy):
        month = 13  # Purim falls in Adar II in a leap year
    d = dt.date(*hebrew.to_gregorian(hy, month, day))
    wd = d.weekday()  # Monday 0 ... Friday 4, Saturday 5, Sunday 6
    if rule == "shoah":
        d += {4: -DAY, 6: DAY}.get(wd, dt.timedelta())
    elif rule == "atzmaut":
        d += {4: -DAY, 5: -2 * DAY, 0: DAY}.get(wd, dt.timedelta())
    elif rule == "zikaron":
        d += {3: -DAY, 4: -2 * DAY, 6: DAY}.get(wd, dt.timedelta())
    elif rule == "av" and wd == 5:
        d += DAY
    return d - DAY  # the evening it begins


def hebrew_rows() -> list[dict]:  # type: ignore[type-arg]
    rows = []
    for names, month, day, rule in HEBREW:
        dates = [_hebrew_day(y, month, day, rule) for y in YEARS]
        rows.append({"names": names, "dates": dates, "calendar": "hebrew"})
    return rows


def _table(cls: type, attr: str, shift: int = 0) -> list[dt.date]:
    out = []
    for y, md in getattr(cls, attr).items():
        for m, d in md if isinstance(md[0], tuple) else (md,):
            out.append(dt.date(y, m, d) + shift * DAY)
    return out


# (names, class, attribute, days added)
TABLES = [
    # Islamic (Umm al-Qura)
    (
        [
            "eid al fitr",
            "eid ul fitr",
            "eid al fitr day",
            "id al fitr",
            "id ul fitr",
            "eid",
            "ramadan eid",
            "eid el fitr",
            "idul fitri",
            "hari raya puasa",
            "hari raya aidilfitri",
            "festival of breaking the fast",
            "ramzan id",
            "ramzan eid",
            "chhoti eid",
            "meethi eid",
        ],
        _IslamicLunar,
        "EID_AL_FITR_DATES",
        0,
    ),
    (
        [
            "eid al adha",
            "eid ul adha",
            "id al adha",
            "id ul adha",
            "eid el adha",
            "bakr id",
            "bakrid",
            "bakri id",
            "bakra eid",
            "bakrid eid",
            "sacrifice feast",
            "feast of sacrifice",
            "feast of the sacrifice",
            "festival of sacrifice",
            "festival of the sacrifice",
            "kurban bayram",
            "qurban bayram",
            "hari raya haji",
            "idul adha",
            "eid e qurban",
            "eid qurban",
            "eid al kabir",
            "big eid",
        ],
        _IslamicLunar,
        "EID_AL_ADHA_DATES",
        0,
    ),
    (
        [
            "mawlid",
            "mawlid al nabi",
            "mawlid al nabawi",
            "mawlid an nabi",
            "mawlid nabi",
            "milad un nabi",
            "eid milad un nabi",
            "eid e milad",
            "mouloud",
            "prophets birthday",
            "birthday of the prophet",
            "the prophets birthday",
            "maulid",
            "mawlud",
            "id e milad",
        ],
        _IslamicLunar,
        "MAWLID_DATES",
        0,
    ),
    (
        [
            "islamic new year",
            "hijri new year",
            "muharram",
            "arabic new year",
            "al hijra",
            "ras as sana al hijriya",
            "amun jadid",
            "hijra new year",
            "muslim new year",
        ],
        _IslamicLunar,
        "HIJRI_NEW_YEAR_DATES",
        0,
    ),
    (["ashura", "ashoura", "day of ashura", "youm ashura"], _IslamicLunar, "ASHURA_DATES", 0),
    (
        [
            "ramadan",
            "ramadhan",
            "ramazan",
            "ramzan",
            "start of ramadan",
            "ramadan begins",
            "first day of ramadan",
            "beginning of ramadan",
        ],
        _IslamicLunar,
        "RAMADAN_BEGINNING_DATES",
        0,
    ),
    (
        [
            "laylat al qadr",
            "lailat al qadr",
            "night of power",
            "night of destiny",
            "shab e qadr",
            "laylat ul qadr",
        ],
        _IslamicLunar,
        "LAYLAT_AL_QADR_DATES",
        0,
    ),
    (
        [
            "isra and miraj",
            "isra miraj",
            "isra and mi raj",
            "israa and miraj",
            "al isra wal miraj",
            "lailat al miraj",
            "laylat al miraj",
            "prophets ascension",
            "ascension of the prophet",
            "ascension to heaven",
            "shab e miraj",
        ],
        _IslamicLunar,
        "ISRA_AND_MIRAJ_DATES",
        0,
    ),
    (
        [
            "jumuatul wida",
            "jumuatul widaa",
            "jamat ul vida",
            "jamatul vida",
            "jumat ul vida",
            "jumu atul wida",
            "alvida jumma",
            "jumma tul wida",
            "last friday of ramadan",
        ],
        _IslamicLunar,
        "JUMUATUL_WIDA_DATES",
        0,
    ),
    (["nuzul al quran", "nuzul quran"], _IslamicLunar, "NUZUL_AL_QURAN_DATES", 0),
    (["arbaeen", "arbain", "arbaeen pilgrimage"], _IslamicLunar, "ARBAEEN_DATES", 0),
    # Hindu, Sikh, Jain (India)
    (
        [
            "diwali",
            "deepavali",
            "divali",
            "dipavali",
            "deepawali",
            "dipawali",
            "lakshmi puja",
            "laxmi puja",
        ],
        _HinduLunisolar,
        "DIWALI_INDIA_DATES",
        0,
    ),
    (
        ["dhanteras", "dhanatrayodashi", "dhanatrayodasi", "dhantrayodashi"],
        _HinduLunisolar,
        "DIWALI_INDIA_DATES",
        -2,
    ),
    (
        [
            "kali chaudas",
            "naraka chaturdashi",
            "narak chaturdashi",
            "choti diwali",
            "chhoti diwali",
            "roop chaudas",
            "narak chaudas",
        ],
        _HinduLunisolar,
        "DIWALI_INDIA_DATES",
        -1,
    ),
    (
        ["govardhan puja", "annakut", "annakoot", "bali pratipada"],
        _HinduLunisolar,
        "GOVARDHAN_PUJA_DATES",
        0,
    ),
    (
        ["bhai dooj", "bhaiya dooj", "bhau beej", "bhai tika", "bhai phonta", "bhratri dwitiya"],
        _HinduLunisolar,
        "GOVARDHAN_PUJA_DATES",
        1,
    ),
    (
        [
            "holi",
            "dhulandi",
            "dhuleti",
            "rangwali holi",
            "festival of colours",
            "festival of colors",
        ],
        _HinduLunisolar,
        "HOLI_DATES",
        0,
    ),
    (["holika dahan", "chhoti holi", "choti holi"], _HinduLunisolar, "HOLI_DATES", -1),
    (
        [
            "dussehra",
            "dasara",
            "dussera",
            "dasera",
            "vijayadashami",
            "vijaya dashami",
            "vijayadasami",
        ],
        _HinduLunisolar,
        "DUSSEHRA_DATES",
        0,
    ),
    (
        ["navaratri", "navratri", "sharad navratri", "sharad navaratri", "navarathri"],
        _HinduLunisolar,
        "SHARAD_NAVRATRI_DATES",
        0,
    ),
    (
        ["chaitra navratri", "chaitra navaratri", "vasant navratri"],
        _HinduLunisolar,
        "CHAITRA_NAVRATRI_DATES",
        0,
    ),
    (["maha ashtami", "durga ashtami"], _HinduLunisolar, "MAHA_ASHTAMI_DATES", 0),
    (["maha navami"], _HinduLunisolar, "MAHA_NAVAMI_DATES", 0),
    (
        [
            "ganesh chaturthi",
            "ganesha chaturthi",
            "vinayaka chaturthi",
            "vinayaka chavithi",
            "vinayagar chathurthi",
            "ganeshotsav",
        ],
        _HinduLunisolar,
        "GANESH_CHATURTHI_DATES",
        0,
    ),
    (
        [
            "janmashtami",
            "krishna janmashtami",
            "krishnashtami",
            "gokulashtami",
            "gokul ashtami",
            "sri krishna jayanti",
            "krishna jayanti",
        ],
        _HinduLunisolar,
        "JANMASHTAMI_DATES",
        0,
    ),
    (
        ["raksha bandhan", "rakhi purnima", "rakshabandhan"],
        _HinduLunisolar,
        "RAKSHA_BANDHAN_DATES",
        0,
    ),
    (
        [
            "maha shivaratri",
            "maha shivratri",
            "mahashivratri",
            "mahashivaratri",
            "shivaratri",
            "shivratri",
        ],
        _HinduLunisolar,
        "MAHA_SHIVARATRI_DATES",
        0,
    ),
    (
        [
            "makar sankranti",
            "makara sankranti",
            "makara sankranthi",
            "makar sankranthi",
            "sankranti",
            "sankranthi",
            "uttarayan",
        ],
        _HinduLunisolar,
        "MAKAR_SANKRANTI_DATES",
        0,
    ),
    (["pongal", "thai pongal", "thai pongal day"], _HinduLunisolar, "PONGAL_DATES", 0),
    (
        ["bhogi", "bogi", "bogi pandigai", "bhogi pandigai", "bhogi pongal"],
        _HinduLunisolar,
        "PONGAL_DATES",
        -1,
    ),
    (["mattu pongal", "maattu pongal"], _HinduLunisolar, "PONGAL_DATES", 1),
    (["kaanum pongal", "kanum pongal", "kannum pongal"], _HinduLunisolar, "PONGAL_DATES", 2),
    (["onam", "thiru onam", "thiruvonam", "thiruonam"], _HinduLunisolar, "ONAM_DATES", 0),
    (
        [
            "chhath",
            "chhath puja",
            "chhath parva",
            "chhathi",
            "dala chhath",
            "surya shashthi",
            "surya sashti",
            "surya shashti",
        ],
        _HinduLunisolar,
        "CHHATH_PUJA_DATES",
        0,
    ),
    (
        ["basant panchami", "vasant panchami", "saraswati puja", "shri panchami", "sri panchami"],
        _HinduLunisolar,
        "BASANT_PANCHAMI_DATES",
        0,
    ),
    (
        ["ram navami", "rama navami", "ramnavami", "sri rama navami"],
        _HinduLunisolar,
        "RAM_NAVAMI_DATES",
        0,
    ),
    (
        ["ugadi", "yugadi", "samvatsaradi", "gudi padwa", "chandramana ugadi", "yugadi ugadi"],
        _HinduLunisolar,
        "GUDI_PADWA_DATES",
        0,
    ),
    (["hanuman jayanti"], _HinduLunisolar, "HANUMAN_JAYANTI_DATES", 0),
    (
        ["mahavir jayanti", "mahavir janma kalyanak", "mahaveer jayanti"],
        _HinduLunisolar,
        "MAHAVIR_JAYANTI_DATES",
        0,
    ),
    (
        [
            "guru nanak jayanti",
            "guru nanak gurpurab",
            "guru nanaks birthday",
            "gurpurab",
            "guru nanak dev jayanti",
            "prakash utsav",
        ],
        _HinduLunisolar,
        "GURU_NANAK_JAYANTI_DATES",
        0,
    ),
    (
        [
            "guru gobind singh jayanti",
            "guru gobind singh birthday",
            "guru gobind singhs birthday",
            "guru gobind singh ji jayanti",
        ],
        _HinduLunisolar,
        "GURU_GOBIND_SINGH_JAYANTI_DATES",
        0,
    ),
    (
        [
            "guru ravidas jayanti",
            "guru ravidass jayanti",
            "guru ravidas birthday",
            "guru ravidass birthday",
            "ravidas jayanti",
            "ravidass jayanti",
        ],
        _HinduLunisolar,
        "GURU_RAVIDAS_JAYANTI_DATES",
        0,
    ),
    (
        [
            "valmiki jayanti",
            "maharishi valmiki jayanti",
            "maharshi valmiki jayanti",
            "pargat diwas",
            "pragat diwas",
        ],
        _HinduLunisolar,
        "MAHARSHI_VALMIKI_JAYANTI_DATES",
        0,
    ),
    (
        ["karva chauth", "karwa chauth", "karaka chaturthi"],
        _HinduLunisolar,
        "KARWA_CHAUTH_DATES",
        0,
    ),
    (
        ["vaisakhi", "baisakhi", "vaisakhi day", "baisakhi day"],
        _HinduLunisolar,
        "VAISAKHI_DATES",
        0,
    ),
    (["rath yatra", "ratha yatra", "rathayatra"], _HinduLunisolar, "RATH_YATRA_DATES", 0),
    (["guru purnima", "vyasa purnima"], _HinduLunisolar, "GURU_PURNIMA_DATES", 0),
    (["vishu"], _HinduLunisolar, "VISHU_DATES", 0),
    (["puthandu", "tamil new year"], _HinduLunisolar, "PUTHANDU_DATES", 0),
    (
        ["pohela boishakh", "pohela baishakh", "bengali new year", "noboborsho"],
        _HinduLunisolar,
        "POHELA_BOISHAKH_DATES",
        0,
    ),
    # 25 Boishakh, counted from 1 Boishakh as West Bengal reckons it
    (
        ["rabindranath jayanti", "rabindra jayanti", "tagore jayanti", "pochishe boishakh"],
        _HinduLunisolar,
        "POHELA_BOISHAKH_DATES",
        24,
    ),
    (["thaipusam"], _HinduLunisolar, "THAIPUSAM_DATES", 0),
    (["naag panchami", "nag panchami"], _HinduLunisolar, "NAAG_PANCHAMI_DATES", 0),
    # Buddhist, Chinese
    (
        [
            "vesak",
            "vesak day",
            "wesak",
            "visakha puja",
            "buddha day",
            "buddha purnima",
            "buddha jayanti",
            "buddhas birthday",
        ],
        _BuddhistLunisolar,
        "VESAK_DATES",
        0,
    ),
    (
        [
            "chinese new year",
            "lunar new year",
            "spring festival",
            "chinese lunar new year",
            "seollal",
        ],
        _ChineseLunisolar,
        "LUNAR_NEW_YEAR_DATES",
        0,
    ),
    (
        ["lantern festival", "yuanxiao festival", "shangyuan festival"],
        _ChineseLunisolar,
        "LUNAR_NEW_YEAR_DATES",
        14,
    ),
    (
        ["dragon boat festival", "duanwu festival", "tuen ng festival"],
        _ChineseLunisolar,
        "DRAGON_BOAT_DATES",
        0,
    ),
    (
        ["mid autumn festival", "moon festival", "mooncake festival", "chuseok"],
        _ChineseLunisolar,
        "MID_AUTUMN_DATES",
        0,
    ),
    (
        ["double ninth festival", "chung yeung festival", "chongyang festival"],
        _ChineseLunisolar,
        "DOUBLE_NINTH_DATES",
        0,
    ),
]


def parsi_new_year() -> list[dt.date]:
    """Navroz on the Shahenshahi calendar: a 365-day year, so one day earlier every leap year."""
    anchor = dt.date(2022, 8, 16)
    out = []
    for y in YEARS:
        d = anchor + dt.timedelta(days=365 * (y - 2022))
        out.append(d)
    return out


def main() -> None:
    rows = hebrew_rows()
    for names, cls, attr, shift in TABLES:
        rows.append({"names": names, "dates": _table(cls, attr, shift), "calendar": attr})
    rows.append(
        {
            "names": ["parsi new year", "jamshedi navroz", "pateti", "nowruz parsi"],
            "dates": parsi_new_year(),
            "calendar": "shahenshahi",
        }
    )
    seen: set[str] = set()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "// Lunar and lunisolar holidays by date, generated by scripts/make_lunar_holidays.py"
            f" from convertdate {version('convertdate')} (MIT; Hebrew calendar) and holidays"
            f" {version('holidays')} (MIT, vacanza/holidays; Islamic Umm al-Qura, Hindu 2001-2035,"
            " Chinese, Buddhist tables). Jewish holidays: the evening they begin. Do not edit.\n"
        )
        for row in rows:
            dup = seen.intersection(row["names"])
            assert not dup, dup
            seen.update(row["names"])
            dates = sorted({d.isoformat() for d in row["dates"]})
            out = {"names": row["names"], "rule": "table", "dates": dates}
            f.write(json.dumps(out, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
