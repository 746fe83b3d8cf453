"""What counts as body text: web boilerplate out, datelines recognised.

Scraped articles carry navigation lines, headlines, photo captions, "Source : AA",
"Advertisement", tweet embeds, wire credits ("Reporting by ...; Editing by ...").
A line is body text when it reads as prose: it has at least five words and ends
with sentence punctuation (a closing quote or bracket after it is fine).
A dateline ("TEHRAN, Feb. 16 (Xinhua) --",
"PUTRAJAYA:", "Cairo \u2014") opening a body line is kept apart: it names the place
the story is filed from, not an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from dipgraph.loaders.extract.gazetteer import gazetteer

__all__ = ["Body", "find_body", "newline_sentences"]

_FINAL = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
_TRAILING_JUNK = re.compile(r"[\s\u25a0\u2022\u25aa\u25c6\u25cf\u25a1*|]+$")
_DATELINE = re.compile(  # "LAGOS/ACCRA, May 3 (Reuters) -": several filing places
    r"^(?P<city>[A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,3})"
    r"(?:/[A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,3}){0,4}"
    r"(?:, (?P<region>[A-Z][A-Za-z'\u2019.-]+(?: [A-Z][A-Za-z'\u2019.-]+)?)"
    r"(?=,| \(| ?[\u2014\u2013]| --))?"
    r"(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"(?: \([^)]{1,40}\))?"
    r"\s*(?::|\u2014|\u2013|--|\.-|(?P<hyphen>(?<=[)\dA-Z]) -)|(?P<bare>(?<=\))(?= [A-Z])))"
    r"\s+"  # ".-": EFE; "New Delhi, Jan 20 (PTI) External ...": PTI's, with no mark
)
_WORD = re.compile(r"\w+")
#: A wire's end-of-story mark after the last sentence: "... ties with Ethiopia. Enditem".
_END_MARK = re.compile(r"(?<=[.!?\"\u201d])\s+(?:Enditem|\(?END\)?|-30-|###)\s*$")
#: Wire-service credit lines: "Reporting by X in Dubai; Editing by Y" names no actor.
_CREDITS = re.compile(
    r"^\W*(?:additional |further )?(?:reporting|writing|editing|compiled|translated|"
    r"produced|written|edited|photographs?|photos?|video) by\b", re.IGNORECASE)
_DATELINE_LINE = re.compile(  # "NEW DELHI, May 10, 2024 11:04 IST" on a line of its own
    r"^\s*(?P<city>[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,3}),\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2})\b"
)


@dataclass(frozen=True)
class Body:
    """Character spans of body lines, and the dateline span/city/date when one opens them.

    ``dateline_date`` is the dateline's own day ("March 3"), the day the story's
    "on Tuesday" and "today" count from when it differs from the publication day.
    """

    spans: tuple[tuple[int, int], ...]
    dateline: tuple[int, int] | None
    dateline_city: str | None
    dateline_date: str | None = None

    def contains(self, char: int) -> bool:
        """True when offset ``char`` lies in a body line outside the dateline."""
        if self.dateline and self.dateline[0] <= char < self.dateline[1]:
            return False
        return any(start <= char < end for start, end in self.spans)


def _is_prose(line: str) -> bool:
    text = _TRAILING_JUNK.sub("", line)
    if text.lstrip().startswith(("*", "\u2022", "#", "|")):
        return False
    if len(_WORD.findall(text)) < 5 or _CREDITS.match(text):
        return False
    return bool(_FINAL.search(text))


def find_body(text: str) -> Body:
    """Body-line spans of ``text`` and the first body line's dateline, if any."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        marker = _END_MARK.search(stripped)
        if marker and _is_prose(stripped[: marker.start()]):
            stripped = stripped[: marker.start()]  # "... with Ethiopia. Enditem"
        if stripped.strip() and _is_prose(stripped):
            spans.append((offset, offset + len(stripped)))
        offset += len(line)
    dateline: tuple[int, int] | None = None
    city: str | None = None
    when: str | None = None
    if spans:
        start = spans[0][0]
        first = text[start : spans[0][1]]
        lead = len(first) - len(first.lstrip())
        match = _DATELINE.match(first.lstrip())
        if match and match.group("hyphen") and not (
                match.group("date") or ")" in match.group(0)
                or gazetteer().place_country(match.group("city"))):
            match = None  # a lone hyphen ends a dateline after a date, "(Reuters)" or a known
            # city ("VILNIUS - "), not an opening "UN - " or "BREAKING - "
        if match and match.group("bare") is not None and not match.group("date"):
            match = None  # (a bare dateline ends only after a date and an agency)
        if match and len(match.group("city")) <= 40:
            dateline = (start + lead, start + lead + match.end())
            when = match.group("date")
            # "BRUSSELS/MOSCOW, ...": filed from several places, so no one home state
            city = None if "/" in match.group(0).split(",")[0] else match.group("city")
        else:
            before = [ln for ln in text[:start].splitlines() if ln.strip()][-3:]
            for line in reversed(before):
                lone = _DATELINE_LINE.match(line)
                if lone:
                    city, when = lone.group("city"), lone.group("date")
                    break
    return Body(tuple(spans), dateline, city, when)


@Language.component("dipgraph_newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines never join body text."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc
