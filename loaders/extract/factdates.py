"""When a found fact happened: the date phrase its clause carries ('a day after X
visited' counts back from the day of the clause it hangs on), whether it is told as
done, as the statement itself (simple present) or as looking back ('Earlier, ...'), and
the day a story counts 'on Tuesday' from.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dipgraph.graph.models import Article
from dipgraph.loaders.extract.counts import count_of
from dipgraph.loaders.extract.dates import DatePhrase, resolve_date
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.mentions import DocMentions

__all__ = [
    "ASIDE_MARKS",
    "aside_clause",
    "attached_date",
    "body_dates",
    "bounds_a_span",
    "describes_thing",
    "governing_verb",
    "is_past",
    "latest_day",
    "looks_back",
    "main_date",
    "not_yet",
    "on_a_noun",
    "reference_day",
]


def governing_verb(tok: Token) -> Token:
    """The first verb above ``tok``: 'received X at the palace on Tuesday' -> received."""
    h = tok.head
    for _ in range(8):
        if h.head == h or (h.pos_ in ("VERB", "AUX") and not (
                h.dep_ == "acl" and h.tag_ in ("VBN", "VBG")
                and any(c.dep_ == "agent" for c in h.children))):
            break  # 'a delegation led by X' passes the date up; 'a plan launched last
            # year' keeps it
        h = h.head
    return h


_EVENT_NOUNS = frozenset({"meeting", "talks", "summit", "visit", "call", "conference", "trip",
                          "session", "ceremony", "signing", "attack", "raid", "vote"})


def describes_thing(d: DatePhrase) -> bool:
    """'the June 4, 1967 lines', 'the 2018 border', 'last week's earthquake': a date naming
    a thing, not an act."""
    doc = d.root.doc
    links = [t for t in doc[d.start : d.end] if not d.start <= t.head.i < d.end]
    return bool(links) and all(
        (t.dep_ in ("compound", "nmod", "amod", "nummod", "det") or (t.dep_ == "poss" and not (
            t.head.dep_ == "pobj" and t.head.head.lower_ in ("at", "during", "on")))) and
        t.head.pos_ in ("NOUN", "PROPN") and t.head.lemma_ not in _EVENT_NOUNS
        for t in links)


def _days_apart(anchor: Token) -> tuple[Token, int, bool] | None:
    """'..., a day after X visited Y' / 'two days before X arrived' / 'five months after
    X traveled to Y': the clause the act is in, and how many days (or, the flag set,
    months) it lies before (positive) or after the clause it hangs on (a bare 'days
    after' gives no count)."""
    t = anchor
    for _ in range(4):
        if t.dep_ == "advcl" and t.head != t:
            mark = next((c for c in t.children if c.dep_ == "mark"
                         and c.lower_ in ("after", "before")), None)
            span = next((c for c in t.children if c.dep_ in ("npadvmod", "dep")
                         and c.lemma_ in ("day", "week", "month")), None)
            if mark is None or span is None:
                return None
            det = next((c for c in span.children if c.dep_ in ("det", "nummod")), None)
            n = (1 if det is not None and det.lower_ in ("a", "an", "one", "the") else (
                count_of(det) or 0) if det is not None else 0) * (
                7 if span.lemma_ == "week" else 1)
            if not n:
                return None
            return t, n if mark.lower_ == "after" else -n, span.lemma_ == "month"
        if t.head == t:
            break
        t = t.head
    return None


#: Words that make a date a bound of a span: "since April", "by 2028", "until May".
_BOUNDS = frozenset({"since", "by", "until", "till"})


def bounds_a_span(d: DatePhrase) -> bool:
    """A date after 'since' or 'from' is where a span of time starts, one after 'by' or
    'until' a deadline, not when an act happened: it dates neither the act it hangs on nor
    the paragraph after it."""
    doc = d.root.doc
    before = doc[d.start - 1].lower_ if d.start > 0 else ""
    if "from" in (before, d.root.head.lower_) and not any(
            t.lower_ in ("to", "until", "through", "-", "\u2013")
            for t in doc[d.start : d.end + 1]):
        return True  # "lifting the controls from January 1": where a span starts (not
        # "from March 3 to 5", the span itself)
    return d.root.head.lower_ in _BOUNDS or before in _BOUNDS


def attached_date(anchor: Token, dates: list[DatePhrase], dm: DocMentions,
                  story: str | None = None) -> str | None:
    """The date an act's own clause (or the clause it hangs on) gives; ``story``, the
    story's day, stands in for an undated main clause 'N days/months after' counts back
    from."""
    apart = _days_apart(anchor)
    inside = {t.i for t in apart[0].subtree} if apart is not None else set()
    if apart is not None and not any(d.start in inside for d in dates):
        main = attached_date(apart[0].head, dates, dm)
        main = main or story
        if main is not None and len(main) >= 7 and apart[2]:  # months: the month it fell in
            months = int(main[:4]) * 12 + int(main[5:7]) - 1 - apart[1]
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        if main is None or len(main) != 10:
            return main
        return (date.fromisoformat(main) - timedelta(days=apart[1])).isoformat()
    when = _when_clause_date(anchor, dates)
    if when is not None:
        return when
    usable = [d for d in dates if not any(
        dm.owner[i] >= 0 and dm.mentions[dm.owner[i]].kind == "Accord"
        for i in range(d.start, d.end)) and not describes_thing(d)
        and not bounds_a_span(d) and not _in_apposition(d)]
    # ("the first trip since April": not the trip's date)
    governors = [(governing_verb(d.root), d) for d in usable]
    t: Token = anchor
    for _ in range(5):
        here = [d.value for gov, d in governors if d.root.head == t or gov == t or (
            d.root.head.dep_ == "prep" and d.root.head.head == t)]
        if here:  # (a placed date before one that cannot be placed: "in July, days after")
            return next((v for v in here if v), here[0])
        if t.head == t:
            break
        t = t.head
    for c in anchor.children:  # "X denounced the attack and told reporters on Tuesday":
        # one scene for two acts of one subject
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            here = [d.value for gov, d in governors if d.root.head == c or gov == c]
            if here:
                return next((v for v in here if v), here[0])
    return None


def _when_clause_date(anchor: Token, dates: list[DatePhrase]) -> str | None:
    """'since July 2022, when X called Y': the date a 'when' clause hangs on is its act's."""
    t = anchor
    for _ in range(4):
        if t.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when"
                                     for c in t.children):
            return next((d.value for d in dates if d.start <= t.head.i < d.end), None)
        if t.head == t:
            break
        t = t.head
    return None


