"""Whether a clause states a real act: negated ('did not meet'), denied ('denied
meeting'), asked ('Will X sign?'), or only planned, wished, asked for or hypothetical
('plans to visit', 'urged X to sign', 'demanded that X scrap Y', 'if X signs').
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.lexicon import (
    CLAIM_NOUNS,
    DENIAL_VERBS,
    GOV_NOUNS,
    HYPOTHETICAL_MODS,
    NOMINAL_RELATIONS,
    words,
)

__all__ = ["SESSION_NOUNS", "conditional", "decided", "finite", "hypothetical", "joined_clauses",
           "negated", "question", "to_clause", "upcoming", "verb_above"]

_CONTROL = words(
    "plan hope seek want consider intend postpone expect aim try wish desire invite invitation "
    "ask urge request encourage proposal offer bid intention readiness agree vow pledge "
    "promise threaten prepare propose schedule slate due poised ready willing eager "
    "likely set effort attempt push call press demand close near verge brink avoid refrain "
    # (stances on an act are not the act: "backed concluding the deal", "opposes signing")
    "back support favour favor endorse advocate oppose resist"
)

#: Of those, the ones whose infinitive clause with its own subject is not done ("expected A
#: to support X"); "considers A to be B" is a judgement told.
_CONTROL_CLAUSE = _CONTROL - {"consider"}

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite(v: Token) -> bool:
    """A verb with its own tense ('warned', 'urges'): in 'did not meet X and sign Y' the
    bare conjunct shares the negation and the modal; in 'do not need X and warned Y' the
    tensed conjunct is a clause of its own."""
    return v.tag_ in _FINITE


def _clause_mates(v: Token) -> bool:
    """``v`` is a conjunct that shares the auxiliaries of the verb it hangs on (not one
    with its own: "does not recognize X and has backed Y")."""
    return v.dep_ == "conj" and not finite(v) and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in v.children)


def to_clause(v: Token) -> bool:
    """'urged X to act', 'pushed X to release Y' (the parser also makes the infinitive an
    advcl), 'demanded that X withdraw': the verb takes a complement clause."""
    return any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) for c in v.children)


def joined_clauses(v: Token) -> set[int]:
    """Indexes of the tokens of the clauses joined on after ``v`` ("X called on Y, and she
    assured him that ..."): acts of their own, no complement of ``v``."""
    return {t.i for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            for t in c.subtree}


def negated(v: Token) -> bool:
    """'did not meet', 'never signed', 'without consulting', 'denied meeting X', 'refused to
    sign', 'rumours that X met Y': the act is negated, denied or an unconfirmed claim."""
    t: Token | None = v
    for _ in range(3):
        if t is None:
            break
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") or (
                c.dep_ == "advmod" and c.lower_ == "longer" and any(
                    d.lower_ == "no" for d in c.children) and not any(
                    d.lower_ == "than" for d in c.subtree)) for c in t.children):
            return True  # ("no longer recognises X"; not "no longer than a week after")
        if t.dep_ != "xcomp" and not _clause_mates(t):
            break
        t = t.head
    return _denied(v)


#: Nouns of what others press for: "resisted calls to pull X out".
_CALL_NOUNS = frozenset({"call", "demand", "pressure", "request", "appeal"})


def _called_for(t: Token) -> bool:
    """'resisted calls from lawmakers to pull X out': the parser's adverbial 'to' clause
    is what the calls, the verb's object, ask for (not the purpose in 'rejected the ruling
    to show solidarity')."""
    return t.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children) \
        and any(o.dep_ == "dobj" and o.lemma_ in _CALL_NOUNS for o in t.head.children)


def _denied(v: Token) -> bool:
    """The act sits under a denial verb or a claim noun, or after 'without'."""
    t = v
    for _ in range(4):
        if (t.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl")
                and not _called_for(t)) or t.head == t:
            return False
        h = t.head
        if h.lower_ == "without" or h.lemma_ in DENIAL_VERBS or (
                t.dep_ == "acl" and h.lower_ in CLAIM_NOUNS) or _short_of(h):
            return True
        t = h
    return False


def _short_of(h: Token) -> bool:
    """'stopped short of suspending the treaty', 'fell short of recognising X': not done."""
    if h.lower_ == "short":
        h = h.head
    return h.lemma_ in ("stop", "fall") and any(c.lower_ == "short" for c in h.children)


_CLOSING = ("\"", "'", "\u201d", "\u2019")


