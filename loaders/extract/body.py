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
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dipgraph.loaders.extract.agencies import news_agency
from dipgraph.loaders.extract.dates import WEEKDAYS
from dipgraph.loaders.extract.doctokens import doc_tokens, span_tokens
from dipgraph.loaders.extract.gazetteer import gazetteer

__all__ = ["Body", "body_tokens", "doc_sentences", "find_body", "item_marker", "lead_in",
           "line_first", "newline_sentences", "sentence_numbers", "sentences_back"]

_FINAL = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
_TRAILING_JUNK = re.compile(r"[\s\u25a0\u2022\u25aa\u25c6\u25cf\u25a1*|]+$")
#: An agency's sign-off after the last sentence of a paragraph: "... on 1 January. APS",
#: "... in Rabat. (MAP)".
_SIGN_OFF = re.compile(r"(?<=[.!?\"\u201d])\s+\(?[A-Z]{2,6}\)?\s*$")
_DATELINE = re.compile(  # "LAGOS/ACCRA, May 3 (Reuters) -": several filing places
    r"^(?P<city>[A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,3})"
    r"(?:/[A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,3}){0,4}"
    r"(?:, (?P<region>[A-Z][A-Za-z'\u2019.-]+(?: [A-Z][A-Za-z'\u2019.-]+)?)"
    r"(?=,| \(| ?[\u2014\u2013]| --))?"
    r"(?:, [A-Z][a-z]{2,8} \d{1,2}, \d{4}(?=, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}))?"  # (Hijri)
    r"(?:, (?P<date>[A-Z][a-zA-Z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}(?:,? \d{4})?))?"  # (WAM: "14th January, 2025")
    r"(?: \((?P<agency>[^)]{1,40})\)|,? (?P<named>[A-Z]{2,10})(?= --| -| \u2014| \u2013|\. ))?"
    r"\s*(?::|\u2014|\u2013|--|\.-|(?P<hyphen>(?<=[)\dA-Za-z]) -)|(?P<bare>(?<=\))(?= [A-Z]))"
    r"|(?P<stop>\.(?= [A-Z])))"  # ", SPA --", "YEREVAN, JULY 30, ARMENPRESS.", "Baku."
    r"\s+"  # ".-": EFE; "New Delhi, Jan 20 (PTI) External ...": PTI's, with no mark
)
_WORD = re.compile(r"\w+")
_AFTER_ANY = 1 << 62  # (an end past any line: bisecting (offset, this) lands on the line)
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


#: A date alone on a line above the story: "December 3, 2025", "Tuesday, May 13, 2025",
#: "3 December 2025 10:30 GMT".
_DATE_LINE = re.compile(r"^\s*(?:[A-Z][a-z]{2,8}, )?"  # (a weekday)
                        r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})"
                        r"(?:,? \d{1,2}[:.]\d{2}(?: ?[A-Z]{2,4})?)?\s*$")  # (a time)


@dataclass(frozen=True)
class Body:
    """Character spans of body lines, and the dateline span/city/date when one opens them.

    ``dateline_date`` is the dateline's own day ("March 3"), the day the story's
    "on Tuesday" and "today" count from when it differs from the publication day;
    ``dateline_agency`` the agency it credits ("Reuters", "VNA").
    """

    spans: tuple[tuple[int, int], ...]
    dateline: tuple[int, int] | None
    dateline_city: str | None
    dateline_date: str | None = None
    #: Starts of the list items a lead-in line introduces (see :func:`find_body`).
    items: frozenset[int] = frozenset()
    #: Of those, the items of a lead-in about texts ("The documents signed were:").
    text_items: frozenset[int] = frozenset()
    dateline_agency: str | None = None
    #: Starts of bulleted lines that are sentences of their own, under no lead-in of
    #: headlines ("• A and B held talks."): body text, unlike other bulleted lines.
    points: frozenset[int] = frozenset()

    def contains(self, char: int) -> bool:
        """True when offset ``char`` lies in a body line outside the dateline."""
        if self.dateline and self.dateline[0] <= char < self.dateline[1]:
            return False
        k = bisect_right(self.spans, (char, _AFTER_ANY)) - 1  # (lines come in text order)
        return k >= 0 and char < self.spans[k][1]