def _in_apposition(d: DatePhrase) -> bool:
    """'held talks with X, the second such meeting after the first in April last year': a
    date inside an apposition describes what the apposition says, not the act."""
    gov = governing_verb(d.root)
    t = d.root
    for _ in range(8):
        if t == gov or t.head == t:
            return False
        if t.dep_ == "appos":
            return True
        t = t.head
    return False


def is_past(anchor: Token) -> bool:
    """True when the act is reported as done or under way (not future, not conditional)."""
    t = anchor
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            if (t.dep_ in ("acl", "advcl") or (t.dep_ == "ROOT" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.children))) and \
                    t.tag_ == "VBN" and not auxes and not any(c.dep_ == "mark"
                                                             for c in t.children):
                return True  # "the documents signed after the talks", a list's "ii.
                # Agreed to complete X": done
            if any(c.lemma_ in ("will", "would", "shall", "could", "may", "might")
                   for c in auxes):
                return False
            finite = [c for c in auxes if c.tag_ in ("VBD", "VBZ", "VBP")]
            if t.tag_ in ("VBD", "VBZ", "VBP") or finite:
                return t.tag_ == "VBD" or any(c.lemma_ in ("have", "be") for c in finite) \
                    or t.tag_ in ("VBZ", "VBP")
        if t.head == t:
            break
        t = t.head
    return False


