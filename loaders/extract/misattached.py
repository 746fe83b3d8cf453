"""Words the parser hung on the wrong head, found in the repairs' one walk: a state listed
after a state read as its apposition ('Burkina Faso, the Republic of Mali and the Republic
of Niger'), and a 'by' read as the agent of a verb in the active voice that belongs to the
trip or talks before it ('the row erupted over a trip to X last week by A and B'), and
a second act hung on a verb inside a report ("X said ..., and called on Y": X called), a
sentence rooted at a clause that only tells of a text or a charge ("... the agreement A
and B concluded in 2019", "..., a charge Abidjan denies") or at a clause a mark makes
subordinate ("since Y took office, asked"), and the 'that' clause of a cleft hung on 'was'
("it was the United States that withdrew")."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.dates import WEEKDAYS
from dipgraph.loaders.extract.factdates import ASIDE_MARKS
from dipgraph.loaders.extract.lexicon import (
    ACCORD_HEADS,
    DENIAL_VERBS,
    GOV_NOUNS,
    GUEST_VERBS,
    NOMINAL_RELATIONS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    SAYING_NOUNS,
    TITLE_HEADS,
    VERB_RELATIONS,
)

__all__ = ["agent_trip", "cleft_focus", "denied_charge", "infinitive_conj", "listed_state",
           "listed_title", "marked_root", "name_object", "particle_object", "reporters_conj",
           "rooted_clause"]


def _titled_name(t: Token) -> bool:
    """'the President of Montenegro, Jakov Milatovic': a title with its holder set off."""
    return t.pos_ in ("NOUN", "PROPN") and t.lower_ in TITLE_HEADS and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)


def particle_object(tok: Token) -> None:
    """Mend a particle the parser gave an object ("also called on(prt) Kyiv to ..."): it is
    a preposition, as every rule that reads one expects."""
    if tok.dep_ == "prt" and any(c.dep_ == "pobj" for c in tok.children):
        tok.dep_ = "prep"


def name_object(tok: Token) -> None:
    """Mend the name a verb of meeting met when the parser took it for an adverb
    ("Godongwana met(VBD) Bessent(advmod) on Thursday") or for a subject of the next verb
    ("A met B and the two unveiled a plan"): it is the verb's object."""
    v = tok.head
    if tok.dep_ in ("advmod", "npadvmod") and tok.tag_ == "NNP" and tok.i == v.i + 1 and \
            tok.ent_type_ not in ("DATE", "TIME") and tok.lower_ not in WEEKDAYS and \
            v.pos_ == "VERB" and v.lemma_ in GUEST_VERBS and \
            not any(c.dep_ == "dobj" for c in v.children):
        tok.dep_ = "dobj"
    elif tok.lower_ in ("two", "both") and tok.dep_ == "conj" and tok.head.dep_ == "nsubj" and \
            tok.head.tag_ == "NNP":
        name, then = tok.head, tok.head.head
        met = then.head
        if then.dep_ == "conj" and met.pos_ == "VERB" and met.lemma_ in GUEST_VERBS and \
                met.i < name.i and not any(c.dep_ == "dobj" for c in met.children):
            for c in [c for c in name.children if c.dep_ == "cc"]:
                c.head = met
            name.head, name.dep_ = met, "dobj"
            tok.head, tok.dep_ = then, "nsubj"


