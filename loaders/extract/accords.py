"""Accords: one entity per agreement of the article, however it is worded.

Proper names ("the Simla Agreement", "the 1966 Geneva Agreement") are their
own canonical names. Descriptions ("a 2018 military tension-reduction accord",
"the Sept. 19 military agreement") corefer when their heads are of one kind
(agreement/accord/deal/pact/treaty; declaration; memorandum; ceasefire/truce;
...) and they share a content modifier ("military"). A bare "the agreement" or
"this pivotal agreement" points back to the last accord of its kind (or, with
a demonstrative, to the last accord at all). Dates in the wordings combine:
"2018" + "Sept. 19" -> 2018-09-19.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from dipgraph.loaders.extract.dates import resolve_date
from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["AccordInfo", "resolve_accords"]


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())

_CLASSES = {
    "agreement": "agreement", "agreements": "agreement", "accord": "agreement",
    "accords": "agreement", "deal": "agreement", "deals": "agreement", "pact": "agreement",
    "pacts": "agreement", "treaty": "agreement", "treaties": "agreement",
    "declaration": "declaration", "communique": "communique", "communiqué": "communique",
    "convention": "convention", "charter": "charter", "protocol": "protocol",
    "memorandum": "memorandum", "memoranda": "memorandum", "memorandums": "memorandum",
    "mou": "memorandum", "mous": "memorandum",
    "ceasefire": "ceasefire", "truce": "ceasefire", "armistice": "ceasefire",
}
_GENERIC = _words(
    "other bilateral previous international new several two three both all such this that "
    "these those key landmark historic formal pivotal vital significant existing earlier "
    "various multiple many some any first its their his her our a an the of understanding "
    "and same most"
)
_MONTHISH = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_MD = re.compile(
    r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2})\b", re.I
)


@dataclass
class AccordInfo:
    """One accord: canonical name, wordings, date when the text gives one."""

    key: str
    name: str
    cls: str
    aliases: list[str] = field(default_factory=list)
    year: str | None = None
    month_day: str | None = None
    strong: bool = True
    proper: bool = False
    anchored: bool = False
    mentions: int = 0
    acronyms: set[str] = field(default_factory=set)

    @property
    def date(self) -> str | None:
        if self.year and self.month_day:
            value = resolve_date(f"{self.month_day}, {self.year}", None)
            return value or self.year
        return self.year


def _strip(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "this", "that"):
        words = words[1:]
    return " ".join(words)


def _content(words: list[str]) -> set[str]:
    return {w.lower() for w in words
            if w.lower() not in _GENERIC and w.lower() not in _CLASSES
            and not _MONTHISH.match(w) and not any(ch.isdigit() for ch in w)}


_CALL_VERBS = _words("call describe hail dub term label")


def _described(root: Token) -> bool:
    """True for the NP of "what X called <NP>" / "which X described as <NP>"."""
    head = root.head
    if head.pos_ == "ADP" and head.lower_ == "as":
        head = head.head
    return head.lemma_ in _CALL_VERBS and root.dep_ in ("oprd", "dobj", "attr", "pobj", "xcomp") \
        and any(c.lower_ in ("what", "which") for c in head.subtree if c.i < head.i)


_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9-]{1,9})\)")


def _acronyms(raw: str, name: str) -> set[str]:
    """Short forms an accord may be called by: a bracketed '(CFE)' in its wording, and
    the initials of its capitalised name words ('Comprehensive Nuclear-Test-Ban' -> CNTB)."""
    out = set(_BRACKETED.findall(raw))
    caps = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper() and w.lower() not in _CLASSES]
    if len(caps) >= 2:
        out.add("".join(w[0] for w in caps))
    return out


def _acronym_of(text: str, accords: dict[str, AccordInfo], order: list[str]) -> str | None:
    """The earlier accord a short name ('the CFE Treaty', 'the CTBT') abbreviates."""
    words = [w for w in text.split() if w.lower() not in _CLASSES and w.lower() != "the"]
    if len(words) != 1 or not words[0].isupper():
        return None
    for k in reversed(order):
        if words[0] in accords[k].acronyms:
            return k
    return None


def _apposed_to(dm: DocMentions, root: Token, of_mention: dict[int, str]) -> str | None:
    """The accord a description stands in apposition to ('X Treaty, a landmark pact')."""
    if root.dep_ != "appos":
        return None
    j = dm.owner[root.head.i]
    return of_mention.get(j) if j >= 0 else None


def _between(dm: DocMentions, root: Token) -> str:
    """'between Iran and Israel' right after an accord's head: the states that are its
    parties, as words of its name (the tokens stay the states' own mentions)."""
    nxt = root.i + 1
    for prep in root.rights:
        if prep.dep_ != "prep" or prep.lower_ != "between" or prep.i != nxt:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        toks = [*objs[:1], *(objs[0].conjuncts if objs else ())]
        if len(toks) >= 2 and all(dm.owner[t.i] >= 0 and
                                  dm.mentions[dm.owner[t.i]].kind == "Country" for t in toks):
            return dm.doc[prep.i : objs[0].right_edge.i + 1].text
    return ""


_MADE = _words("sign conclude reach strike seal ink agree adopt")


def _participle_date(root: Token) -> str:
    """'an agreement signed in 2001': the date phrase of the participle that made it."""
    for acl in root.children:
        if acl.dep_ == "acl" and acl.lemma_ in _MADE:
            return " ".join(t.text for t in acl.subtree if t.ent_type_ == "DATE")
    return ""


def resolve_accords(dm: DocMentions) -> tuple[dict[str, AccordInfo], dict[int, str]]:
    """Accord clusters by key, and mention index -> accord key."""
    accords: dict[str, AccordInfo] = {}
    of_mention: dict[int, str] = {}
    order: list[str] = []
    doc = dm.doc
    for j, m in enumerate(dm.mentions):
        if m.kind != "Accord":
            continue
        span = doc[m.start : m.end]
        head = span.root.lower_
        cls = _CLASSES.get(head, "agreement")
        text = _strip(m.text.strip(" ,;:\"\u201c\u201d'\u2019"))
        parties = _between(dm, span.root)
        if parties:
            text = f"{text} {parties}"  # "a ceasefire between Iran and Israel"
        words = text.split()
        proper = any((t.is_title or (t.is_upper and len(t) > 1)) and t.ent_type_ != "DATE"
                     and not _MONTHISH.match(t.text) and t.lower_ not in _CLASSES
                     for t in span) or (span.root.is_title and (
            len(span) > 1 and span[0].is_title))
        content = _content(words)
        year = _YEAR.search(text) or _YEAR.search(_participle_date(span.root))
        md = _MD.search(text)
        dets = {t.lower_ for t in doc[max(0, m.start - 2) : m.end]}
        key = None
        if "other" in {t.lower_ for t in doc[max(0, m.start - 1) : m.end]}:
            continue
        appos = _apposed_to(dm, span.root, of_mention)
        acro = _acronym_of(text, accords, order) if proper else None
        if appos is not None:
            # "the CFE Treaty, a landmark Cold War-era security pact": one accord
            key = appos
        elif acro is not None:
            key = acro  # "the CFE Treaty" after "the Conventional Armed Forces (CFE) Treaty"
        elif order and not proper and (_described(span.root) or "same" in dets):
            # "in what officials called the most significant treaty", "the same treaty":
            # a description of the accord just named, not a new one.
            key = order[-1]
        elif proper:
            name = _YEAR.sub("", text).strip(" -")
            nwords = set(name.lower().split())
            key = next((k for k in order if accords[k].proper and (
                nwords <= set(accords[k].name.lower().split())
                or set(accords[k].name.lower().split()) <= nwords)), None)
            if key is None:
                key = f"a{j}"
                accords[key] = AccordInfo(key, name, cls, proper=True)
        elif content:
            for k in reversed(order):
                other = accords[k]
                other_content = _content(" ".join([other.name, *other.aliases]).split())
                if (other.cls == cls or other.cls in {_CLASSES.get(w) for w in content}) and (
                        content & other_content or content & {other.cls}):
                    key = k
                    break
            if key is None:
                key = f"a{j}"
                accords[key] = AccordInfo(key, text, cls)
        else:
            same = [k for k in reversed(order) if accords[k].cls == cls]
            if same and dets & {"the", "this", "that", "its"}:
                key = same[0]
            elif order and dets & {"this", "that"}:
                key = order[-1]
            else:
                key = f"a{j}"
                accords[key] = AccordInfo(key, text, cls, strong=False)
        info = accords[key]
        info.acronyms |= _acronyms(span.text, info.name)
        info.mentions += 1
        info.anchored = info.anchored or bool(parties) or any(
            dm.owner[i] >= 0 and dm.mentions[dm.owner[i]].kind in ("Country", "Organization")
            for i in range(m.start, m.end))
        if text != info.name and text not in info.aliases and text and (content or proper):
            info.aliases.append(text)
        if year and not info.year:
            info.year = year.group(1)
        if md and not info.month_day:
            info.month_day = md.group(1)
        of_mention[j] = key
        if key in order:
            order.remove(key)
        order.append(key)
    return accords, of_mention
