"""One article's parse in, one :class:`Extraction` out.

Runs the stages in order (body, mentions, people, accords, sentence-by-sentence
relations with salience for pronouns), dates every fact (its own date phrase,
else the article's main event date for past-tense reports of it), then builds
the entities with their ids and the facts with their evidence, sorted so the
same input always gives the same output.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dipgraph.graph import ids
from dipgraph.graph.models import Article, Evidence, Extraction, Fact
from dipgraph.graph.relations import RelationType
from dipgraph.loaders.extract.accordinfo import AccordInfo
from dipgraph.loaders.extract.accordparties import scope_described_accords
from dipgraph.loaders.extract.accords import resolve_accords
from dipgraph.loaders.extract.agencies import agency_state
from dipgraph.loaders.extract.body import doc_sentences, find_body
from dipgraph.loaders.extract.clauses import _allowed
from dipgraph.loaders.extract.dates import day_headings, resolve_date, sentence_dates
from dipgraph.loaders.extract.doctokens import doc_text, span_tokens
from dipgraph.loaders.extract.entities import EntityBuilder
from dipgraph.loaders.extract.factdates import (
    aside_clause,
    attached_date,
    body_dates,
    bounds_a_span,
    describes_thing,
    governing_verb,
    is_past,
    latest_day,
    looks_back,
    main_date,
    not_yet,
    on_a_noun,
    reference_day,
)
from dipgraph.loaders.extract.gazetteer import Gazetteer, gazetteer
from dipgraph.loaders.extract.lexicon import LEADER_TITLES, REPORTING_VERBS
from dipgraph.loaders.extract.mentions import DocMentions, find_mentions
from dipgraph.loaders.extract.mood import SESSION_NOUNS
from dipgraph.loaders.extract.people import resolve_people
from dipgraph.loaders.extract.persons import People
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.relations import RawFact
from dipgraph.loaders.extract.reparse import repair_parse
from dipgraph.loaders.extract.samestep import followed_suit
from dipgraph.loaders.extract.sentences import sentence_facts
from dipgraph.loaders.extract.subjectlists import join_listed_subjects
from dipgraph.loaders.extract.tracking import gov_word, own_pronoun, update_salience

__all__ = ["assemble"]

R = RelationType
_UNDATED = frozenset({R.HOLDS_OFFICE, R.ALLY_OF})
_OPEN_QUOTES = ("\"", "\u201c", "'", "\u2018")
#: Offices whose holder's signature (or notice of leaving) is his state's: a head's, a
#: minister's or a secretary's.
_LEADERS = (*LEADER_TITLES, "minister", "secretary")


@dataclass
class _Ctx:
    article: Article
    doc: Doc
    gaz: Gazetteer
    dm: DocMentions
    people: People
    accords: dict[str, AccordInfo]
    accord_of: dict[int, str]
    main_date: str | None = None
    facts: list[tuple[RawFact, str | None, float]] = field(default_factory=list)


#: Relations an official never bears towards his own state, nor a state towards its own
#: official (in news, and in the analysts' annotations): 'Trump threatened tariffs against
#: one of Washington's closest allies' is no threat to the United States.
_OUTWARD = frozenset({R.SUPPORTED, R.PLEDGED, R.REQUESTED, R.WARNED, R.CRITICIZED,
                      R.EXPRESSED_CONCERN})


def _backs_own_state(f: RawFact, res: Resolver) -> bool:
    """'The Nordic leaders support the Freedonian reunification plan', read over a group
    that also holds Freedonia's own leader: an official does not back, warn or ask his own
    state; nor does a state pledge to or ask one of its own officials ('Libya ... assured
    his guest', a misread pronoun). (A state may back its own candidate: SUPPORTED from a
    state to its person stays.)"""
    if f.rel not in _OUTWARD:
        return False
    if f.source.kind == "Country" and f.target.kind == "Person" and f.rel != R.SUPPORTED:
        info = res.people.persons.get(f.target.key)
        return info is not None and info.country == f.source.key
    if f.source.kind != "Person" or f.target.kind != "Country":
        return False
    info = res.people.persons.get(f.source.key)
    return info is not None and info.country == f.target.key


def _colleagues(f: RawFact, facts: list[RawFact], res: Resolver) -> bool:
    """'X held talks with Prime Minister A and Foreign Minister B', 'Vice President A and
    Secretary of State B joined the talks': two officials of one state sit on the same
    side of a meeting, so they did not meet each other. Only a sentence that names both
    and tells of their meeting alone ('President A held talks with Defence Minister B')
    keeps it (not 'He met President B', a pronoun read as B's colleague)."""
    if f.rel != R.MET_WITH or f.source.kind != "Person" or f.target.kind != "Person":
        return False
    a, b = res.people.persons.get(f.source.key), res.people.persons.get(f.target.key)
    if a is None or b is None:
        return False
    home_a, home_b = a.country or a.org, b.country or b.org
    # (offices the text states only: a dateline guess may put a guest on the host's side;
    # but two met by one third person, "Kos met Prime Minister A and Minister B", are one
    # side whatever their state's source)
    if home_a is None or home_a != home_b:
        return False
    if min(a.office_conf, b.office_conf) < 0.7:
        anchor = f.sent.doc[f.anchor]
        subjects = [r for c in anchor.children if c.dep_ == "nsubj" for r in res.many(c)]
        if not subjects or f.source in subjects or f.target in subjects:
            return False
    named = {res.people.of_mention.get(res.dm.owner[t.i]) for t in span_tokens(f.sent)}
    return a.key not in named or b.key not in named or any(
        g.rel == R.MET_WITH and {g.source, g.target} != {f.source, f.target} for g in facts)


def _reporters(sent: Span, res: Resolver) -> list[tuple[Token, Ref]]:
    """Reporting verbs of a sentence with the person or state that reports."""
    out = []
    for tok in span_tokens(sent):
        if tok.lemma_ in REPORTING_VERBS and tok.pos_ == "VERB":
            for c in tok.children:  # (not "a Saudi diplomat said": no one in particular)
                if c.dep_ == "nsubj" and not any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                 for d in c.children):
                    for ref in res.one(c):
                        if ref.kind in ("Person", "Country"):
                            out.append((tok, ref))
                            break
    return out


