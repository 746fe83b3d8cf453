"""Dates: phrases of the text resolved against the publication date.

"on Sunday" is the Sunday on or before publication; "today", "this afternoon",
"tonight" the publication day; "Jan 30, 2024", "26 August 2024", "Sept. 19";
"Sept. 2021", "July this year", "last August", "late last month", "last year",
"a year ago", "in 2018". Phrases relative to another date of the story ("the
day before", "the following day", "three days later") count from ``anchor``,
the last day the text named. The result keeps the granularity the text gives
(``2023``, ``2023-07``, ``2023-07-14``). Phrases that cannot be placed on a
calendar day, month or year ("next week", "the previous evening") resolve to
nothing; "last week" keeps only its month when the week lies in one. Also: "on the
3rd" (that day of the publication month, or of the month before when still to come),
"Tuesday last week", "the first week of March" / "earlier in May" (the month), "three
months ago", "two years ago", "12-13 December" (the first day), and from the anchor
"a week earlier", "two weeks later", "the same day".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.namewords import TIME_ZONES

__all__ = ["WEEKDAYS", "DatePhrase", "day_headings", "is_month", "resolve_date",
           "sentence_dates"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|" \
         r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b")
_DMY = re.compile(r"\b(?<![\d\u2013-])(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[\u2013-]\s*"
                  r"\d{1,2}(?:st|nd|rd|th)?)?(?:\s+of)?\s+" + _MONTH +
                  r"(?:,?\s+(?P<year>\d{4}))?\b")
_MY = re.compile(_MONTH + r",?\s+(?P<year>\d{4}|this year|last year)\b")
_MONTH_ONLY = re.compile(r"^(?:in |early |late |mid-|mid |the end of |the start of )*"
                         r"(?P<last>last |this |this past |earlier this )?" + _MONTH + r"$")
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DAYS_AGO = re.compile(r"^(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)"
                       r" (?P<unit>days?|weeks?) ago$")
_RELATIVE_DAY = re.compile(
    r"^(?:(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|the) )?"
    r"(?:(?:previous|following|next) )?days? ?(?P<dir>before|earlier|after|later|previous|"
    r"following|next)?$"
)
_ANCHOR_WEEKS = re.compile(r"^(?P<n>\d{1,2}|a|one|two|three|four) weeks? "
                           r"(?P<dir>earlier|before|later|after)$")
_YEAR = re.compile(r"\b(?:in |since )?(?P<year>(?:19|20)\d{2})\b")
_WEEKDAY = re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_TODAY = re.compile(r"\b(today|tonight|this (morning|afternoon|evening))\b")
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_PAREN_DAY = re.compile(r"\((?P<day>\d{1,2})\)")


def is_month(word: str) -> bool:
    """A month's name or abbreviation ('May', 'Sept.')."""
    return re.fullmatch(_MONTH, word.lower()) is not None


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept")
                   else name.lower().rstrip(".")[:3]]


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative_day(low: str, published: date | None, anchor: str | None) -> str | None:
    """'the day before' / 'three days later' from ``anchor``; 'two days ago' from
    ``published``. None when ``low`` is no such phrase, "" when it is one that
    cannot be placed (no anchor day)."""
    m = _DAYS_AGO.match(low)
    if m:
        if published is None:
            return ""
        units = _NUMBERS.get(m.group("n"), 0) or int(m.group("n"))
        days = units * 7 if m.group("unit").startswith("week") else units  # "a week ago"
        return (published - timedelta(days=days)).isoformat()
    low = low.removeprefix("on ")
    if low in ("the same day", "that day", "that same day", "the same evening"):
        base = _parse_day(anchor)
        return base.isoformat() if base else ""
    m = _ANCHOR_WEEKS.match(low)
    if m:
        base = _parse_day(anchor)
        if base is None:
            return ""
        weeks = _NUMBERS.get(m.group("n"), 0) or int(m.group("n"))
        back = m.group("dir") in ("earlier", "before")
        return (base - timedelta(days=7 * weeks if back else -7 * weeks)).isoformat()
    m = _RELATIVE_DAY.match(low)
    if not m or not ("day" in low and any(w in low for w in (
            "before", "earlier", "after", "later", "previous", "following", "next"))):
        return None
    base = _parse_day(anchor)
    n = m.group("n")
    if base is None or (n is None and low.startswith("days")):
        return ""  # (nor "days later": some days, not one)
    count = 1 if n in (None, "the") else (_NUMBERS.get(n) or int(n))
    back = any(w in low for w in ("before", "earlier", "previous"))
    return (base - timedelta(days=count if back else -count)).isoformat()


