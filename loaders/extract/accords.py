"""Accords: one entity per agreement of the article, however it is worded.

Proper names ("the Simla Agreement", "the 1966 Geneva Agreement") are their
own canonical names. Descriptions ("a 2018 military tension-reduction accord",
"the Sept. 19 military agreement") corefer when their heads are of one kind
(agreement/accord/deal/pact/treaty; declaration; memorandum; ceasefire/truce;
...) and they share a content modifier ("military"). A bare "the agreement" or
"this pivotal agreement" points back to the last accord of its kind (or, with
a demonstrative, to the last accord at all); a definite description with other
content words ("the defence pact") points back to the one accord of its kind named
shortly before, unless it names its own parties; a bare "the agreement" or "the deal",
when the story has named only one accord so far, of any kind, in the six sentences before,
is that accord. "Known as the JCPOA", an acronym of
the name ("INF Treaty"), the name without its head word ("New START") and a treaty
acronym the NER typed as a body are the same accord. A bare description stands as an
accord once the text says it was made ("reached a ceasefire", "a UN-brokered truce",
"the memorandum signed in January") or lists it beside another accord. Dates in the
wordings combine: "2018" + "Sept. 19" -> 2018-09-19.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.accordacronyms import acronym_of, acronyms_in
from dipgraph.loaders.extract.accordahead import named_ahead
from dipgraph.loaders.extract.accordappos import apposed_to, bracketed
from dipgraph.loaders.extract.accordinfo import CLASSES, AccordInfo, strip_determiners
from dipgraph.loaders.extract.accorditems import counted_item
from dipgraph.loaders.extract.accordnames import short_names
from dipgraph.loaders.extract.accordphrase import AMENDING, VERDICT_WORDS
from dipgraph.loaders.extract.accordsets import fold_listed_sets
from dipgraph.loaders.extract.accordsides import (
    listed_with_accord,
    new_parties,
    own_parties,
    signed_with,
)
from dipgraph.loaders.extract.accordspans import described, known_as, told_text
from dipgraph.loaders.extract.accordtopics import period_end
from dipgraph.loaders.extract.body import doc_sentences, sentence_numbers
from dipgraph.loaders.extract.counts import count_of
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.lexicon import SCHEME_HEADS, words
from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["resolve_accords"]


_CLASS_WORDS = frozenset(CLASSES)
_GENERIC = words(
    "other bilateral previous international new several two three both all such this that "
    "these those key landmark historic formal pivotal vital significant existing earlier "
    "various multiple many some any first its their his her our a an the of understanding "
    "and same most on in for to with between covering concerning regarding"
)
_MONTHISH = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_PERIOD = re.compile(r" (?:for )?(?:1[89]|20)\d{2} ?(?:-|\u2013| to ) ?(?:1[89]|20)\d{2}$")
_MD = re.compile(
    r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2})\b", re.I
)


#: "the UN-brokered deal", "a US-backed truce": who made the accord, not what it is about.
_BROKERED = re.compile(r"-(?:brokered|mediated|backed|sponsored|led|negotiated|drafted)$", re.I)
_GENERIC_TOO = VERDICT_WORDS | words(  # (judging words are no part of a name at all)
    "proposed draft original current latest recent much-anticipated shaky tentative signed "
    # (nor is its age: "a nearly 50-year-old agreement ... the 1976 fisheries agreement")
    "nearly almost old decades-old decade-old century-old longstanding long-standing"
)


def _broker(tok: Token) -> bool:
    """'UN' in 'the UN-brokered deal': who made the accord, not a word of its name."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and \
        bool(_BROKERED.search("-" + doc[tok.i + 2].text))


def _content(words: list[str]) -> set[str]:
    return {w.lower() for w in words
            if w.lower() not in _GENERIC and w.lower() not in CLASSES
            and w.lower() not in _GENERIC_TOO and not _BROKERED.search(w)
            and not _MONTHISH.match(w) and not any(ch.isdigit() for ch in w)}