def _speakers(sents: list[Span], res: Resolver) -> dict[int, Ref]:
    """Speaker of each sentence; a quoted paragraph gets the speaker named at its end."""
    out: dict[int, Ref] = {}
    para: list[Span] = []
    cache = {s.start: _reporters(s, res) for s in sents}

    def flush() -> None:
        found = None
        for s in reversed(para):
            reps = cache[s.start]
            if reps:
                found = reps[0][1]
                break
        if found is not None and para and para[0].text.lstrip()[:1] in _OPEN_QUOTES:
            for s in para:
                out.setdefault(s.start, found)

    for sent in sents:
        reps = cache[sent.start]
        if reps:
            out[sent.start] = reps[0][1]
        if para and "\n" in sent.doc[para[-1].end - 1 : sent.start + 1].text:
            flush()
            para = []
        para.append(sent)
    flush()
    return out


def _for_speaker(facts: list[RawFact], sent: Span, res: Resolver) -> list[RawFact]:
    """'Arce said that Bolivia condemns ...': the speaker acts for his state too (but a
    state's signing he reports is not his own signature, nor a state's agreement with
    another state his own: "said Hungary and Slovakia had agreed to ...", "said Bolivia had
    agreed with Peru to ...": the states agree)."""
    extra = []
    for verb, ref in _reporters(sent, res):
        if ref.kind != "Person":
            continue
        country = res.people.persons[ref.key].country
        for f in facts:
            if f.source.kind == "Country" and f.source.key == country and \
                    f.rel not in (R.SIGNED, R.WITHDREW_FROM) and not (
                        f.rel == R.AGREED and f.target.kind == "Country") and \
                    verb.i != f.anchor and sent.doc[f.anchor] in verb.subtree and \
                    _allowed(f.rel, ref, f.target):  # ALLY_OF is between states only
                extra.append(replace(f, source=ref, confidence=f.confidence * 0.8))
    signers = [f for f in facts if f.rel in (R.SIGNED, R.WITHDREW_FROM)
               and f.source.kind == "Person"]  # (or those who leave it)
    for f in signers:
        info = res.people.persons.get(f.source.key)
        if info and info.country and info.title and _signs_for_state(info.title):
            state = Ref("Country", info.country)
            if _allowed(f.rel, state, f.target):
                extra.append(replace(f, source=state, confidence=f.confidence * 0.8))
    return extra