def _is_prose(line: str, stops: str = "") -> bool:
    """Whether ``line`` reads as prose: five words or more, ending with a full stop (or
    one of ``stops``: an item may end with ';')."""
    text = _SIGN_OFF.sub("", _TRAILING_JUNK.sub("", line))
    if text.lstrip().startswith(("*", "\u2022", "#", "|")):
        return False
    if len(_WORD.findall(text)) < 5 or _CREDITS.match(text):
        return False
    return bool(_FINAL.search(text)) or (bool(stops) and text.rstrip()[-1:] in stops)


#: A list's lead-in: prose that ends with a colon (five words or more, counted apart).
_LEAD_IN = re.compile(r"\w.*\w.*:\s*$")
#: The bullet or number that opens an item, then (``_ITEM``) words: "- a memorandum on X;",
#: "2. an accord", "iv. Agreed to ...".
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)]|[ivx]{1,4}[.)])\s+")
_ITEM = re.compile(_BULLET.pattern + r"\w")
#: A lead-in to a list of other stories or links, whose items are headlines, not the
#: story's sentences: "More stories from our Africa desk you may have missed:".
_HEADLINES = re.compile(r"\b(?:stories|headlines|related|see also|top news|trending|"
                        r"more from|links?|you may|also like|don't miss|in other news|"
                        r"more on|read more)\b", re.I)
#: A lead-in that lists what the story's actors did or decided: "the following outcomes:",
#: "the two Heads of State:", "the joint statement said:".
_ENUMERATES = re.compile(r"\b(?:following|includ\w*|agreed|decided|resolved|leaders|sides|"
                         r"ministers|heads? of (?:state|government)|statement|"
                         r"communiqu\w*|declaration|outcomes?|decisions?)\b", re.I)
#: An item that reads as part of the lead-in's sentence: it opens in lower case.
_RUN_ON = re.compile(_BULLET.pattern + r"[a-z]")
#: A lead-in about texts: its items may open with a capital ("- Memorandum on X").
_TEXTS = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|agreements?|accords?|memorand\w*|"
                    r"documents?|texts?|treat(?:y|ies)|declarations?|protocols?|deals?|"
                    r"instruments?|MoUs?)\b", re.I)


#: A place alone on a line above the story ("Thimphu", "Nuku'alofa, Tonga", "Jakarta \u25cf
#: Sat, June 28, 2025"): the place, then maybe its state, then maybe a date after a mark.
_LONE_PLACE = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z'\u2019.-]*(?: [A-Z][A-Za-z'\u2019.-]*){0,2})"
                         r"(?:, (?P<state>[A-Z][A-Za-z ]{2,30}?))?"
                         r"(?:\s*[\u25cf\u2022|\u2014\u2013-]\s*\S.*\d.*)?\s*$")  # (a date:
# not a headline "Moscow \u2013 Kyiv prisoner swap delayed")


def _lone_city(lines: list[str]) -> str | None:
    """A place on a line of its own above the story, when the gazetteer knows it as a
    city (and the state after it, if any, is the city's): the story's filing place."""
    gaz = gazetteer()
    for line in reversed(lines):
        lone = _LONE_PLACE.match(line)
        if not lone:
            continue
        iso = gaz.place_country(lone.group("city"))
        state = lone.group("state")
        if iso and (state is None or gaz.lookup_country(state) == iso):
            return lone.group("city")
    return None