def not_yet(anchor: Token) -> bool:
    """'X has yet to visit Chile', 'X is yet to sign': an act not done so far."""
    head = anchor.head
    return anchor.dep_ == "xcomp" and head.lemma_ in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def main_date(dates: list[DatePhrase]) -> str | None:
    """The story's day: the first full day a verb takes in the opening sentences (not one
    in a clause of background: "since the storm made landfall on October 28")."""
    for d in dates:
        if len(d.value) == 10 and not d.ahead and (d.root.head.pos_ in ("VERB", "AUX", "ADP") or (
                d.root.dep_ == "npadvmod" and d.root.head.dep_ == "nsubj")) and \
                not aside_clause(governing_verb(d.root)):
            return d.value  # (also "X today, Tuesday, 3 December, hosted Y", the date
            # read as a modifier of the subject)
    return None


def body_dates(doc: Doc, dm: DocMentions) -> list[Span]:
    """The body's DATE and TIME entities. One the NER ran on from the dateline into the
    lead ("WARSAW, Oct 20 - Last month, X met Y": "Oct 20 - Last month") keeps its body
    part, the lead's own date, not the dateline's."""
    out: list[Span] = []
    for e in doc.ents:
        start = next((i for i in range(e.start, e.end) if dm.in_body[i]), None)
        if e.label_ in ("DATE", "TIME") and start is not None:
            out.append(e if start == e.start else Span(doc, start, e.end, label=e.label_))
    return out


def reference_day(article: Article, dateline_date: str | None) -> date | None:
    """The day the story counts 'on Tuesday' from: its dateline's day, else publication."""
    pub = article.published
    when = resolve_date(dateline_date, pub) if dateline_date and pub else None
    if when and len(when) == 10 and pub is not None:
        day = date.fromisoformat(when)
        if timedelta(0) <= pub - day <= timedelta(days=7):
            return day
    return pub


def latest_day(dates: list[DatePhrase], before: str | None) -> str | None:
    """The last full day named in ``dates``, else ``before``: what 'the day before' counts from."""
    for d in reversed(dates):
        if len(d.value) == 10:
            return d.value
    return before


#: Marks of a clause that sets its act before or apart from the main one.
ASIDE_MARKS = frozenset({"since", "after", "before", "until", "because", "once"})


def aside_clause(v: Token) -> bool:
    """Whether verb ``v`` heads, or sits in, a clause of background time or cause ('since
    Anwar appointed him after Malaysia took over in January'): its date is no scene."""
    for _ in range(4):
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS
                                     for c in v.children):
            return True
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in ("since", "until"):
            return True  # "its first summit since taking office on 1 December" (not "after
            # meeting X on Monday, Y flew to Z": that day may be the scene's)
        if v.head == v:
            return False
        v = v.head
    return False


def on_a_noun(d: DatePhrase) -> bool:
    """'..., a railway first proposed in 2009': a date in a participle on a noun tells of that
    thing, not the scene the paragraph is set on."""
    gov = governing_verb(d.root)
    return gov.dep_ == "acl" and gov.head.dep_ != "ROOT"


_BACK_WORDS = (("earlier",), ("previously",), ("before", "that"), ("prior", "to", "that"),
               ("before", "then"))


def looks_back(sent: Span) -> bool:
    """'Earlier, X met Y': an act told as before the scene, so neither the day the
    paragraph set nor the story's main day is its date ('earlier on Tuesday' has its own,
    'earlier in the day' keeps the scene's day)."""
    words = [t.lower_ for t in span_tokens(sent) if not t.is_space][:4]
    for phrase in _BACK_WORDS:
        n = len(phrase)
        if tuple(words[:n]) == phrase and len(words) > n and words[n] == ",":
            return True
    return False