def _signs_for_state(title: str) -> bool:
    """A head's, minister's or secretary's title as whole words (not a 'First Secretary',
    a 'Minister-Counsellor' or a party's secretary, who sign nothing for the state)."""
    words = title.lower().replace("-", " ").split()
    if "counsellor" in words or "party" in words or words[:2] == ["first", "secretary"]:
        return False
    text = f" {' '.join(words)} "
    return any(f" {w} " in text for w in _LEADERS)


def _run_sentences(ctx: _Ctx, res: Resolver) -> None:
    sents = [s for s in doc_sentences(ctx.doc) if any(ctx.dm.in_body[t.i] for t in span_tokens(s))]
    pub = reference_day(ctx.article, ctx.dm.body.dateline_date)
    ents = body_dates(ctx.doc, ctx.dm)
    last_day = pub.isoformat() if pub else None
    for sent in sents[:6]:  # (the opening: a feature's scene-setting and standfirst may
        # come before the news peg, "On Monday it tied its future to Australia")
        found = sentence_dates(sent, pub, ents, last_day)
        last_day = latest_day(found, last_day)
        ctx.main_date = ctx.main_date or main_date(
            [d for d in found if not _after_story(d.value, pub)])  # (not "will ... from Aug. 1")
    speakers = _speakers(sents, res)
    signed_on: dict[str, str] = {}
    met_on: dict[frozenset[Ref], str] = {}  # the day each pair of people last met
    last_met: str | None = None  # the day of the last meeting told
    last_day = pub.isoformat() if pub else None
    scene: str | None = None  # the date the previous sentence of the paragraph set
    headings = day_headings(ctx.doc.text, pub)  # a live page's days
    prev_end = -1
    last_facts: list[RawFact] = []  # the previous sentence's, for "followed suit"
    for sent in sents:
        section = next((day for end, day in reversed(headings)
                        if end <= ctx.doc[sent.start].idx), None)
        story = section or ctx.main_date or (pub.isoformat() if pub else None)
        dates = sentence_dates(sent, dt.date.fromisoformat(section) if section else pub, ents,
                               last_day)  # ("Tuesday 3 September / X met Y on Monday": the
        # Monday before the heading's day)
        last_day = latest_day(dates, last_day)
        if prev_end < 0 or "\n" in ctx.doc[prev_end - 1 : sent.start + 1].text:
            scene = None
        prev_end = sent.end
        # "'...,' he added": a pronoun reporter is known only once the sentences before
        # it have been read, so it is resolved here rather than ahead
        res.state.speaker = speakers.get(sent.start) or next(
            (r for _v, r in _reporters(sent, res)), None)
        res.state.local_groups = []
        for tok in span_tokens(sent):
            if gov_word(tok):
                gov = res._country_modifier(tok)
                res.state.gov_country = gov or res.state.gov_country
                if gov is not None:
                    res.state.organs[tok.lemma_] = gov
            if tok.dep_ == "nsubj" and tok.conjuncts:
                refs = res.many(tok)
                if len(refs) >= 2:
                    res.state.local_groups.append((tok.i, refs))
        own_pronoun(sent, res)
        earlier = looks_back(sent)
        during = _during_the_meeting(sent)
        facts = sentence_facts(sent, res)
        facts += _for_speaker(facts, sent, res)
        facts += followed_suit(sent, res, facts, last_facts)
        facts = [f for f in facts if not _backs_own_state(f, res) and not _colleagues(f, facts, res)
                 and not not_yet(ctx.doc[f.anchor])]
        for f in facts:
            anchor = ctx.doc[f.anchor]
            when: str | None = None
            conf = f.confidence
            if f.rel not in _UNDATED:
                when = attached_date(anchor, dates, ctx.dm, scene or story)  # (the day a
                # count back starts from: the paragraph's, as an undated act is dated below)
                if when and _after_story(when, pub):
                    # "backed X ... by 2028": a reported act has happened by the story's
                    # day (a day of slack for time zones); it keeps the article's date
                    when = None
                accord = (res.accord_id(f.target) or "") if f.rel == R.SIGNED else ""
                if when is None and accord:
                    # "X signed the pact in July 2024. It was signed by A and B.": a
                    # signing keeps its own date rather than the publication date.
                    when = signed_on.get(accord)
                if when is None and accord and anchor.dep_ in ("acl", "relcl") and \
                        accord in ctx.accords:  # "the 1973 treaty, (which was) signed by A"
                    when = ctx.accords[accord].date
                named_day = ctx.accords.get(accord)
                if when is None and named_day is not None and named_day.month_day:
                    # "the March 10 agreement ... The deal was signed by A and B"
                    when = named_day.date if named_day.year else resolve_date(
                        named_day.month_day, pub)
                if when is None and not dates and is_past(anchor) and not earlier:
                    # "X held talks with Y on Monday. ... The two leaders agreed": what one
                    # of two who met did towards the other (or the other's state) is dated
                    # by their meeting
                    when = met_on.get(_pair_of(f, res)) or (last_met if during else None)
                if when is None and scene and not dates and is_past(anchor) and not earlier:
                    # "Relations nosedived in January ... New Delhi lodged a protest":
                    # an undated act goes with the date its paragraph just set
                    when, conf = scene, conf * 0.85
                day = section or ctx.main_date
                if when is None and (day or pub) and is_past(anchor) and not earlier:
                    # the day of the heading above, else the story's day; when its opening
                    # names none ("UNITED NATIONS, November 18 (TASS) - Russia has vetoed
                    # ..."), its dateline's or publication day
                    when, conf = (day, conf * 0.9) if day else (
                        pub.isoformat() if pub else None, conf * 0.85)
                if when is not None and accord:
                    signed_on.setdefault(accord, when)
                if when is not None and len(when) == 10 and f.rel == R.MET_WITH:
                    met_on[frozenset((f.source, f.target))] = last_met = when
            ctx.facts.append((f, when, conf))
        update_salience(sent, res, facts)
        last_facts = facts
        set_here = [d for d in dates if d.root.head.pos_ in ("VERB", "AUX", "ADP")
                    and not describes_thing(d) and not on_a_noun(d) and not bounds_a_span(d)
                    and not _after_story(d.value, pub) and not d.ahead]
        # (a date after the story's day, "will allow sales from 2028", sets no scene; the
        # main verb's sets it before a clause's: "arrived on Sunday, ... since returning
        # to power in December 2022")
        set_here = [d for d in set_here if governing_verb(d.root) == sent.root] or [
            d for d in set_here if not aside_clause(governing_verb(d.root))]
        scene = set_here[-1].value if set_here else (scene if not dates else None)
        if not dates and last_met and during:
            scene = last_met  # ("During the meeting, ... . Lula criticized X": still there)