_WEEKS = {"last week": (-7, 6), "earlier this week": (0, None), "this week": (0, None),
          "early this week": (0, None), "earlier in the week": (0, None),
          "early last week": (-7, 6), "late last week": (-7, 6), "earlier last week": (-7, 6),
          "last weekend": (-2, 1), "this past weekend": (-2, 1), "the weekend": (-2, 1),
          "over the weekend": (-2, 1), "at the weekend": (-2, 1)}


def _week_month(low: str, published: date | None) -> str | None:
    """'last week', 'earlier this week', 'last weekend': only the month is known, when
    the whole span lies in one month ("" when it does not, None for other phrases)."""
    spec = _WEEKS.get(low.removeprefix("on ").removeprefix("at "))
    if spec is None:
        return None
    if published is None:
        return ""
    offset, length = spec
    if length == 1:  # the Saturday and Sunday before publication
        first = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
    else:
        first = published - timedelta(days=published.weekday()) + timedelta(days=offset)
    last = published if length is None else first + timedelta(days=length)
    if (first.year, first.month) != (last.year, last.month):
        return ""
    return f"{first.year:04d}-{first.month:02d}"


_ORDINAL_DAY = re.compile(r"^(?:on )?the (?P<day>\d{1,2})(?:st|nd|rd|th)$")
_WEEKDAY_LAST_WEEK = re.compile(
    r"^(?:on )?(?:last week on |last week's )?(?P<wd>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?: of)?(?: last week| the previous week| the week before)?$")
_PART_OF_MONTH = re.compile(
    r"^(?:in |during |by |at |on )?the (?:(?:first|second|third|fourth|last|final) (?:week|days?|"
    r"half|fortnight)|end|start|beginning|middle) of " + _MONTH + r"$")
_EARLIER_IN = re.compile(r"^(?:earlier|later) in " + _MONTH + r"$")
_UNITS_AGO = re.compile(r"^(?:about |some |nearly |almost |more than )?(?P<n>\d{1,2}|a|one|two|"
                        r"three|four|five|six|seven|eight|nine|ten) (?P<unit>months?|years?) ago$")


def _month_of(month: int, pub: date) -> str:
    """A month named without a year: the latest such month up to the publication month."""
    year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}"


def _loose_relative(low: str, pub: date) -> str | None:
    """Phrases the calendar patterns below leave out: "on the 15th" (that day of the
    publication month, or of the month before when the day is still to come), "Tuesday
    last week", "the first week of March" or "the end of March" (the month), "earlier in
    May", "three months ago" (its month), "two years ago" (its year). None for other
    phrases, "" for one that cannot be placed."""
    m = _ORDINAL_DAY.match(low)
    if m:
        day = int(m.group("day"))
        if day <= pub.day:
            return _day(pub.year, pub.month, day) or ""
        prev = pub.replace(day=1) - timedelta(days=1)
        return _day(prev.year, prev.month, day) or ""
    m = _WEEKDAY_LAST_WEEK.match(low)
    if m and "week" in low:
        monday = pub - timedelta(days=pub.weekday() + 7)
        return (monday + timedelta(days=WEEKDAYS.index(m.group("wd")))).isoformat()
    m = _PART_OF_MONTH.match(low) or _EARLIER_IN.match(low)
    if m:
        return _month_of(_month(m.group("mon")), pub)
    m = _UNITS_AGO.match(low)
    if m:
        n = _NUMBERS.get(m.group("n"), 0) or int(m.group("n"))
        if m.group("unit").startswith("year"):
            return f"{pub.year - n:04d}"
        months = pub.year * 12 + pub.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return None


