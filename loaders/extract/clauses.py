"""Clause-level helpers shared by the verb and noun rules.

Who acts (subjects, passive agents, the owner of a noun, a misparsed left
neighbour), on whom (objects, prepositional objects), where (an 'in/at' place),
how (phone, video, in person). ``RawFact`` is what the rules produce; whether an act is
real (negated, hypothetical, planned) is :mod:`~dipgraph.loaders.extract.mood`'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dipgraph.graph.relations import RELATIONS, RelationType
from dipgraph.loaders.extract.gatherings import people_run
from dipgraph.loaders.extract.itemsubjects import item_subject
from dipgraph.loaders.extract.lexicon import (
    MESSAGE_NOUNS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    THAT_VERBS,
    TITLE_HEADS,
)
from dipgraph.loaders.extract.mood import finite, hypothetical, negated, verb_above
from dipgraph.loaders.extract.objects import (
    added_accords,
    included,
    noun_owner,
    object_refs,
    subject_refs,
    titled_apposite,
)
from dipgraph.loaders.extract.participles import reporters_participle
from dipgraph.loaders.extract.pronounobjects import plural_antecedent
from dipgraph.loaders.extract.refs import Ref, Resolver
from dipgraph.loaders.extract.strayagents import (
    added_agents,
    also_signed,
    issuers,
    late_by,
    owner_left,
    watched_doers,
    with_signers,
)

__all__ = ["R", "RawFact", "named_among"]


R = RelationType
@dataclass
class RawFact:
    """A relation found in one sentence, before entities get their ids."""

    rel: RelationType
    source: Ref
    target: Ref
    anchor: int
    sent: Span
    place: Ref | None = None
    mode: str | None = None
    what: str | None = None
    confidence: float = 0.8
    group: tuple[Ref, ...] = field(default_factory=tuple)


def _allowed(rel: RelationType, a: Ref, b: Ref) -> bool:
    info = RELATIONS[rel]
    return a != b and a.kind in info.source_types and b.kind in info.target_types


def _left_neighbour(v: Token, res: Resolver) -> list[Ref]:
    """Misparsed clauses ('as X and Y executed ...'): the entity right before the verb."""
    i = v.i - 1
    while i >= 0 and v.doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    if i < 0 or res.dm.owner[i] < 0:
        return []
    tok = v.doc[i]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return res.many(tok)


def _subjects(v: Token, res: Resolver) -> list[Ref]:
    if v.dep_ == "acl" and v.head.lemma_ in _OCCASIONS and v.head.dep_ == "dobj" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and \
            v.head.head.lemma_ in ("use", "take", "seize", "grab"):  # (not "missed the
        # opportunity to condemn Y")
        v = v.head.head  # "X used the opportunity to urge Y": X urged Y
    nouns = [v.head] if v.dep_ == "acl" else [
        c for c in v.head.children if c.dep_ == "dobj" and c.lemma_ in _INTENTS
    ] if v.dep_ == "advcl" else []
    if nouns and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and (
            owners := [r for c in nouns[0].children if c.dep_ == "poss" for r in res.many(c)
                       if r.kind in ("Country", "Person")]):
        return owners  # "criticized Russia's decision (last week) to suspend X": Russia's act
    refs = watched_doers(v, res) or issuers(v, res) or _subjects_parse(v, res)
    return refs or _left_neighbour(v, res) or item_subject(v, res)


#: Nouns of an intent whose 'to' clause the parser may hang on the verb governing them.
_INTENTS = frozenset({"decision", "plan", "move", "bid", "attempt", "threat", "refusal"})
#: Nouns whose 'to' clause is their taker's act: "took the occasion to thank X".
_OCCASIONS = frozenset({"opportunity", "occasion", "chance", "moment", "platform"})


_SELF_PRONOUNS = {"he": ("Person",), "she": ("Person",), "it": ("Country", "Organization"),
                  "they": ("Person", "Country")}  # "the leaders said they support X"


def _reporter(t: Token, pronoun: str, res: Resolver) -> list[Ref]:
    """'X said he was disappointed and accused Y', 'Kenya said it would ...': a he/she/it
    subject of a reported clause is the reporter of that clause."""
    u = t
    while u.dep_ == "conj" and u.head != u:
        u = u.head
    if u.dep_ != "ccomp" or u.head.lemma_ not in REPORTING_VERBS:
        return []
    kind = _SELF_PRONOUNS[pronoun]
    for c in reversed(list(u.head.lefts)):  # the nearest subject (not a misparsed dateline)
        if c.dep_ == "nsubj" and c.lower_ not in _SELF_PRONOUNS:
            refs = res.many(c)
            many = pronoun == "they"
            if many and len(refs) == 1:  # "A, B, C and D said they ...": a list the parser
                # hung on A as an apposition
                refs = list(dict.fromkeys(r for a in c.children if a.dep_ == "appos"
                                          for x in (c, a, *a.conjuncts) for r in res.one(x)))
            return refs if (len(refs) >= 2) == many and refs and all(
                r.kind in kind for r in refs) else []
    return []


_STATE_NOUNS = frozenset({"country", "nation", "government", "state"})


_ACTORS = ("Person", "Country", "Organization")
#: Acts of a speaker, not of the states a reported description is about.
_SPEECH_ACTS = frozenset({"assure", "reassure", "promise", "pledge", "vow", "urge", "ask",
                          "tell", "warn", "thank", "insist", "stress"})


def _misattached(came: Token, t: Token, refs: list[Ref]) -> bool:
    """'X said the pact was dead and blamed Y', 'X said Y had not seen it and voiced concern':
    the parser hangs the tensed conjunct on the reported clause; it is the reporter's when
    that clause's subject is no actor, or when the conjunct has the reporter's tense while
    the reported verb has auxiliaries of its own."""
    if not (came.dep_ == "conj" and came.head == t and finite(came) and t.dep_ == "ccomp"
            and t.head.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass", "csubj")
                                              for c in t.children)):
        return False
    if not any(r.kind in _ACTORS for r in refs):
        return came.tag_ == t.head.tag_ or t.head.lemma_ in REPORTING_VERBS
    if t.head.lemma_ not in THAT_VERBS:
        return False
    if t.lemma_ == "be" and came.lemma_ in _SPEECH_ACTS and came.tag_ == t.head.tag_ and \
            not (len(refs) == 1 and refs[0].kind == "Person"):
        return True  # "X said A and B were one people and assured Y": X assured
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in t.children)
    return own_aux and came.tag_ == t.head.tag_ and not any(
        c.dep_ in ("aux", "auxpass") for c in came.children)


def _reported_deep(came: Token, t: Token, refs: list[Ref]) -> Token | None:
    """'X said Santiago was concerned that the move could erode Y and urged Z to ...': a
    conjunct hung on a clause reported deeper down, whose subject is no actor, is the
    outer reporter's act when it has his tense (the reporting verb, else None)."""
    if not (came.dep_ == "conj" and came.head == t and finite(came) and t.dep_ == "ccomp"
            and not any(r.kind in _ACTORS for r in refs)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
        return None
    up = t.head
    for _ in range(3):  # (through 'was concerned that', 'said it feared that')
        if up.dep_ not in ("ccomp", "acomp") or up.head == up:
            return None
        up = up.head
        if up.lemma_ in REPORTING_VERBS and up.tag_ == came.tag_:
            return up
    return None


#: Legal instruments whose signer does what they do: "signed a decree revoking X".
_INSTRUMENTS = frozenset({"law", "decree", "bill", "order", "ordinance"})


def named_among(toks: Iterable[Token], res: Resolver) -> list[Ref]:
    """The states and persons named among ``toks``, each mention once, in order."""
    seen: set[int] = set()
    out: list[Ref] = []
    for t in toks:
        j = res.dm.owner[t.i]
        if j >= 0 and j not in seen:
            seen.add(j)
            out += [r for r in res.one(res.dm.doc[res.dm.mentions[j].start])
                    if r.kind in ("Country", "Person") and r not in out]
    return out


def _split_list(c: Token, refs: list[Ref]) -> bool:
    """'Chad, Sierra Leone and Togo quit ...': a state list whose head the parser made an
    apposition's host (unlike a dateline, 'GENEVA (AP) - A and B agreed', it is no place
    and is not set in capitals)."""
    return bool(refs) and not c.text.isupper() and all(r.kind == "Country" for r in refs) \
        and any(a.dep_ == "appos" and any(x.dep_ == "conj" for x in a.children)
                for a in c.children)


def _stray_agents(v: Token, res: Resolver) -> list[Ref]:
    """The doers of an agentless passive that the sentence or the story names elsewhere:
    the signers of a signing, the state whose treaty was ended (see
    :mod:`~dipgraph.loaders.extract.strayagents`, and :func:`_bound_by`)."""
    return with_signers(v, res) or also_signed(v, res) or _bound_by(v, res) or \
        late_by(v, res) or owner_left(v, res)


def _named_after(noun: Token, res: Resolver) -> list[Ref]:
    """'received by his host, President X': the person named after a role noun that names
    no one itself, when the parser hung the name apart from it."""
    k = noun.right_edge.i + 1
    if k + 1 >= len(noun.doc) or noun.doc[k].text != "," or not (
            noun.lower_ in TITLE_HEADS or noun.lower_ in ("host", "counterpart", "head")):
        return []  # (not "welcomed by crowds, X said")
    return people_run(noun.doc, k + 1, min(len(noun.doc), k + 6), res, frozenset())[:1]


def _apposed(noun: Token, res: Resolver) -> list[Ref]:
    """'by its ally Russia', 'by its allies Russia and China': the names set beside a
    common noun that names no one itself."""
    if noun.pos_ != "NOUN":
        return []
    return [r for a in noun.children if a.dep_ == "appos" for r in res.many(a)]


def _bound_by(v: Token, res: Resolver) -> list[Ref]:
    """'A and B normalised relations under a basic treaty signed in 1965': A and B."""
    noun = v.head
    if v.dep_ != "acl" or v.tag_ != "VBN" or noun.dep_ != "pobj" or \
            noun.head.lower_ != "under" or any(c.dep_ == "agent" for c in v.children):
        return []
    gov = verb_above(noun.head)  # ("normalised relations under": the verb of the relations)
    states = [r for r in _subjects(gov, res) if r.kind == "Country"]
    return states if len(states) >= 2 and gov.pos_ == "VERB" else []


def _subjects_parse(v: Token, res: Resolver) -> list[Ref]:
    t = v
    came = v
    for _ in range(4):
        said = [r for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")
                for r in res.many(c)] if t != v else []
        if t != v and (_misattached(came, t, said) or reporters_participle(came, t, said, res)):
            came, t = t, t.head
            continue
        if t != v and (up := _reported_deep(came, t, said)) is not None:
            came, t = t, up
            continue
        passive = [c for c in t.children if c.dep_ == "nsubjpass"]
        if t != v and passive and v.dep_ == "conj":
            # "X was disappointed by Y and accused Z": the passive subject acts in the conjunct
            c = passive[0]
            refs = _reporter(t, c.lower_, res) if c.lower_ in _SELF_PRONOUNS else []
            return refs or res.many(c)
        if passive and came.tag_ == "VBG" and came.dep_ in ("pcomp", "advcl") and \
                (refs := res.many(passive[0])):
            return refs  # "X was welcomed by Y before holding talks with Z": X held them
        agent = [c for c in t.children if c.dep_ == "agent"]
        if agent:
            objs = [o for o in agent[0].children if o.dep_ == "pobj"]
            refs = (res.many(objs[0]) or _named_after(objs[0], res) or _apposed(objs[0], res)
                    ) if objs else []
            if refs:
                return refs + [r for r in added_agents(agent[0], res) if r not in refs]
        elif t == v and any(c.dep_ == "nsubjpass" for c in t.children):
            refs = _stray_agents(t, res)
            if refs:
                return refs
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        for c in subj:
            if c.lower_ in ("who", "which", "that") and t.dep_ == "relcl":
                c = t.head if (first := plural_antecedent(c)) is c else first  # ("A and B, who")
                if c.dep_ == "appos" and c.head.pos_ == "PROPN" and c.pos_ == "NOUN" and \
                        c.lower_ in PERSON_NOUNS | TITLE_HEADS and t.lemma_ in _SPEECH_ACTS:
                    c = c.head  # "X, the chief adviser of Y, who urged ...": X
            elif t.dep_ == "relcl" and c.lemma_ in _STATE_NOUNS and any(
                    p.lower_ == "whose" for p in c.children):
                c = t.head  # "X, whose country is Y's ally": X stands for his state
            refs = _reporter(t, c.lower_, res) if c.lower_ in _SELF_PRONOUNS else []
            if refs and c.conjuncts:  # "X said she and Li had agreed": X and Li
                refs += [r for x in c.conjuncts for r in res.one(x) if r not in refs]
            refs = refs or subject_refs(c, res)
            # (a list, "A, B and Turkish President C", is none: its name parts hang apart)
            dateline = c.i == c.sent.start and any(a.dep_ == "appos" for a in c.children) \
                and not any(a.dep_ == "conj" for a in c.children)
            if dateline and _split_list(c, refs):  # ("Chad, Sierra Leone and Togo quit")
                dateline, refs = False, refs + [r for a in c.children if a.dep_ == "appos"
                                                for r in res.many(a) if r not in refs]
            if not refs or dateline or all(r.kind == "Place" for r in refs):
                # "GENEVA (AP) - Chile and Peru agreed": a dateline parsed as the subject.
                refs = [r for a in c.children if a.dep_ == "appos" for r in res.many(a)
                        if r.kind in ("Country", "Person")] or refs
            if refs and len(subj) > 1 and all(  # (a name the tagger cut: "Lee Jae-myung")
                    (x.pos_ == "PROPN" or res.dm.owner[x.i] >= 0) and x.i < t.i for x in subj):
                # "A, B and C adopted ...": the parser gave a split list two subjects
                more = [r for x in subj if x != c for r in res.many(x) if r not in refs]
                return refs + [r for r in more if r.kind == refs[0].kind]
            if refs:
                return refs
        if subj:
            return []
        agent = [c for c in t.children if c.dep_ == "agent"]
        if agent and any(c.dep_ == "nsubjpass" for c in t.children):
            objs = [o for o in agent[0].children if o.dep_ == "pobj"]
            return res.many(objs[0]) if objs else []
        if t.dep_ == "relcl" and t.head.dep_ == "attr" and t.head.lemma_ in _STATE_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            cop = t.head.head  # "X became the first nation to abandon Y": X abandoned Y
            if negated(cop) or hypothetical(cop) or cop.dep_ == "xcomp":
                return []  # (not "is not the first", "could become", "urged X to become")
            came, t = t, cop
            continue
        if t.head != t and (t.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp") or (
                t.dep_ == "acomp" and came.dep_ == "conj")):
            came, t = t, t.head  # ("X is concerned about and protests Y": X protests)
            if t.pos_ == "ADP":
                if t.lower_ == "for" and came.dep_ == "pcomp" and came.tag_ == "VBG":
                    done = [r for c in t.head.children if c.dep_ == "dobj"
                            for r in res.many(c)]
                    if done:  # "criticised A and B for sitting down with C": A and B sat
                        return done
                t = t.head
            continue
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
            named = [r for a in t.head.children if a.dep_ == "appos" for r in res.many(a)
                     if r.kind == "Person"] if t.head.lower_ in PERSON_NOUNS | TITLE_HEADS else []
            if named:  # "Kenya's new prime minister, X, called on ...", read as a phrase
                return named
            owner = _owner(t.head, res)
            noun = t.head
            if owner or (noun.lemma_ not in MESSAGE_NOUNS and noun.lemma_ not in _INSTRUMENTS):
                return owner
            # "issued a statement warning that ...", "in a letter urging X to ...": the
            # author of the message is who warns or urges ("signed a law revoking it": the
            # signer of the law revokes).
            if noun.dep_ == "dobj":
                t = noun.head
                continue
            if noun.dep_ == "pobj" and noun.head.head != noun.head:
                t = noun.head.head
                continue
            return []
        break
    return []