def _during_the_meeting(sent: Span) -> bool:
    """'During the meeting, the two presidents agreed ...': the sentence is set in the
    meeting last told of."""
    return any(t.lower_ == "during" and any(
        o.dep_ == "pobj" and o.lower_ in SESSION_NOUNS and any(
            d.lower_ in ("the", "their", "this") for d in o.children) for o in t.children)
        for t in span_tokens(sent))


def _pair_of(f: RawFact, res: Resolver) -> frozenset[Ref]:
    """The two people a fact between a person and a person (or the person's partner's
    state) is between, for the day they met."""
    if f.source.kind == "Person" and f.target.kind == "Person":
        return frozenset((f.source, f.target))
    if f.source.kind == "Person" and f.target.kind == "Country":
        met = [r for r in res.state.persons if r != f.source and (
            info := res.people.persons.get(r.key)) is not None and info.country == f.target.key]
        if len(met) == 1:
            return frozenset((f.source, met[0]))
    return frozenset()


#: How far past the story's day a reported act's stated date may lie (time zones).
_SLACK = dt.timedelta(days=1)


def _after_story(value: str, pub: dt.date | None) -> bool:
    """Whether a (partial) date lies after the story's day: what has happened cannot."""
    return pub is not None and value > (pub + _SLACK).isoformat()[: len(value)]


