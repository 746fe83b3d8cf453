"""Signings: who signed which texts ("A and B signed X", "signed X with Y", "X was signed
by A and B", "signed two documents: a trade agreement and a security pact"); two or three
people who sign together in a main clause also met; "the X Declaration agreed by A and B";
texts listed "among the documents" or as the items of a list a signing leads in to."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dipgraph.loaders.extract.accordspans import listed_items
from dipgraph.loaders.extract.antecedents import relcl_accord
from dipgraph.loaders.extract.body import lead_in, sentences_back
from dipgraph.loaders.extract.clauses import (
    R,
    RawFact,
    _emit,
    _pairwise,
    _place,
    _pobjs,
    _stray_agents,
    _subjects,
    _with_people,
)
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.homestate import story_pair
from dipgraph.loaders.extract.lexicon import ACCORD_HEADS, GROUP_NOUNS, VERB_RELATIONS, words
from dipgraph.loaders.extract.mood import hypothetical, negated
from dipgraph.loaders.extract.refs import Ref, Resolver

__all__ = ["agreed_by_rule", "among_rule", "co_signers_met", "listed_item_rule", "signed_rule",
           "trailing_signed_rule"]


def co_signers_met(out: list[RawFact], people: list[Ref], v: Token, sent: Span,
                   res: Resolver) -> None:
    """Two or three co-signers in one main clause met at the signing (not "the treaty,
    signed by A and B in 1990", nor a summit's six), unless both are of one side (two
    ministers of one state, "A and B of the EU": the Commission and the Council)."""
    if not 2 <= len(people) <= 3 or v.dep_ in ("acl", "relcl", "advcl"):
        return
    parent = gazetteer().org_parent
    sides = {r: {info.country, info.org, parent.get(info.org or ""), *info.more_offices}
             - {None} if (info := res.people.persons.get(r.key)) else set() for r in people}
    met: list[RawFact] = []
    _pairwise(met, R.MET_WITH, people, v, sent, place=_place(v, res), mode="in_person",
              confidence=0.5)
    out += [f for f in met if not sides[f.source] & sides[f.target]]

#: Prepositions of the circumstances of an act, whose 'with' names no partner in it.
_WHEN_PREPS = words("after before during following amid despite since until ahead")
#: Verbs that help or keep another toward or from an act ("assist X in", "stop X from").
_STEERING = words("assist help support aid back prevent stop bar block keep deter dissuade "
                  "discourage prohibit ban hinder")
#: Prepositions of a co-signer: "signed the deal with X", "... alongside X".
_CO_SIGNING = ("with", "alongside")


def _noun_phrase(n: Token) -> list[Token]:
    """The nouns of a phrase through its prepositions, not into clauses: 'a plan for a
    partnership with X' gives plan and partnership."""
    out = [n]
    for c in n.children:
        if c.dep_ == "prep":
            out += [t for o in c.children if o.dep_ == "pobj" for t in _noun_phrase(o)]
    return out