def _between(dm: DocMentions, span: Span) -> tuple[str, bool]:
    """'between Iran and Israel' right after an accord's words: the states that are its
    parties, and whether they are words of its name ('a ceasefire between ...', 'the treaty
    on the state border between ...', 'the Charter on X between ...'; not after lower-case
    words of its own beyond its kind: 'a border security protocol between ...')."""
    nxt = span.end
    for prep in (t for t in [*span_tokens(span), span.root.head] for t in t.rights):
        # (the parser may hang the 'between' on the verb that signs it)
        if prep.dep_ != "prep" or prep.lower_ != "between" or prep.i != nxt:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        toks = [*objs[:1], *(objs[0].conjuncts if objs else ())]
        if len(toks) >= 2 and all(dm.owner[t.i] >= 0 and
                                  dm.mentions[dm.owner[t.i]].kind == "Country" for t in toks):
            last = max(t.i for t in toks)  # not a clause hung on the last party
            end = period_end(dm.doc, dm.mentions[dm.owner[last]].end)  # ("... for 2026-2030")
            return dm.doc[prep.i : end].text, not (prep.head.i in (
                span.root.i, span.root.head.i) and span.root.is_lower and _content(
                span.text.split()))
    return "", False


_MADE = words("sign conclude reach strike seal ink agree adopt")


#: Heads general enough to name an accord of any kind: "the deal" after "a truce".
_ANY_KIND = words("deal agreement accord pact")
#: Kinds of accord 'the treaty' may name: "the American Convention ... denounced the treaty"
#: (not a protocol, often an addition to a treaty).
_TREATIES = words("convention charter")
#: Verbs whose object is an accord that exists: "accepted the deal", "violated the truce".
_IN_FORCE = words("accept approve ratify broker mediate negotiate violate breach implement "
                   "extend renew uphold")
_BROKER_VERBS = words("broker mediate negotiate")


def _made_by_participle(root: Token) -> bool:
    """'the memorandum signed between A and B in January': a concluded accord."""
    heads = [root, *(o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.lower_ == "understanding")]
    return any(acl.dep_ == "acl" and acl.lemma_ in _MADE and acl.tag_ == "VBN"
               for h in heads for acl in h.children)


def _concluded(root: Token) -> bool:
    """An accord the text says was made: 'reached a ceasefire', 'agreed to a truce',
    'a US-brokered ceasefire', 'the truce signed in May'."""
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_ in _MADE | _IN_FORCE:
        return True
    if any(acl.dep_ == "acl" and acl.lemma_ in _BROKER_VERBS for acl in root.children):
        return True  # "the ceasefire deal brokered by Qatar"
    if root.dep_ == "pobj" and head.lower_ in ("to", "on") and head.head.lemma_ == "agree":
        return True
    return _made_by_participle(root) or any(
        _BROKERED.search(t.text) or (t.text == "-" and t.i + 1 < len(t.doc) and
                                     _BROKERED.search("-" + t.doc[t.i + 1].text))
        for t in root.lefts)


def _participle_date(root: Token) -> str:
    """'an agreement signed in 2001': the date phrase of the participle that made it."""
    for acl in root.children:
        if acl.dep_ == "acl" and acl.lemma_ in _MADE:
            return " ".join(t.text for t in acl.subtree if t.ent_type_ == "DATE")
    return ""


#: Words that tell an accord as older than the story's: "an earlier accord".
_PAST = frozenset({"earlier", "previous", "prior", "former", "old", "older"})


def _other_time(other: AccordInfo, year: re.Match[str] | None, md: re.Match[str] | None,
                new: bool) -> bool:
    """Whether a description dates another accord than ``other``: "the 1973 treaty" is not
    "the 2024 treaty", and "the 2015 nuclear deal" is not "a new nuclear deal"."""
    return bool((year and other.year and other.year != year.group(0)) or (
        md and other.month_day and other.month_day != md.group(1)) or (
        (year or md) and other.new) or (new and other.year))