def listed_title(tok: Token) -> None:
    """Mend 'was received by the Prime Minister, A, and the President, B', whose second
    titled name the parser made a second verb: it is listed with the first; and 'the
    President of Montenegro, B', whose holder it set off from the state, not the title."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in TITLE_HEADS:
        for state in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"):
            for name in [c for c in state.children if c.dep_ == "appos" and
                         c.ent_type_ == "PERSON" and tok.doc[c.left_edge.i - 1].text == ","]:
                name.head = tok
    v = tok.head
    if tok.dep_ != "conj" or not _titled_name(tok):
        return
    if v.dep_ == "appos" and v.ent_type_ == "PERSON" and _titled_name(v.head) and \
            v.head.dep_ == "pobj":
        tok.head = v.head  # ("by the Prime Minister, A, and the President, B": on A)
        return
    if v.pos_ != "VERB":
        return
    first = next((o for c in v.children if c.i < tok.i for o in (
        c, *(k for k in c.children if k.dep_ == "pobj")) if o.dep_ in ("dobj", "pobj")
        and _titled_name(o)), None)
    if first is not None:
        tok.head = first


def listed_state(tok: Token) -> bool:
    """'Burkina Faso, the Republic of Mali and the Republic of Niger': a state named after
    a name and followed by 'and' a third, which the parser hung on the first as an
    apposition, is the second of a list (the first may be taken for a person's name)."""
    return tok.dep_ == "appos" and tok.ent_type_ == "GPE" and tok.head.pos_ == "PROPN" and \
        tok.head.i < tok.i and any(c.dep_ == "cc" for c in tok.children) and any(
            c.dep_ == "conj" and c.ent_type_ == "GPE" for c in tok.children)


def agent_trip(tok: Token) -> Token | None:
    """The visit or meeting noun a stray 'by' belongs to: a 'by' with a name, under a verb
    that is no passive ('erupted ... by X'), after a trip or talks noun under that verb;
    None when the 'by' is a true agent."""
    if tok.lower_ != "by" or tok.dep_ not in ("agent", "prep"):
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or \
            verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children) or not any(
                c.dep_ == "pobj" and c.pos_ == "PROPN" for c in tok.children):
        return None  # (a name after it: not "rose by 5 percent", "travelled by car")
    nouns = [t for c in verb.children if c.dep_ == "prep" and c.i < tok.i
             for t in c.subtree if t.pos_ == "NOUN" and NOMINAL_RELATIONS.get(t.lemma_) in (
                 R.VISITED, R.MET_WITH)]
    doc = tok.doc
    return nouns[-1] if nouns and all(  # (right before the 'by', a date aside: not "after
        t.ent_type_ == "DATE" for t in doc[nouns[-1].right_edge.i + 1 : tok.i]) else None
    # the talks in Paris, Germany stood by Ukraine")


def _no_actor(v: Token) -> bool:
    """Whether verb ``v``'s subject is a thing that acts on no one ('any settlement had to
    be just'): a common noun, no person's or government's."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ not in PERSON_NOUNS and
               c.lower_ not in GOV_NOUNS and c.lemma_ not in PERSON_NOUNS for c in v.children)


def reporters_conj(v: Token) -> Token | None:
    """The reporting verb a past-tense verb with no subject of its own is the second act of,
    when the model hung it on a verb inside the report: "X told a gathering that the
    isolation was ending, and called on Washington to release ...": X called."""
    asked = any(c.dep_ == "cc" and c.lower_ == "but" and c.i < v.i for c in v.head.children) \
        and VERB_RELATIONS.get(v.lemma_) == R.REQUESTED  # "X said the bloc respected Y's
    # choices but (also) urged Lome to"
    # "said Russia cannot decide X and urged Y": a past act cannot share a modal's verb
    modal = v.head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD"
                                        for c in v.head.children)
    if v.dep_ != "conj" or v.tag_ != "VBD" or (v.head.tag_ == "VBD" and not _no_actor(
            v.head) and not asked) or v.i < 2 or (not asked and not modal and (
                v.doc[v.i - 1].lower_ != "and" or v.doc[v.i - 2].text != ",")) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None  # (", and called on X": not "said Russia is attacking Y and launched";
        # but "said London abstained because any settlement had to be just, and accused X";
        # a request set against what is reported is the reporter's)
    t = v.head
    for _ in range(4):
        if t.dep_ == "ccomp" and t.head.lemma_ in REPORTING_VERBS and t.head.tag_ == "VBD" \
                and any(c.dep_ == "nsubj" for c in t.head.children):
            return t.head
        if t.head == t:
            break
        t = t.head
    return None


