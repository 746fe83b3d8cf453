"""Object pronouns: the verb whose subject 'him' is not ('X called Y and pressed him'), and
the envoy it stands for after 'summoned the Belarusian chargé d'affaires and handed him a
note of protest' (an unnamed envoy, so no person named earlier in the sentence is meant);
and the word a relative pronoun stands for ("A and B, who were received", "X, which Y
accused of ...")."""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.loaders.extract.lexicon import ENVOY_WORDS

__all__ = ["conjoined_envoy", "object_verb", "plural_antecedent", "relative_antecedent"]


def object_verb(tok: Token) -> Token:
    """The verb whose subject an object ``tok`` ('him', 'to him') is not: its own, or the
    first of joined verbs that share a subject ('X called Y and pressed him': X pressed)."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    while verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # ("held talks with him": the holding)
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                          for c in verb.children):
        verb = verb.head
    return verb


def conjoined_envoy(tok: Token) -> Token | None:
    """The envoy noun 'him'/'her' stands for ('summoned the ambassador and handed him a
    note'), or None."""
    verb = tok.head
    if tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "dative") or \
            verb.dep_ != "conj":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and (
        c.lower_ in ENVOY_WORDS or c.lower_ == "affaires")), None)


#: Verbs that say their subject is more than one: "who were received", "who have met".
_PLURAL_VERBS = frozenset({"were", "are", "have"})


def plural_antecedent(tok: Token) -> Token:
    """'A and B, who were received by C': the relative 'who' of a plural verb, hung on the
    last of coordinated names, stands for the first, whose conjuncts follow; any other
    token stands for itself."""
    verb = tok.head
    if tok.lower_ not in ("who", "whom") or verb.dep_ != "relcl" or not (
            verb.tag_ == "VBP" or any(t.lower_ in _PLURAL_VERBS for t in (verb, *verb.children)
                                      if t.dep_ in ("aux", "auxpass") or t == verb)):
        return tok
    first = verb.head
    if first.tag_ not in ("NNP", "NN"):
        return tok  # ("A and the delegates, who were ...": the plural noun itself)
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first if first.conjuncts else tok


#: Verbs whose object is a party, so that an object 'which' is the named antecedent.
_PARTY_OBJECT_VERBS = frozenset({"accuse", "urge", "ask", "warn", "blame", "invite", "press"})


def relative_antecedent(tok: Token) -> Token | None:
    """The word a relative pronoun stands for: 'who'/'whom' ("X, who was received by Y"),
    and an object 'which' of a verb whose object is a party ("Pakistan, which India has
    accused of ..."; not "struck Iran, which Russia condemned", the strike); else None."""
    verb = tok.head
    if verb.dep_ != "relcl" or not (tok.lower_ in ("who", "whom") or (
            tok.lower_ in ("which", "that") and tok.dep_ == "dobj" and
            verb.lemma_ in _PARTY_OBJECT_VERBS)):
        return None
    return verb.head