def _recent_same_kind(dm: DocMentions, root: Token, cls: str, accords: dict[str, AccordInfo],
                      order: list[str], first_sent: dict[str, int]) -> str | None:
    """The one accord of kind ``cls`` named in this or the six sentences before; none
    when the article has two or more of that kind."""
    sents = sentence_numbers(dm.doc)
    here = sents.get(root.sent.start, 0)
    near = [k for k in order if accords[k].cls == cls and here - first_sent.get(k, -99) <= 6
            and not (accords[k].plural and root.tag_ == "NN")]  # (one of "the agreements")
    if len(near) != 1:
        return None
    same_cls = [k for k in order if accords[k].cls == cls]
    return near[0] if len(same_cls) == 1 else None


def resolve_accords(
    dm: DocMentions,
) -> tuple[dict[str, AccordInfo], dict[int, str], dict[int, list[str]]]:
    """Accord clusters by key, mention index -> accord key, and mention index -> the further
    accords a mention names ("agreements on A and B": A's is its key, B's further)."""
    accords: dict[str, AccordInfo] = {}
    of_mention: dict[int, str] = {}
    more_of: dict[int, list[str]] = {}
    group: list[str] = []  # the accords of the last mention that named several
    order: list[str] = []
    first_sent: dict[str, int] = {}
    last_sent: dict[str, int] = {}
    doc = dm.doc
    sents = doc_sentences(doc)
    sent_no = {s.start: n for n, s in enumerate(sents)}
    for j, m in enumerate(dm.mentions):
        if m.kind != "Accord":
            continue
        span = doc[m.start : m.end]
        head = span.root.lower_
        cls = CLASSES.get(head, "agreement")
        if cls == "agreement" and any(CLASSES.get(t.lower_) == "ceasefire" for t in span):
            cls = "ceasefire"  # "the ceasefire deal" and "the truce" are one accord
        text = strip_determiners(m.text.strip(" ,;:\"\u201c\u201d'\u2019"))
        parties, named_by = _between(dm, span)
        if named_by:
            text = f"{text} {parties}"  # "a ceasefire between Iran and Israel"
        words = text.split()
        proper = any((t.is_title or (t.is_upper and len(t) > 1)) and t.ent_type_ != "DATE"
                     and not _MONTHISH.match(t.text) and t.lower_ not in CLASSES
                     and not _broker(t) for t in span_tokens(span)) or (span.root.is_title and (
            len(span) > 1 and span[0].is_title))
        content = _content(words)
        # a year after a described accord's head is its topic's ("on the 2026 plan")
        dated = text if proper else doc[m.start : span.root.i + 1].text
        year = _YEAR.search(dated) or _YEAR.search(_participle_date(span.root))
        md = _MD.search(text)
        new = any(c.dep_ == "amod" and c.lower_ == "new" for c in span.root.children)
        # determiners before the head ("the" inside "an agreement on the supply" is none)
        item = counted_item(doc[m.start]) is not None  # "two deals, one on X and the other
        dets = set() if item else {t.lower_ for t in doc[max(0, m.start - 2) :  # on Y"
                                                          span.root.i + 1]}
        key = None
        if "other" in {t.lower_ for t in doc[max(0, m.start - 1) : span.root.i]} and not item:
            continue
        if m.parts or (not proper and not content and dets & {"the", "these", "both"}
                       and _names_group(span.root, group, cls, accords, order)):
            # "signed agreements on A and B ... The agreements were signed by X and Y"
            keys = group = _several(m.parts, cls, accords, order) if m.parts else group
            of_mention[j], more_of[j] = keys[0], keys[1:]
            for key in keys:
                accords[key].mentions += 1
                first_sent.setdefault(key, sent_no.get(span.root.sent.start, 0))
                last_sent[key] = sent_no.get(span.root.sent.start, 0)
                if key in order:
                    order.remove(key)
                order.append(key)
            continue
        appos = apposed_to(dm, span.root, of_mention)
        acro = acronym_of(text, accords, order) if proper else None
        if acro is None and proper and (acro := bracketed(dm, m, of_mention)) is not None:
            accords[acro].acronyms.add(text)  # "... Law of the Sea (UNCLOS)": used later too
        told = head in ("document", "documents") or (head == "arrangement" and told_text(span.root))
        if told:
            # "The document was signed by X", "signed the arrangement": only the accord
            if not order or sent_no.get(span.root.sent.start, 0) - last_sent.get(
                    order[-1], -99) > 2:  # just told; "The documents": those told with it
                continue
            key = order[-1]
            if head == "documents":
                more_of[j] = [k for k in order[:-1] if last_sent.get(k) == last_sent[key]]
        elif appos is not None:
            # "the CFE Treaty, a landmark Cold War-era security pact": one accord
            key = appos
        elif acro is not None:
            key = acro  # "the CFE Treaty" after "the Conventional Armed Forces (CFE) Treaty"
        elif order and not proper and (described(span.root) or "same" in dets):
            # "in what officials called the most significant treaty", "the same treaty":
            # a description of the accord just named, not a new one.
            key = order[-1]
        elif proper:
            # ("the 2015 Paris Agreement"; but "a protocol to the 1998 X Convention"
            # keeps the year of the accord it adds to, and so does a described accord
            # whose only capitals are in its topic: "the 2019 agreement on a post at Busia")
            period = _PERIOD.search(text)  # ("the Action Plan ... for 2026-2030" keeps them)
            named = span.root.is_title or span.root.is_upper or any(
                t.is_title and t.ent_type_ != "DATE" for t in span if t.i < span.root.i)
            name = " ".join(_YEAR.sub("", text[: period.start() if period else None]).split(
            )).strip(" -") + (period.group(0) if period else "") if not _amends(text) and \
                named else text
            nwords = set(name.lower().split())
            key = next((k for k in order if accords[k].proper and _amends(
                accords[k].name) == _amends(name) and (
                nwords <= set(accords[k].name.lower().split())
                or set(accords[k].name.lower().split()) <= nwords)), None)
            own = nwords - _CLASS_WORDS
            if key is None:  # "the MSG Trade Agreement", "the Melanesian Spearhead Group
                # Trade Agreement": one accord, its first words shortened to initials
                key = next((k for k in order if accords[k].proper and (
                    _initialled(name, accords[k].name) or _initialled(accords[k].name, name))),
                    None)
            if key is None and own:  # "the Pukpuk deal" after "the Pukpuk Treaty"
                key = next((k for k in order if accords[k].proper and own == set(
                    accords[k].name.lower().split()) - _CLASS_WORDS), None)
            if key is None and own:  # "a new strategic partnership treaty ... the Treaty on
                # Comprehensive Strategic Partnership": the described one, now named
                key = next((k for k in reversed(order) if not accords[k].proper and
                            accords[k].cls == cls and (c := _content(accords[k].name.split()))
                            and c <= own and not (year and accords[k].year and
                                                  accords[k].year != year.group(1))), None)
                if key is not None:
                    accords[key].aliases.append(accords[key].name)
                    accords[key].name, accords[key].proper = name, True
            if key is None:
                key = f"a{j}"
                accords[key] = AccordInfo(key, name, cls, proper=True)
        elif content:
            # "X signed a security pact with Y in 2022": a new signing, not the pact before
            # (or "suspended its own charter with Y", set against the one told before)
            its_own = any(c.dep_ == "amod" and c.lower_ == "own" for c in span.root.children)
            fresh = bool(dets & {"a", "an"} or its_own) and (
                own_parties(dm, span.root, m.start, m.end) or signed_with(span.root))
            for k in reversed(order) if not fresh else []:
                other = accords[k]
                if _other_time(other, year, md, new):
                    continue
                other_content = _content(" ".join([other.name, *other.aliases]).split())
                # (an indefinite one says no more than that accord did: "an agreement on
                # cooperation in lithium research" is not the "agreement on lithium" before)
                shared = content <= other_content if dets & {"a", "an"} else \
                    content & other_content
                if (other.cls == cls or other.cls in {CLASSES.get(w) for w in content}) and (
                        shared or content & {other.cls}):
                    key = k
                    break
            if key is None and dets & {"the", "this", "that"} and not parties and not md and \
                    not own_parties(dm, span.root, m.start, m.end):
                # "a reciprocal access agreement ... the defence pact": a definite
                # description right after the one accord of its kind names that accord
                key = _recent_same_kind(dm, span.root, cls, accords, order, first_sent)
                key = None if key and _other_time(accords[key], year, md, new) else key
            if key is None:
                key = f"a{j}"
                accords[key] = AccordInfo(key, text, cls, plural=span.root.tag_ == "NNS",
                                          new=new)
        else:
            same = [k for k in reversed(order) if (cls in _kinds(accords[k]) or (
                head == "treaty" and _kinds(accords[k]) & _TREATIES)) and not (
                year and accords[k].year and accords[k].year != year.group(1)) and not (
                md and accords[k].month_day != md.group(1))]  # "the March 10 agreement"
            same = [k for k in same if not accords[k].past] or same  # (not "an earlier one")
            if same and dets & {"the", "this", "that", "its"} and not (
                    own_parties(dm, span.root, m.start, m.end) and new_parties(
                        dm, span.root, sents[first_sent.get(same[0], 0)])):
                key = same[0]  # (not "its 2016 deal with X" after "the pact of A and B")
            elif order and dets & {"this", "that"} and not md:
                key = order[-1]
            elif order and "the" in dets and not md and (head in _ANY_KIND or (
                    head in ("memorandum", "mou") and not accords[order[-1]].plural and not any(
                        t.ent_type_ == "DATE" for t in span.root.subtree))) and \
                    (sent_no.get(span.root.sent.start, 0) - last_sent.get(order[-1], -99) <= (
                        2 if head in _ANY_KIND else 1) or (len(order) == 1 and head in _ANY_KIND
                        and sent_no.get(span.root.sent.start, 0) - last_sent[order[-1]] <= 6
                        and not own_parties(dm, span.root, m.start, m.end))):
                key = order[-1]  # "a US-brokered ceasefire ... The deal, reached after",
                # "signed an agreement on X ... The memorandum of understanding, inked by"
            else:
                key = f"a{j}"
                accords[key] = AccordInfo(key, text, cls, strong=_concluded(span.root),
                                          plural=span.root.tag_ == "NNS", past=bool(
                                              dets & _PAST))
        info = accords[key]
        first_sent.setdefault(key, sent_no.get(span.root.sent.start, 0))
        last_sent[key] = sent_no.get(span.root.sent.start, 0)
        other_name = known_as(span.root)
        if other_name and other_name != info.name and other_name not in info.aliases:
            if not info.proper and " " in other_name and other_name.split()[-1].lower() in (
                    *CLASSES, *SCHEME_HEADS):  # "the deal, named the Trinity House
                # Agreement": the given name names it, the description is an alias
                info.aliases.append(info.name)
                info.name, info.proper = other_name, True
            else:
                info.aliases.append(other_name)
            info.acronyms |= acronyms_in(other_name, other_name)
            if other_name.isupper() and " " not in other_name:
                info.acronyms.add(other_name)  # "known as the JCPOA"
        info.acronyms |= acronyms_in(span.text, info.name)
        info.mentions += 1
        info.anchored = info.anchored or bool(parties) or _made_by_participle(span.root) or \
            listed_with_accord(dm, span.root) or any(
            dm.owner[i] >= 0 and dm.mentions[dm.owner[i]].kind in ("Country", "Organization")
            for i in range(m.start, m.end))
        if content and not info.proper and not _content(info.name.split()):
            # "an agreement ... the patrolling pact": the wording that says what it is
            # about names the accord
            info.name, text = text, info.name
        if text != info.name and text not in info.aliases and text and \
                not told and (
                _content(text.split()) or proper or any(_BROKERED.search(w) for w in words)
                or (year and len(words) >= 2)):  # "the 1972 pact"
            info.aliases.append(text)
        if year and not info.year:
            info.year = year.group(1)
        if md and not info.month_day:
            info.month_day = md.group(1)
        of_mention[j] = key
        if key in order:
            order.remove(key)
        order.append(key)
    fold_listed_sets(dm, accords, of_mention, more_of)
    named_ahead(dm, accords, of_mention, more_of)
    short_names(dm, accords, of_mention)
    for info in accords.values():
        for wording in [info.name, *info.aliases]:
            for variant in _bare_forms(wording):
                if variant != info.name and variant not in [*info.aliases, *info.variants]:
                    info.variants.append(variant)
    return accords, of_mention, more_of