def infinitive_conj(v: Token) -> Token | None:
    """The finite verb a past-tense verb is the second act of when the model joined it to
    an infinitive, whose tense it cannot share: "X stressed the need to preserve Y and
    called on Z to help": X called."""
    inf = v.head
    if v.dep_ != "conj" or v.tag_ != "VBD" or inf.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in inf.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    t = inf
    for _ in range(4):
        if t.head == t:
            return None
        t = t.head
        if t.tag_ == "VBD" and t.pos_ in ("VERB", "AUX"):
            return t
    return None


def denied_charge(v: Token) -> tuple[Token, Token, Token] | None:
    """(charge noun, denier, main clause) when the model read "Relations soured, with A
    accusing B of X, a charge B denies" as B denying the whole sentence: the denial is a
    relative clause on the charge (the accusation stands, as the one told)."""
    if v.dep_ != "ROOT" or v.lemma_ not in DENIAL_VERBS:
        return None
    subj = [c for c in v.children if c.dep_ == "nsubj" and c.lemma_ in SAYING_NOUNS and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)]
    if len(subj) != 1 or subj[0].left_edge.i < 1 or \
            v.doc[subj[0].left_edge.i - 1].text != ",":
        return None
    noun = subj[0]
    denier = [c for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i
              and c.right_edge.i == v.i - 1]
    main = [c for c in v.children if c.dep_ == "ccomp" and c.i < noun.i]
    return (noun, denier[0], main[0]) if len(denier) == 1 and len(main) == 1 else None


def rooted_clause(v: Token) -> tuple[Token, Token, Token] | None:
    """(accord noun, subject, main clause) when the model read "they agreed to revive
    the patrols of the agreement A and B concluded in 2019" with 'A and B concluded' as
    the sentence and the real main clause as its adverbial clause."""
    if v.dep_ != "ROOT" or v.tag_ != "VBD" or VERB_RELATIONS.get(v.lemma_) not in (
            R.SIGNED, R.WITHDREW_FROM) or any(c.dep_ == "dobj" for c in v.children):
        return None
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    first = subj[0].left_edge if len(subj) == 1 else None
    if first is None or first.i == 0 or subj[0].right_edge.i != v.i - 1:
        return None
    noun = v.doc[first.i - 1]
    main = [c for c in v.children if c.i < first.i and c.dep_ in ("advcl", "ccomp")
            and noun in c.subtree]
    if noun.lower_ not in ACCORD_HEADS or noun.dep_ not in ("pobj", "dobj") or len(main) != 1:
        return None
    return noun, subj[0], main[0]


#: Marks of a clause that tells when or why: it is never the sentence itself.
_SUBORDINATE = ASIDE_MARKS | {"although", "though", "while"}


def marked_root(v: Token) -> tuple[Token, Token] | None:
    """(main verb, mark) when the model rooted the sentence at a clause a mark makes
    subordinate and read the main verb as its conjunct: "X, on his first trip since Y took
    office in December, asked Z to ...": 'asked' (X asked; December dates no request)."""
    if v.dep_ != "ROOT":
        return None
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in _SUBORDINATE and
                 any(s.dep_ == "nsubj" and s.i < c.i for s in v.children)), None)
    main = [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > v.i
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    return (main[0], mark) if mark is not None and len(main) == 1 else None


def cleft_focus(v: Token) -> Token | None:
    """The one a cleft sentence puts first ("it was the United States that withdrew from
    the treaty"), when the model hung the 'that' clause on 'was' rather than on it."""
    be = v.head
    if v.dep_ != "ccomp" or be.lemma_ != "be" or not any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "who") and c.i < v.i
            for c in v.children) or not any(c.dep_ == "nsubj" and c.lower_ == "it"
                                            for c in be.children):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.i < v.i), None)