def signed_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact], subj: list[Ref],
                objs: list[Ref], holders: list[Token], passive: bool) -> None:
    """The signers and texts of signing verb ``v`` (subjects and objects as read)."""
    if v.dep_ == "pcomp" and v.head.lower_ in ("in", "from") and v.head.head.lemma_ in _STEERING:
        return  # "assist A and B in concluding a treaty", "prevent X from ratifying it":
        # a signing helped toward or kept off, not done, and not by the subject
    if passive:
        # "signed by A, secretary of X's council, B and C": a list the parser splits
        subj = [r for r in subj if r.kind in ("Person", "Country")] or _stray_agents(v, res)
        subj += [r for r in _with_people([v], res, "by") if r not in subj]
    # "signed the deal with X" (or "alongside X"), "signed a plan for a partnership with X"
    phrases = [c for c in v.children if c.dep_ == "dobj"] + [
        o for c in v.children if c.dep_ == "prep" and c.lower_ not in _WHEN_PREPS
        for o in c.children if o.dep_ == "pobj"]  # not "after talks with the mediator"
    partners = [p for p in _pobjs(v, _CO_SIGNING, res) + [
        p for c in phrases for t in _noun_phrase(c) for p in _pobjs(t, _CO_SIGNING, res)]
        if p.kind in ("Country", "Person")]
    signers = subj + [p for p in dict.fromkeys(partners) if p not in subj]
    people = [r for r in signers if r.kind == "Person"]
    if not passive:
        co_signers_met(out, people, v, sent, res)  # "A and B signed the deal in X"
    # "signed two documents: a trade agreement and a security pact"
    objs = objs + [r for c in v.children if c.dep_ in ("dobj", "nsubjpass")
                   for a in listed_items(c) for r in res.one(a) if r not in objs]
    # "signed a memorandum on X, under which ..., and a protocol on Y": the parser hangs a
    # last item after a long clause on the verb
    objs += [r for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
             and c.i > v.i and v.doc[c.left_edge.i - 1].lower_ == "and"
             for r in res.one(c) if r.kind == "Accord" and r not in objs]
    accords = [t for t in objs if t.kind == "Accord"] or [
        t for h in holders for t in _pobjs(h, ("on", "to"), res) if t.kind == "Accord"] \
        or relcl_accord(v, res) or _signed_for_a_side(v, res)
    _emit(out, R.SIGNED, signers, accords, v, sent)


def _signed_for_a_side(v: Token, res: Resolver) -> list[Ref]:
    """'X signed on behalf of the Government of Ghana': with no text of its own, the one
    text the two sentences before (or this one) tell of being signed."""
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in v.children) or not any(
            p.lower_ == "on" and any(o.lower_ == "behalf" for o in p.children)
            for p in v.children if p.dep_ == "prep"):
        return []
    doc = v.doc
    found: dict[str, Ref] = {}
    for tok in doc[sentences_back(doc, v.sent.start, 2) : v.sent.end]:
        j = res.dm.owner[tok.i]
        if j >= 0 and res.dm.mentions[j].kind == "Accord" and tok.dep_ in (
                "dobj", "nsubjpass") and tok != v and _signing(tok.head):
            ref = res.mention_ref(j, tok)
            if ref is not None and (key := res.accord_id(ref)) is not None:
                found.setdefault(key, ref)
    return list(found.values()) if len(found) == 1 else []