def _parse_day(value: str | None) -> date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def resolve_date(text: str, published: date | None, anchor: str | None = None) -> str | None:
    """ISO (partial) date of a date phrase, or None when it cannot be placed.

    ``published`` is the date the story is written against (its dateline day or
    publication day); ``anchor`` the last full day the story named before the phrase.
    """
    low = " ".join(text.lower().split())
    low = re.sub(r"(?:'s|\u2019s)$", "", low)  # "last month's talks", "Tuesday's summit"
    low = re.sub(r"^(?:only|just|as recently as|as early as|as late as) ", "", low)
    shifted = _relative_day(low, published, anchor)
    if shifted is not None:
        return shifted or None
    week = _week_month(low, published)
    if week is not None:
        return week or None
    if published is not None:
        other = _loose_relative(low, published)
        if other is not None:
            return other or None
    if "next" in low or "week" in low or "previous" in low or "coming" in low:
        return None
    pub = published
    m = _MDY.search(low) or _DMY.search(low)
    if m:
        month, day = _month(m.group("mon")), int(m.group("day"))
        if m.group("year"):
            return _day(int(m.group("year")), month, day)
        if pub is None:
            return None
        year = pub.year
        if re.search(r"\blast year\b", low):
            year -= 1  # "on July 22 last year"
        elif (date(year, month, min(day, 28)) - pub).days > 60:
            year -= 1
        return _day(year, month, day)
    m = _MY.search(low)
    if (m and pub is not None) or (m and m.group("year").isdigit()):
        assert m is not None
        y = m.group("year")
        year = int(y) if y.isdigit() else (pub.year if pub and y == "this year" else
                                           (pub.year - 1 if pub else 0))
        return f"{year:04d}-{_month(m.group('mon')):02d}" if year else None
    if pub is not None:
        m = _WEEKDAY.search(low)
        if m and "since" not in low:
            back = (pub.weekday() - WEEKDAYS.index(m.group("wd"))) % 7
            if back == 0 and re.search(r"\blast\b", low):
                back = 7  # "last Wednesday" written on a Wednesday is a week back
            return (pub - timedelta(days=back)).isoformat()
        if _TODAY.search(low):
            pm = _PAREN_DAY.search(low)
            if pm:
                return _day(pub.year, pub.month, int(pm.group("day")))
            return pub.isoformat()
        word, _, rest = low.partition(" ")
        if low == "last night" or (word == "yesterday" and (
                not rest or rest in _PARTS_OF_DAY)):  # "yesterday evening"
            return (pub - timedelta(days=1)).isoformat()
        if "last year" in low or "a year ago" in low or "year ago" in low:
            return f"{pub.year - 1:04d}"
        low = re.sub(r"^(?:in |on |at )?(?:the )?(?:early |late |mid-|mid |end of |start of |"
                     r"beginning of |middle of )", "", low)
        if low in ("this year", "earlier this year", "year", "the year"):
            return f"{pub.year:04d}"
        if low in ("last month", "earlier this month", "this month", "the month",
                   "later this month", "earlier in the month", "later in the month"):
            if low == "last month":
                first = pub.replace(day=1) - timedelta(days=1)
                return f"{first.year:04d}-{first.month:02d}"
            return f"{pub.year:04d}-{pub.month:02d}"
        m = _MONTH_ONLY.match(low)
        if m:
            month = _month(m.group("mon"))
            year = pub.year if month <= pub.month else pub.year - 1
            if m.group("last") == "last " and month == pub.month:
                year -= 1  # "last May" written in May is a year back
            elif m.group("last") == "this ":
                year = pub.year
            return f"{year:04d}-{month:02d}"
    m = _YEAR.search(low)
    if m and not re.search(r"\d{4}\s*-\s*\d", low):
        return m.group("year")
    return None


@dataclass(frozen=True)
class DatePhrase:
    """A resolved date phrase: its span in the doc, its ISO value, its root token."""

    start: int
    end: int
    value: str
    root: Token
    #: told of what is still to come ("will meet on Monday"): no story's day or scene
    ahead: bool = False


def _day_first(ent: Span) -> Span:
    """'03 December 2024' when the NER took only 'December 2024' ("today, Tuesday, 03
    December 2024"): the day number before the month belongs to the date."""
    k = ent.start - 1
    day = ent.doc[k].text if k >= 0 else ""
    if re.fullmatch(_MONTH, ent[0].lower_.rstrip(".")) and day.isdigit() and len(day) <= 2 \
            and 1 <= int(day) <= 31:
        return ent.doc[k : ent.end]
    return ent