def find_body(text: str) -> Body:
    """Body-line spans of ``text`` and the first body line's dateline, if any. The items
    of a list a prose line leads in to ("The texts signed include:" then "- a memorandum
    on X;") are body lines too, and so is the lead-in: items that open in lower case or
    are sentences of their own, or any item of a lead-in about texts (not a list of
    headlines after "More stories:")."""
    spans: list[tuple[int, int]] = []
    offset = 0
    listing = 0
    items: set[int] = set()
    texts: set[int] = set()
    points: set[int] = set()
    enumerated = headlines = False
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        marker = _END_MARK.search(stripped)
        if marker and _is_prose(stripped[: marker.start()]):
            stripped = stripped[: marker.start()]  # "... with Ethiopia. Enditem"
        lead_in = bool(_LEAD_IN.match(stripped)) and len(_WORD.findall(stripped)) >= 5 and \
            not _ITEM.match(stripped)
        item = bool(listing) and bool(_ITEM.match(stripped)) and len(
            _WORD.findall(stripped)) >= 3 and (bool(_RUN_ON.match(stripped)) or listing == 2
                                               or (enumerated and not stripped.rstrip(
                                                   ).endswith("?") and
                                                   _is_prose(_BULLET.sub("", stripped), ";")))
        # (an item that is a sentence of its own, "- The two governments signed X.", but
        # not a headline after "More stories:")
        told = not item and not headlines and bool(_ITEM.match(stripped)) and _is_prose(
            _BULLET.sub("", stripped))  # "• A and B held talks." (a key point, a recap; not
        # an item under "More stories:")
        if stripped.strip() and (_is_prose(stripped) or lead_in or item or told):
            spans.append((offset, offset + len(stripped)))
        if told:
            points.add(offset + len(stripped) - len(stripped.lstrip()))
        if item:
            items.add(offset + len(stripped) - len(stripped.lstrip()))
            if listing == 2:
                texts.add(offset + len(stripped) - len(stripped.lstrip()))
        if stripped.strip():  # (0: no list; 1: a list; 2: a list of texts)
            listing = (1 + bool(_TEXTS.search(stripped))) if lead_in else (
                listing if item else 0)
            enumerated = bool(_ENUMERATES.search(stripped)) and not _HEADLINES.search(
                stripped) if lead_in else enumerated
            headlines = bool(_HEADLINES.search(stripped)) if lead_in or stripped.rstrip(
            ).endswith(":") else (headlines and bool(_ITEM.match(stripped)))  # ("Related:")
        offset += len(line)
    dateline: tuple[int, int] | None = None
    city: str | None = None
    when: str | None = None
    agency: str | None = None
    if spans:
        start = spans[0][0]
        first = text[start : spans[0][1]]
        lead = len(first) - len(first.lstrip())
        match = _DATELINE.match(first.lstrip())
        if match and match.group("hyphen") and not (
                match.group("date") or ")" in match.group(0)
                or gazetteer().place_country(match.group("city"))):
            match = None  # a lone hyphen ends a dateline after a date, "(Reuters)" or a known
            # city ("VILNIUS - ", "Rabat - "), not an opening "UN - " or "BREAKING - "
        if match and match.group("bare") is not None and not match.group("date"):
            match = None  # (a bare dateline ends only after a date and an agency)
        named = match.group("named") if match else None
        if match and named and not news_agency(named, dateline=True) and (
                not match.group("date") or (
                gazetteer().lookup_country(named) or named in gazetteer().orgs)):
            match = None  # ("Riyadh, SPA --", not "Beijing, US - China trade talks ...";
            # after a date another code is the wire's: "GEORGETOWN, Guyana, Mar 27, CMC -")
        if match and match.group("stop") is not None and not (
                match.group("named") or (not match.group("date") and
                                         gazetteer().place_country(match.group("city")))):
            match = None  # a full stop ends a dateline after an agency or a lone known
            # city ("Baku. Azerbaijan's ministry ..."), not an opening "Mr. X" or "U.S. Y"
        if match and match.group("city").lower() in WEEKDAYS:
            match = None  # ("Friday, March 3, 2023 - 10:02.": a date line, not a place)
        if match and len(match.group("city")) <= 40:
            dateline = (start + lead, start + lead + match.end())
            when = match.group("date")
            agency = match.group("agency") or match.group("named")
            # "BRUSSELS/MOSCOW, ...": filed from several places, so no one home state
            city = None if "/" in match.group(0).split(",")[0] else match.group("city")
            if city and ". " in city and news_agency(city.split(". ", 1)[1], dateline=True):
                city, agency = city.split(". ", 1)  # "ASTANA. KAZINFORM -"
        else:
            before = [ln for ln in text[:start].splitlines() if ln.strip()][-3:]
            for line in reversed(before):
                lone = _DATELINE_LINE.match(line)
                if lone:
                    city, when = lone.group("city"), lone.group("date")
                    break
                bare = _DATE_LINE.match(line)
                if bare:  # "December 3, 2025" on its own line above the story
                    when = bare.group("date")
                    break
            if city is None:  # (a subhead may come between the place and the story)
                upto = spans[1][0] if len(spans) > 1 else start
                city = _lone_city([ln for ln in text[:upto].splitlines() if ln.strip() and
                                   not _is_prose(ln)][-4:])
    return Body(tuple(spans), dateline, city, when, frozenset(items), frozenset(texts), agency,
                frozenset(points))


@Language.component("dipgraph_newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines never join body text, and
    after 'on X.' (the platform) before a capitalised word."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_ or (
                token.text == "." and i > 0 and doc[i - 1].text == "X" and
                doc[i + 1].is_title):
            doc[i + 1].is_sent_start = True
    return doc