def _amends(name: str) -> bool:
    """'protocol to the Arica Convention': a text added to another accord, never that one."""
    return name.lower().startswith(tuple(f"{w} to " for w in AMENDING))


def _initialled(short: str, full: str) -> bool:
    """'MSG Trade Agreement' for 'Melanesian Spearhead Group Trade Agreement': the short
    name's first word is the initials of the words the full name has before the same rest."""
    head, _, rest = short.partition(" ")
    words = full.split()
    lead = words[: len(words) - len(rest.split())] if rest else []
    return bool(rest) and head.isupper() and len(head) >= 2 and full.endswith(" " + rest) \
        and len(lead) == len(head) and "".join(w[0] for w in lead) == head


def _kinds(info: AccordInfo) -> set[str]:
    """The classes an accord goes by: its own and its wordings' ("the Ottawa Convention,
    the 1997 treaty": a convention and a treaty)."""
    return {info.cls, *(CLASSES[w] for w in (a.split()[-1].lower() for a in info.aliases)
                        if w in CLASSES)}


def _names_group(root: Token, group: list[str], cls: str, accords: dict[str, AccordInfo],
                 order: list[str]) -> bool:
    """Whether a bare plural ("the agreements", "the two deals") means the accords last
    named together: they are the latest accords, of its class and as many as it counts."""
    if root.tag_ != "NNS" or not group or set(order[-len(group):]) != set(group):
        return False
    counts = [count_of(c) for c in root.children if c.dep_ == "nummod"]
    return cls in _kinds(accords[group[0]]) and (not counts or counts[0] == len(group))


def _several(names: tuple[str, ...], cls: str, accords: dict[str, AccordInfo],
             order: list[str]) -> list[str]:
    """The keys of the accords a list names, each new one a described accord."""
    keys = []
    for name in names:
        key = next((k for k in order if accords[k].name.lower() == name.lower()), None)
        if key is None:
            key = f"a{len(accords)}:{name}"
            accords[key] = AccordInfo(key, name, cls)
        keys.append(key)
    return keys


_LINKS = words("of and understanding the a an")


def _bare_forms(wording: str) -> list[str]:
    """'landmark 2015 nuclear deal' -> '2015 nuclear deal', 'nuclear deal': the wording
    without leading praise, generic, broker or year words, as other texts may word it."""
    words = wording.split()
    out: list[str] = []
    k = 0
    while k < len(words) - 1 and (words[k].lower() in _GENERIC_TOO or (
            words[k].lower() in _GENERIC and words[k].lower() not in _LINKS) or
            _BROKERED.search(words[k]) or _YEAR.fullmatch(words[k])):
        k += 1
        if len(words) - k >= 2 and any(w.lower() in CLASSES for w in words[k:]):
            out.append(" ".join(words[k:]))
    return out