def _evidence(article: Article, sent: Span) -> Evidence:
    """The sentence as the article writes it (the parse may have read names recased)."""
    text = article.text[sent.start_char : sent.end_char]
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return Evidence(article_id=article.id, sentence=text.strip(), start=start, end=end)


def assemble(article: Article, doc: Doc, nlp: Language) -> Extraction:
    """The entities and facts of ``article`` from its parse ``doc``."""
    gaz = gazetteer()
    body = find_body(doc_text(doc))
    repair_parse(doc, body.dateline)
    join_listed_subjects(doc)  # ("A, B, C and D signed": each a subject)
    dm = find_mentions(doc, body, gaz, nlp)
    agency = agency_state(body.dateline_agency)  # ("Jakarta (VNA)": Vietnam's officials)
    city = gaz.place_country(body.dateline_city) or gaz.lookup_country(
        body.dateline_city) if body.dateline_city else None
    home = agency or city
    # (a national agency filing abroad: its own officials are the visitors there)
    people = resolve_people(dm, gaz, home, agency=agency is not None and city not in (
        None, agency))
    accords, accord_of, more_of = resolve_accords(dm)
    ctx = _Ctx(article, doc, gaz, dm, people, accords, accord_of)
    res = Resolver(dm, people, accord_of)
    _run_sentences(ctx, res)
    builder = EntityBuilder(gaz, dm, people, accords, accord_of, body.dateline_city, more_of,
                            article.id)
    facts: list[Fact] = []
    for person in people.persons.values():
        target = ids.country_id(person.country) if person.country else (
            builder.org(person.org) if person.org else None)
        if target is None or person.title is None:
            continue
        if person.country:
            builder.country(person.country)
        sent = doc[person.office_sentence].sent if person.office_sentence is not None else None
        if sent is None:
            continue
        facts.append(Fact(
            rel=R.HOLDS_OFFICE, source=builder.person(person.key), target=target,
            title=person.title, confidence=round(person.office_conf, 3),
            evidence=_evidence(article, sent),
        ))
        for org, (title, at) in sorted(person.more_offices.items()):
            org_id = builder.org(org)
            if org_id != target:
                facts.append(Fact(
                    rel=R.HOLDS_OFFICE, source=builder.person(person.key), target=org_id,
                    title=title, confidence=0.8, evidence=_evidence(article, doc[at].sent),
                ))
    for raw, when, conf in ctx.facts:
        src = builder.ref(raw.source)
        for tgt in builder.refs(raw.target):
            if src is None or src == tgt:
                continue
            place = builder.venue(raw.place)
            event = builder.event(raw, when, place) if raw.rel == R.MET_WITH else None
            facts.append(Fact(
                rel=raw.rel, source=src, target=tgt, date=when, place=place, mode=raw.mode,
                what=raw.what if raw.rel != R.EXPRESSED_CONCERN else None,
                about=raw.what if raw.rel == R.EXPRESSED_CONCERN else None,
                confidence=round(conf, 3), event=event,
                evidence=_evidence(article, raw.sent),
            ))
    entities, facts = scope_described_accords(builder.entities(), facts,
                                              builder.described_accords(), article.id)
    facts = _dedupe(facts)
    return Extraction(article=article, entities=entities, facts=facts)


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: dict[tuple[str, str, str, str, int], Fact] = {}
    for f in facts:
        a, b = f.source, f.target
        if f.symmetric and b < a:
            a, b = b, a
        key = (f.rel.value, a, b, f.date or "", f.evidence.start)
        if key not in seen or f.confidence > seen[key].confidence:
            seen[key] = f
    return sorted(seen.values(), key=lambda f: (f.evidence.start, f.rel.value, f.source,
                                                 f.target, f.date or ""))