def question(v: Token) -> bool:
    """A question is no report: 'Will Kenya sign the accord?'. Read once per document
    (whether each token's sentence ends in '?'): rules ask it for every verb."""
    doc = v.doc
    asked: list[bool] | None = doc.user_data.get("dipgraph_questions")
    if asked is None or len(asked) != len(doc):
        asked = []
        for sent in doc.sents:
            k = sent.end - 1
            while k > sent.start and (doc[k].is_space or doc[k].text in _CLOSING):
                k -= 1
            asked += [doc[k].text.endswith("?")] * len(sent)
        doc.user_data["dipgraph_questions"] = asked
    return asked[v.i]


#: Forms the tagger lemmatises wrongly: "hopes" -> "hop".
_LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def _control_lemma(t: Token) -> str:
    return _LEMMA_FIXES.get(t.lower_, t.lemma_)


#: Words that set a condition or a question on a clause.
_IF = frozenset({"if", "whether", "unless"})


def conditional(t: Token) -> bool:
    """Whether ``t`` is said on a condition: its own ("if Kenya signs") or a clause's under
    it ("would support Somalia if Mogadishu asked")."""
    return any(c.dep_ == "mark" and c.lower_ in _IF for c in t.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _IF for m in c.children)
        for c in t.children)


#: Verbs whose passive subject is an act not yet done: "a meeting was planned".
_PLANNING = words("plan schedule slate")
#: Verbs whose 'that' clause in the bare form is a demand: "insisted that Peru withdraw".
_MANDATIVE = words("demand insist urge ask request propose suggest recommend require")


def _subjunctive(v: Token) -> bool:
    """'demanded that the government scrap the pact': a bare verb in a 'that' clause of a
    demand is what is asked for, not what was done."""
    if v.dep_ != "ccomp" or _control_lemma(v.head) not in _MANDATIVE or any(
            c.dep_ == "aux" for c in v.children):
        return False
    # a bare form after one state or person ("that Chile withdraw") is no present tense
    one = [c for c in v.children if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP")
           and not any(x.dep_ == "conj" for x in c.children)]
    return v.tag_ == "VB" or (v.tag_ == "VBP" and bool(one))


def hypothetical(v: Token) -> bool:
    """The act is planned, wished, asked for, conditional or asked about, not done."""
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODS for c in v.children):
        return True
    if _clause_mates(v) and v.pos_ == "VERB" and v.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in v.children) and \
            v.head.dep_ in ("xcomp", "advcl", "ccomp") and hypothetical(v.head):
        return True  # "urged them to seize the chance and sign the deal"
    if v.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in v.children) and v.head.pos_ == "VERB" \
            and v.head.lemma_ != "go" and (any(
                c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODS for c in v.head.children)
                or (v.dep_ == "advcl" and hypothetical(v.head))):
        # "could meet in X to sign a deal", "are due to travel to X to press Y": the purpose
        # of a possible trip or meeting (not the narrative "would go on to sign")
        return True
    if v.dep_ == "xcomp" and v.head.pos_ in ("VERB", "AUX") and hypothetical(v.head):
        return True  # "urged Trump to help secure a ceasefire": asked for, as 'help' is;
        # "if Fico were to side with Orban": as conditional as 'were' is
    if v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.head.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and not any(
            c.dep_ in ("attr", "acomp") and c.lower_ != "due" for c in v.head.children):
        # (not "was the first country to sign"; but "is due to travel to X to sign")
        return True  # "the ministers are to meet before Christmas": planned (not "was to
        # host him for dinner", told as done)
    if v.dep_ == "xcomp" and v.head.lemma_ in ("continue", "keep", "remain") and any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODS for c in v.head.children):
        return True  # "would continue to stand by X": a pledge, not yet the act
    if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODS for c in v.children):
        return True
    if v.dep_ == "nsubjpass" and v.head.lemma_ in _PLANNING and not any(
            c.dep_ in ("acl", "relcl") for c in v.children) and not any(
            c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB" for c in v.head.children):
        return True  # "a meeting with X had been planned", "talks are scheduled for May"
        # (not "the visit, which ended on Monday, was planned ..." nor "was planned for
        # months and took place on Monday")
    if v.dep_ in ("nsubjpass", "dobj") and v.lemma_ in SESSION_NOUNS and _called_off(v.head):
        return True  # "a meeting between A and B, planned for May, was called off"
    if any(c.dep_ == "mark" and c.lower_ in _IF for c in v.children):
        return True  # "if Kenya signs the accord", "asked whether X would meet Y"
    if v.tag_ in ("VBZ", "VBP") and (any(c.dep_ == "mark" and c.lower_ in ("before", "until")
                                         for c in v.children) or (
            v.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once")
                                      for c in v.children) and hypothetical(v.head))):
        return True  # "the call comes days before X travels to Y", "they would discuss it
        # when X visits Y": still to come
    if v.pos_ in ("VERB", "AUX") and question(v):
        return True
    if (v.dep_ in ("xcomp", "dobj", "pobj", "acl") and _control_lemma(v.head) in _CONTROL) or (
            v.dep_ == "ccomp" and _control_lemma(v.head) in _CONTROL_CLAUSE and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children)) or \
            _subjunctive(v) or (v.dep_ == "relcl" and _control_lemma(v.head) in _CONTROL and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):  # ("no plans for
        # X to travel to Y")
        performative = v.dep_ != "ccomp" and v.head.lemma_ in ("want", "wish") and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in v.head.children)
        return not performative
    if v.dep_ == "advcl" and v.head.pos_ == "VERB" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once") for c in v.children) and \
            v.head.dep_ == "xcomp" and hypothetical(v.head):
        return True  # "is expected to brief them when they meet": not yet either
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and _control_lemma(v.head.head) in _CONTROL:
        return True  # "close to reaching a deal", "on the verge of signing"
    return v.dep_ == "pobj" and _control_lemma(v.head.head) in _CONTROL and v.head.lower_ not in (
        "after", "during", "since", "following", "at", "in", "before", "by", "with") and \
        v.head.i > v.head.head.i  # (not "X, on his trip to Y, asked Z to ...": set before)