#: The actor of a noun ('X's request', 'request from X'): see :func:`.objects.noun_owner`.
_owner = noun_owner


def _pobjs(tok: Token, preps: tuple[str, ...], res: Resolver, *, deep: bool = True) -> list[Ref]:
    out: list[Ref] = []
    for c in [k for h in tok.children for k in ((h, *(
            x for x in h.conjuncts if x.pos_ == "ADP")) if h.dep_ == "prep" else (h,))]:
        # ("support for X and for Y's efforts": the second 'for' too)
        if c.dep_ in ("prep", "agent", "dative", "conj") and c.lower_ in preps:
            objs = [o for o in c.children if o.dep_ == "pobj"] or [
                o for p in c.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj"]  # "pulled out of X"
            for o in objs:
                if o.lower_ != "part":
                    out += res.many(o, target=deep) or included(o, res) or titled_apposite(
                        o, res)  # ("lenders, including X", "the head of Y's council, X,")
    return out


_LIST_WORDS = frozenset({"his", "her", "their", "its", "counterpart", "counterparts", "then",
                         "two", "three", "four", "both", "respective", "ministers", "leaders",
                         "presidents", "officials", "most"})


def _with_people(heads: Iterable[Token], res: Resolver, prep: str = "with") -> list[Ref]:
    """The persons a ``prep`` phrase under any of ``heads`` names, including those the
    parser failed to coordinate: 'spoke with Prime Minister A of X and President B of Y'
    lists people in a run of names, titles, states, commas and 'and' after the preposition."""
    refs: list[Ref] = []
    for h in heads:
        for p in h.children:
            if p.dep_ not in ("prep", "dative", "agent") or p.lower_ != prep:
                continue
            for r in _pobjs(h, (prep,), res, deep=False):
                if r.kind == "Person" and r not in refs:
                    refs.append(r)
            refs += [r for r in people_run(p.doc, p.i + 1, p.sent.end, res, _LIST_WORDS)
                     if r not in refs]
    return refs


def _owner_word(c: Token, objs: list[Token]) -> bool:
    """'accused Kosovo Prime Minister Albin Kurti': the parser made the state a second
    object, but it is the owner of the title that leads to the later object."""
    later = next((o for o in objs if o.i > c.i), None)
    return later is not None and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "NORP") \
        and later.ent_type_ == "PERSON" and all(
            t.dep_ == "compound" and t.pos_ == "PROPN" for t in c.doc[c.i + 1 : later.i]) \
        and any(t.lemma_.lower() in TITLE_HEADS for t in c.doc[c.i + 1 : later.i])