#: Marks that open a list line or a heading: "- a memorandum on X", "* Related".
_BULLETS = frozenset({"*", "\u2022", "#", "-", "\u2014"})


def doc_sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, found once per parse (``doc.sents`` walks every token each
    time it is read). Call it only once the parse is final, after the repairs: a later
    change of heads would not be seen. Bounds are kept, not spans (a Doc keeps picklable)."""
    bounds: list[tuple[int, int]] | None = doc.user_data.get("dipgraph_sents")
    if bounds is None:
        bounds = [(s.start, s.end) for s in doc.sents]
        doc.user_data["dipgraph_sents"] = bounds
    return [doc[a:b] for a, b in bounds]


def sentences_back(doc: Doc, start: int, n: int = 1) -> int:
    """Where the sentence ``n`` sentences before the one starting at token ``start``
    starts (the first sentence's own start when there are fewer)."""
    for _ in range(n):
        start = doc[start - 1].sent.start if start > 0 else start
    return start


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """The number of each sentence of ``doc`` (0 first), by the index of its first token."""
    numbers: dict[int, int] | None = doc.user_data.get("dipgraph_sent_no")
    if numbers is None:
        numbers = {s.start: n for n, s in enumerate(doc_sentences(doc))}
        doc.user_data["dipgraph_sent_no"] = numbers
    return numbers


def body_tokens(doc: Doc, body: Body) -> list[bool]:
    """Per token of ``doc``: whether it is body text. A sentence that opens its line with a
    bullet is not, unless it is an item a lead-in introduces."""
    in_body = [body.contains(t.idx) for t in doc_tokens(doc)]
    for sent in doc_sentences(doc):
        if sent[0].text not in _BULLETS and (sent.start == 0 or
                                             doc[sent.start - 1].text not in _BULLETS):
            continue  # (cheap test first: no bullet at or just before the sentence)
        opener = _line_opener(sent[0])  # (the bullet may be a sentence of its own)
        if opener is not None and opener.text in _BULLETS and opener.idx not in body.items \
                and opener.idx not in body.points:
            for t in span_tokens(sent):
                in_body[t.i] = False
    return in_body


def lead_in(sent: Span, body: Body) -> Span | None:
    """The lead-in of the list whose item ``sent`` is a sentence of ("The texts signed
    include:", "the two Heads of State:"), back over the items before it; None when the
    sentence is no item or the line before the items does not end with a colon."""
    doc = sent.doc
    if not body.items or line_first(sent[0]).idx not in body.items:
        return None
    k = sent.start - 1
    while k > 0 and (doc[k].is_space or line_first(doc[k].sent[0]).idx in body.items):
        k = k - 1 if doc[k].is_space else doc[k].sent.start - 1  # back over the items
    lead = doc[k].sent if k >= 0 else None
    return lead if lead is not None and lead.text.rstrip().endswith(":") else None


#: A roman item number, with or without its stop: "iv", "iv.".
_NUMERAL = re.compile(r"[ivx]{1,4}\.?")


def item_marker(doc: Doc, k: int, first: int) -> bool:
    """Whether token ``k`` of an item line opening at ``first`` is its bullet or number:
    "-", "2." or "3)", "iv." (not the "2025" of "2025-2029 plan of action")."""
    t = doc[k]
    after = doc[k + 1].text if k + 1 < len(doc) else ""
    return t.text in _BULLETS or t.text == "\u2013" or (t.text in (".", ")") and k > first) or \
        bool(_NUMERAL.fullmatch(t.text) and (t.text.endswith(".") or after in (".", ")"))) or (
            t.like_num and after in (".", ")"))


def line_first(tok: Token) -> Token:
    """The first token of ``tok``'s line."""
    doc, k = tok.doc, tok.i
    while k > 0 and "\n" not in doc[k - 1].text_with_ws:
        k -= 1
    return doc[k]


def _line_opener(tok: Token) -> Token | None:
    """The first token of ``tok``'s line when a bullet ('-', '*') alone stands before
    ``tok`` on it, or ``tok`` itself when it opens the line; None otherwise (not the dash
    of a dateline: 'LISBON \u2014 The premier arrived ...')."""
    first = line_first(tok)
    if first == tok:
        return tok
    return first if first.i == tok.i - 1 and len(first.text) == 1 else None