#: Verbs that stop an act before it takes place: "cancelled the visit".
_CANCEL = frozenset({"cancel", "postpone", "scrap", "shelve", "defer"})
#: Nouns of a meeting or a visit ("during the talks"): the nominal rules' own, and "session";
#: held, not made, so that one called off did not take place (a deal scrapped later was).
SESSION_NOUNS = frozenset({"session", *(k for k, rel in NOMINAL_RELATIONS.items()
                                        if rel in (R.MET_WITH, R.VISITED))})


def _called_off(v: Token) -> bool:
    """Whether ``v`` calls off what it governs ('cancelled', 'postponed', 'called off')."""
    return v.lemma_ in _CANCEL or (v.lemma_ == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in v.children))


def upcoming(noun: Token) -> bool:
    """'met ahead of (before, prior to, in preparation for) a visit to X by Y': an event
    still to come when the clause's act took place."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None:
        return False
    if prep.lower_ == "before":
        return True  # "met Y before a visit to X"
    gov = prep.head  # "ahead of", "prior to", "(in) preparation for"
    return (prep.lower_, gov.lower_) in {("of", "ahead"), ("to", "prior"), ("for", "preparation")}


#: Verbs that make a state's future act a decision told: "announced that it will withdraw".
_DECIDING = frozenset({"announce", "decide", "confirm", "declare", "notify", "inform"})
#: Marks of a clause that makes it wait on something: "will withdraw if Russia attacks".
_CONDITIONS = _IF | {"once", "when", "until"}


def decided(v: Token) -> bool:
    """'Poland will withdraw from X', 'announced that Hungary will leave X': an act a state
    has decided on, told in the future tense (not 'could', 'if', 'threatened to'; nor a
    reported 'would', which cost a never-read set a spurious withdrawal, unless an
    announcement or decision reports it: 'announced that Poland would withdraw from X')."""
    announced = v.dep_ == "ccomp" and v.head.lemma_ in _DECIDING
    if not any(c.dep_ == "aux" and (c.lower_ in ("will", "'ll") or (
            announced and c.lower_ == "would")) for c in v.children) or \
            question(v) or any(c.dep_ == "advcl" and any(  # (not "... if Russia attacks")
                m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                for c in v.children):
        return False
    if v.dep_ == "ccomp":  # ("X will quit Y, the government said"; not "analysts say")
        said = [c for c in v.head.children if c.dep_ == "nsubj"]
        return not negated(v.head) and (v.head.lemma_ in _DECIDING or (
            v.head.lemma_ == "say" and any(s.lemma_ in GOV_NOUNS or s.ent_type_ == "GPE"
                                           for s in said)))
    return v.dep_ == "ROOT"


def verb_above(tok: Token) -> Token:
    """The nearest verb at or above ``tok`` (the sentence root when there is none)."""
    while tok.pos_ != "VERB" and tok.head != tok:
        tok = tok.head
    return tok