def _objects(v: Token, res: Resolver) -> list[Ref]:
    out: list[Ref] = []
    objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "dative", "attr")]
    for c in objs:
        if not _owner_word(c, objs):
            out += object_refs(c, res)
    return out + added_accords(v, res) if out else out


def _phrase(tok: Token) -> list[Token]:
    """A noun phrase's tokens without the clauses embedded in it."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "ccomp", "advcl", "prep") and c.pos_ != "VERB":
            out += _phrase(c)
    return out


def _venue(tokens: Iterable[Token], res: Resolver) -> Ref | None:
    """The first Place (or capital, as a venue) mentioned among ``tokens``."""
    for sub in tokens:
        j = res.dm.owner[sub.i]
        if j >= 0:
            m = res.dm.mentions[j]
            if m.kind == "Place" or (m.kind == "Country" and m.capital):
                name = m.key if m.kind == "Place" else m.text.title() \
                    if m.text.isupper() else m.text
                return Ref("Place", name)
    return None


def _place(tok: Token, res: Resolver) -> Ref | None:
    """Where an act happens: an 'in/at' phrase on the verb or noun, or on its object."""
    objects = [*[c for c in tok.children if c.dep_ == "dobj"],
               *[o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                 for o in c.children if o.dep_ == "pobj"]]
    # "met with his counterpart X in Busan": the venue may hang from the apposition
    # or a conjunct of the object rather than from the verb.
    heads = [tok, *[d for o in objects for d in _phrase(o)]]
    for c in [c for h in heads for c in h.children]:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            found = _venue(c.subtree, res)
            if found:
                return found
    # The parser sometimes hangs "X in Busan" on a later clause: take the first
    # 'in/at' phrase after the act, before any other verb of the sentence.
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "relcl":
            break
        if t.lower_ in ("in", "at") and t.dep_ == "prep":
            found = _venue(t.subtree, res)
            if found:
                return found
    return None


def _mode(tok: Token) -> str:
    words = {t.lower_ for t in tok.subtree}
    if words & {"video", "virtual", "videoconference", "video-link", "videolink", "online",
                "zoom", "video-conference", "virtually", "remotely", "teleconference"}:
        return "video"
    if words & {"phone", "telephone", "call", "phone-call", "telephoned", "phoned"}:
        return "phone"
    return "in_person"


def _emit(out: list[RawFact], rel: RelationType, srcs: list[Ref], tgts: list[Ref],
          anchor: Token, sent: Span, **kw: object) -> None:
    for a in srcs:
        for b in tgts:
            if rel == R.CRITICIZED and b.kind == "Accord" and anchor.lemma_ == "denounce" \
                    and (a.kind == "Country" or (anchor.dep_ == "acl" and anchor.head.lemma_
                                                 in _INSTRUMENTS)) \
                    and not any(c.dep_ == "prep" and c.lower_ == "as" for c in anchor.children):
                # a state formally denounces a treaty it leaves, or a leader by a law ("signed
                # a law denouncing it"); a leader's own denouncing (of what other states
                # signed) leaves nothing, and "denounced X as Y" is no leaving either
                out.append(RawFact(R.WITHDREW_FROM, a, b, anchor.i, sent, confidence=0.7))
                continue
            if _allowed(rel, a, b):
                out.append(RawFact(rel, a, b, anchor.i, sent, **kw))  # type: ignore[arg-type]


def _pairwise(out: list[RawFact], rel: RelationType, refs: list[Ref], anchor: Token,
              sent: Span, group: tuple[Ref, ...] | None = None, **kw: object) -> None:
    """Each pair of ``refs``, as one occasion of ``group`` (``refs`` unless given)."""
    for i, a in enumerate(refs):
        for b in refs[i + 1 :]:
            if _allowed(rel, a, b):
                out.append(RawFact(rel, a, b, anchor.i, sent, group=group or tuple(refs), **kw))  # type: ignore[arg-type]