def _extend(ent: Span) -> str:
    """The entity text plus a following '(16)' or '(Jan 30)' that spaCy leaves out."""
    doc = ent.doc
    text = ent.text
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(":
        close = next((k for k in range(ent.end + 1, min(ent.end + 5, len(doc)))
                      if doc[k].text == ")"), None)
        if close is not None:
            text += " " + doc[ent.end : close + 1].text
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("before", "after", "earlier", "later") and \
            nxt.dep_ == "advmod" and ent.start <= nxt.head.i < ent.end and \
            ent[-1].lemma_ in ("day", "week"):
        text += " " + nxt.text  # "The day before, X met Y": the NER left out 'before'
    k = ent.start - 1
    while k >= 0 and k >= ent.start - 3 and (
            doc[k].lower_ in ("late", "early", "night") or doc[k].lower_ in WEEKDAYS):
        text = doc[k].text + " " + text
        k -= 1
    return text


def sentence_dates(
    sent: Span, published: date | None, ents: list[Span] | None = None,
    anchor: str | None = None,
) -> list[DatePhrase]:
    """Resolved DATE/TIME phrases of one sentence, in order.

    ``ents`` are the doc's DATE/TIME entities when the caller has them already
    (reading ``sent.ents`` for every sentence costs a pass over the doc);
    ``anchor`` is the last full day named before the sentence, for "the day before".
    """
    out: list[DatePhrase] = []
    if ents is None:
        ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    for ent in ents:
        if ent.start < sent.start or ent.end > sent.end:
            continue
        ent = _day_first(ent)
        text = _extend(ent)
        paren = re.search(r"\(([^)]*)\)", text)
        value = None
        if paren:
            value = resolve_date(paren.group(1), published, anchor)
            if value is None and paren.group(1).strip().isdigit():
                value = resolve_date(text, published, anchor)
        if value is None:
            value = resolve_date(text, published, anchor)
        comma = next((t for t in span_tokens(ent) if t.text == ","), None)
        if value is None and comma is not None and comma.i > ent.start:
            ent = ent.doc[ent.start : comma.i]  # "in July, days after": the NER ran on
            value = resolve_date(ent.text, published, anchor)
        ahead = False
        if value and published is not None and _BARE_WEEKDAY.fullmatch(text.lower()):
            told = _ahead(ent.root)  # "will meet on Monday": the coming Monday; "said he
            if told is not None:  # would go on Tuesday": the nearer of the two Tuesdays
                value, ahead = _forward(value, published, sure=told)
        if value:
            if len(value) == 10:
                anchor = value
            root = ent.root
            while root.head != root and root.head.lower_ in _PARTS_OF_DAY:
                root = root.head
            out.append(DatePhrase(ent.start, ent.end, value, root, ahead))
    if published is not None:
        taken = {i for d in out for i in range(d.start, d.end)}
        for tok in span_tokens(sent):
            if tok.i not in taken and _bare_ordinal(tok):
                value = resolve_date(f"the {tok.text}", published, anchor)
                if value:
                    out.append(DatePhrase(tok.i - 1, tok.i + 1, value, tok))
            elif tok.i not in taken and tok.lower_ in ("today", "yesterday") and \
                    tok.dep_ in ("npadvmod", "advmod"):
                value = resolve_date(tok.lower_, published, anchor)  # (untagged by the NER)
                if value:
                    out.append(DatePhrase(tok.i, tok.i + 1, value, tok))
        out.sort(key=lambda d: d.start)
    return out


#: A weekday alone, which the tense of its clause places before or after the story.
_BARE_WEEKDAY = re.compile(rf"(?:on )?(?:{'|'.join(WEEKDAYS)})"
                           rf"(?: (?:{'|'.join(sorted(_PARTS_OF_DAY))}))?")
#: Verbs whose simple present with a weekday tells a timetable: "the summit opens on Tuesday".
#: (Not acts that are facts themselves, "visits", "meets": a present-tense headline may
#: tell one already done.)
_TIMETABLED = frozenset({"open", "begin", "start", "close", "end", "convene", "resume", "kick"})
#: Words a plan hangs on: "is due to arrive on Monday", "is set to sign on Friday".
_PLANNED = frozenset({"due", "set", "schedule", "expect", "plan"})


def _ahead(tok: Token) -> bool | None:
    """Whether the clause a date hangs on tells what is still to come: surely ("will meet
    on Monday", "is due to arrive on Friday": True) or as a past report may ("said he would
    speak on Wednesday", "was due to arrive on Friday": False); None when it does not."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lemma_ in ("will", "shall") for c in v.children):
            return True
        if v.tag_ in ("VBZ", "VBP") and v.lemma_ in _TIMETABLED and not any(
                c.dep_ in ("aux", "auxpass") for c in v.children):
            return True  # "the summit opens on Tuesday"
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in v.children) and \
                v.dep_ == "ccomp":
            return False
        if v.lemma_ in _PLANNED and v.tag_ == "VBN" and any(
                c.dep_ == "auxpass" for c in v.children):  # "talks are scheduled for
            return not any(c.tag_ == "VBD" for c in v.children if c.dep_ in (  # Saturday"
                "aux", "auxpass"))  # (but "were set for Friday" may be past)
        if v.dep_ == "xcomp" and v.head.lemma_ in _PLANNED:
            plan = v.head  # ("is due to", "was scheduled to", "planned to"): its tense
            near = [plan, plan.head, *(c for c in plan.children if c.dep_ in ("aux", "auxpass"))]
            return not any(t.tag_ == "VBD" for t in near)
        if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _forward(value: str, published: date, *, sure: bool) -> tuple[str, bool]:
    """The weekday resolved back to the one on or before ``published``, moved to the one
    on or after it when the clause is surely of the future, else to whichever of the two
    lies nearer; and whether the day is still to come."""
    day = date.fromisoformat(value)
    ahead = day + timedelta(days=7) if day < published else day
    if not sure and (published - day) < (ahead - published):
        return value, False
    return ahead.isoformat(), ahead >= published


def _bare_ordinal(tok: Token) -> bool:
    """'met on the 3rd': an ordinal day the NER tags ORDINAL, after 'on the'."""
    doc = tok.doc
    return tok.text[:1].isdigit() and bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", tok.text)) \
        and tok.i >= 2 and \
        doc[tok.i - 1].lower_ == "the" and doc[tok.i - 2].lower_ == "on" and \
        (tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("of", "century"))


#: What sets a note off a heading's day ("Sunday 3 May - all times GMT"), and a note of
#: the page's clock.
_NOTE_SEP = re.compile(r"\s+[-\u2013\u2014|]\s+")
_TIME_NOTE = re.compile(r"(?i:\ball times\b|\blocal time\b|\btimes? (?:are )?local\b)|\b(?:"
                        + "|".join(sorted(TIME_ZONES)) + r")\b")  # (zone codes in capitals)


#: A live page's entry stamped with a weekday and a clock ("TUESDAY, 6:05 p.m. - X").
_WEEKDAY_CLOCK = re.compile(r"\s*(?P<day>" + "|".join(WEEKDAYS) + r")\b,?\s+\d{1,2}[:.]\d{2}"
                            r"\s*(?:[ap]\.?m\.?)?\s+[-\u2013\u2014|]", re.IGNORECASE)


#: A weekday alone on its line ("FRIDAY", "Thursday:"): a live page's day heading.
_WEEKDAY_LINE = re.compile(r"\s*(?P<day>" + "|".join(WEEKDAYS) + r")\s*:?\s*", re.IGNORECASE)


def day_headings(text: str, published: date | None) -> list[tuple[int, str]]:
    """Lines that are a day alone ("Tuesday 3 September", "Monday, Sept. 2, 2024"): a live
    page's headings, which date the entries under them. A line with no weekday counts only
    on a page with two or more ("May 15, 2024" alone is a release's date line). An entry
    stamped with a weekday and a clock ("MONDAY, 1:10 p.m. - X") is dated from its own
    line on, by the last such weekday; a weekday alone on a line ("FRIDAY") heads a day.
    Each as (where the dating starts, the day)."""
    out: list[tuple[int, str, bool]] = []  # (where the dating starts, day, names a weekday)
    at = 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        stamp = _WEEKDAY_CLOCK.match(line)
        if stamp and len(day := resolve_date(stamp["day"].lower(), published) or "") == 10:
            out.append((start, day, True))
            continue
        if (bare := _WEEKDAY_LINE.fullmatch(line)) and \
                len(day := resolve_date(bare["day"].lower(), published) or "") == 10:
            out.append((at, day, True))  # "FRIDAY" alone on its line: the entries below
            continue
        sep = _NOTE_SEP.search(line)
        if sep and _TIME_NOTE.search(line[sep.end() :]):
            line = line[: sep.start()]  # "Sunday, 31 August 2025 - all times local": the day
        every = line.lower().replace(",", " ").split()
        low = " ".join(w for w in every if w not in WEEKDAYS).rstrip(".")
        if (_MDY.fullmatch(low) or _DMY.fullmatch(low)) and \
                len(day := resolve_date(low, published) or "") == 10:
            out.append((at, day, len(every) > len(low.split())))
    return [(at, day) for at, day, _ in out] if len(out) >= 2 or any(
        weekday for _, _, weekday in out) else []