def trailing_signed_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'a memorandum on combating X, signed by ministers A and B': the text named just
    before the comma, when the parser hung the participle inside its topic."""
    if v.lemma_ not in ("sign", "ink") or v.tag_ != "VBN" or v.dep_ not in ("advcl", "acl") \
            or v.i < 2 or v.doc[v.i - 1].text != "," or negated(v):
        return
    dm = res.dm
    j = dm.owner[v.i - 2]
    if j < 0 or dm.mentions[j].kind != "Accord" or (v.dep_ == "acl" and dm.owner[v.head.i] == j):
        return  # (hung on the text's own head: the verb rules read it)
    agents = [r for c in v.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj" for r in res.many(o) if r.kind in ("Country", "Person")]
    texts = [r for r in res.one(v.doc[v.i - 2]) if r.kind == "Accord"]
    _emit(out, R.SIGNED, agents, texts, v, sent, confidence=0.6)


def agreed_by_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'the Argyle Declaration agreed by both leaders': the agents sign the accord; so do
    the parties of 'the 1976 agreement, concluded between Norway and the Soviet Union'."""
    if v.lemma_ not in ("agree", "sign", "adopt", "endorse", "ink", "conclude") or \
            negated(v) or hypothetical(v):
        return  # (not "a ceasefire must be agreed by the Sudanese")
    accord = res.one(v.head) if v.dep_ == "acl" or (
        v.dep_ == "advcl" and v.head.pos_ == "NOUN") else []  # (", signed by A and B;")
    if not accord and v.dep_ == "conj" and v.head.dep_ == "acl":
        # "a statement dubbed the X Declaration and signed by A and B": what it was named
        accord = [r for c in v.head.children if c.dep_ in ("oprd", "dobj", "attr")
                  for r in res.one(c)] or res.one(v.head.head)
    if not accord and any(c.dep_ == "agent" for c in v.children):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                accord = [r for t in c.subtree for r in res.one(t) if r.kind == "Accord"]
    if not accord or accord[0].kind != "Accord":
        return
    agents = [r for c in v.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj" for r in res.many(o)]
    # "signed by the then foreign ministers A and B": the names the parser hung apart
    agents += [r for r in _with_people([v], res, "by") if r not in agents]
    if v.dep_ == "acl":  # "concluded between A and B": the parties
        agents += [r for c in v.children if c.dep_ == "prep" and c.lower_ == "between"
                   for o in c.children if o.dep_ == "pobj" for r in res.many(o)
                   if r.kind in ("Country", "Person") and r not in agents]
    _emit(out, R.SIGNED, agents, accord[:1], v, sent, confidence=0.6)


#: Nouns for the texts of a signing: "Among the documents (signed) were X and Y".
_DOCUMENTS = ACCORD_HEADS | {"document", "text", "instrument"}


def _signing(t: Token) -> bool:
    """Whether ``t`` is a signing verb that is neither denied nor only spoken of."""
    return VERB_RELATIONS.get(t.lemma_) == R.SIGNED and not negated(t) and \
        not hypothetical(t)


def _they_are(v: Token) -> bool:
    """'They are X; Y; and Z' opening its sentence, after the signing of some texts."""
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    return len(subj) == 1 and subj[0].lower_ in ("they", "these") and subj[0].i == \
        v.sent.start and v.i == subj[0].i + 1 and v.tag_ == "VBP"


def among_rule(v: Token, sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'The two countries signed nine agreements. Among the documents were X, Y and Z' (or
    'The documents exchanged included X and Y', 'They are a memorandum on X; ...'): each
    listed text was signed by the states of that signing, told in the four sentences
    before, and by the people the sentence just before names as its signers (not "Among
    the agreements still pending is ...", nor "the documents reviewed by the court")."""
    if v.lemma_ not in ("be", "include"):
        return  # (cheap test first: this runs on every verb)
    if v.lemma_ == "be":
        listed = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "among"
                  for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _DOCUMENTS]
        texts = [t for c in v.children if c.dep_ in ("nsubj", "attr") for t in (c, *c.conjuncts)]
        if not listed and _they_are(v):  # "A and B signed three instruments. They are a
            listed = [c for c in v.children if c.dep_ == "nsubj"]  # memorandum on X; ..."
            texts = [t for c in v.children if c.dep_ == "attr" and c.lemma_.lower() in
                     _DOCUMENTS for t in (c, *c.conjuncts)]
            if texts and v.dep_ == "ccomp" and v.head.pos_ == "NOUN" and v.head.i > v.i:
                texts += [v.head, *v.head.conjuncts]  # (the parser's root: "...; a memorandum
                # on Y; and an agreement on Z")
    else:
        host = v.head if v.dep_ == "conj" and v.head.tag_ == "VBD" and _made(v.head) else v
        listed = [c for c in host.children if c.dep_ == "nsubj" and c.lemma_.lower() in
                  _DOCUMENTS and c.tag_ == "NNS" and any(  # "The documents (exchanged)
                      d.dep_ == "det" and d.lower_ in ("the", "these") for d in c.children)]
        texts = [t for c in v.children if c.dep_ == "dobj" for t in c.subtree]  # included X"
    if not listed or any(c.dep_ in ("amod", "acl", "relcl") and (
            not _made(c) or hypothetical(c)) for c in listed[0].children) or any(
            c.dep_ in ("acomp", "advmod") and c.lower_ in ("pending", "still")
            for c in v.children) or any(t.lower_ in _UNSIGNED for t in listed[0].subtree) or \
            negated(v) or hypothetical(v):
        return
    signers = _recent_signers(sent, res)
    if signers is None:
        return
    found = list(dict.fromkeys(r for t in texts for r in res.one(t) if r.kind == "Accord"))
    if len(signers) >= 2:
        _emit(out, R.SIGNED, list(signers), found, v, sent, confidence=0.6)
    if found and (people := _signing_people(sent, res)):
        _emit(out, R.SIGNED, people, found, v, sent, confidence=0.6)


def _signing_people(sent: Span, res: Resolver) -> list[Ref]:
    """The people the sentence before names as the signers of some texts ("The
    instruments were signed by Minister X and his counterpart Y"), when two or more."""
    if sent.start == 0:
        return []
    for t in span_tokens(sent.doc[sent.start - 1].sent):
        if _signing(t) and any(c.dep_ in ("nsubjpass", "dobj") and c.tag_ == "NNS" and
                               c.lemma_.lower() in _DOCUMENTS for c in t.children):
            people = [r for r in _subjects(t, res) if r.kind == "Person"]
            if len(people) >= 2:
                return people
    return []


def _recent_signers(sent: Span, res: Resolver) -> list[Ref] | None:
    """The states of the signing told in the four sentences before ``sent`` (None when
    none was told): the states of the story's latest signing, else the signing verb's own
    ("A and B signed seven agreements": no text named yet)."""
    doc = sent.doc
    signing = [t for t in doc[sentences_back(doc, sent.start, 4) : sent.start] if _signing(t)]
    if not signing:
        return None
    return list(res.state.doers.get("signing", [])) or next((  # ("A and B signed three
        states for t in reversed(signing)  # texts. The texts were signed by X and Y.")
        if (states := [r for r in _subjects(t, res) if r.kind == "Country"])), [])


#: Words that keep listed texts unsigned: "the documents still under review include X".
_UNSIGNED = frozenset({"still", "pending", "draft", "proposed", "review", "negotiation",
                       "discussion", "consideration", "yet"})


def _made(t: Token) -> bool:
    """A signing verb, or the exchange of the signed texts: 'the documents exchanged'."""
    return _signing(t) or (t.lemma_ == "exchange" and not negated(t))


def listed_item_rule(sent: Span, res: Resolver, out: list[RawFact]) -> None:
    """'The texts signed include:' then '- a memorandum on X;' '- an agreement on Y;':
    each listed text was signed by the signers the lead-in names (its subjects, or "signed
    between the Government of A and the Government of B:"), else by the states of a
    signing told in the four sentences before, else by the story's latest signing's, else
    (for 'the two delegations', or a passive "the following documents were signed:" with
    no agent) by the story's two states. A lead-in with no signing, or a denied one, lists
    nothing signed."""
    if not res.dm.body.items:
        return  # (no list in the story: this runs on every sentence)
    lead = lead_in(sent, res.dm.body)
    if lead is None:
        return
    signing = [t for t in lead if VERB_RELATIONS.get(t.lemma_) == R.SIGNED]
    if not signing or not all(_signing(t) for t in signing):
        return
    signers = [r for v in signing if v.dep_ not in ("acl", "relcl")
               for r in _subjects(v, res) + _pobjs(v, ("between",), res)
               if r.kind in ("Country", "Person")]  # ("signed between the Government of A
    # and the Government of B:")
    unsaid = any(c.dep_ == "nsubj" and c.lower_ in GROUP_NOUNS for v in signing
                 for c in v.children) or all(  # "the two delegations had signed three
        any(c.dep_ == "nsubjpass" for c in v.children) and not any(  # texts:", "the
            c.dep_ == "agent" for c in v.children) for v in signing)  # following documents
    signers = signers or _recent_signers(lead, res) or list(  # were signed:": the story's
        res.state.doers.get("signing", [])) or (  # two states
        [Ref("Country", k) for k in story_pair(res.dm)] if unsaid else [])
    texts = [r for r in res.one(sent.root) if r.kind == "Accord"]
    if len(signers) >= 2 and texts:  # (dated by the lead-in's signing)
        _emit(out, R.SIGNED, signers, texts[:1], signing[0], sent, confidence=0.6)
