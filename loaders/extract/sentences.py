"""The per-sentence entry point: every rule run over one sentence's tokens (verbs, nouns,
idioms, alliances, stays, concern), then the sentence's visits settled (:mod:`.visits`) and
each fact's content read from the words it was found on."""

from __future__ import annotations

from spacy.tokens import Span

from dipgraph.loaders.extract.aidpledges import aid_rule
from dipgraph.loaders.extract.allegations import alleged_rule
from dipgraph.loaders.extract.alliances import alliance_rule, ally_rule
from dipgraph.loaders.extract.amongthem import among_them_rule
from dipgraph.loaders.extract.arrivals import arrival_rule
from dipgraph.loaders.extract.attendance import attended_rule
from dipgraph.loaders.extract.backers import backed_rule, backer_rule
from dipgraph.loaders.extract.barepledges import bare_pledge_rule
from dipgraph.loaders.extract.barestances import bare_concern_rule, bare_stance_rule
from dipgraph.loaders.extract.clauses import RawFact
from dipgraph.loaders.extract.concern import concern_adjective_rule, with_concern_rule
from dipgraph.loaders.extract.credentials import credentials_rule
from dipgraph.loaders.extract.defencepacts import defence_pact_rule
from dipgraph.loaders.extract.demands import demand_rule
from dipgraph.loaders.extract.doctokens import span_tokens
from dipgraph.loaders.extract.expectations import expectation_rule
from dipgraph.loaders.extract.factcontent import NO_CONTENT, content_of
from dipgraph.loaders.extract.futuresupport import future_support_rule
from dipgraph.loaders.extract.gapping import gapped_actors
from dipgraph.loaders.extract.handovers import handover_rule
from dipgraph.loaders.extract.ledtalks import led_talks_rule
from dipgraph.loaders.extract.lexicon import CONCERN_ADJECTIVES
from dipgraph.loaders.extract.meetings import (
    alongside_rule,
    aside_stay_rule,
    stay_rule,
    visiting_partner_rule,
)
from dipgraph.loaders.extract.membershipbids import membership_bid_rule
from dipgraph.loaders.extract.nominal import noun_rule
from dipgraph.loaders.extract.refs import Resolver
from dipgraph.loaders.extract.relations import verb_rule
from dipgraph.loaders.extract.signatories import signatories_rule
from dipgraph.loaders.extract.signings import (
    agreed_by_rule,
    among_rule,
    listed_item_rule,
    trailing_signed_rule,
)
from dipgraph.loaders.extract.stance import ready_pledge
from dipgraph.loaders.extract.targets import membership_backing
from dipgraph.loaders.extract.unwelcome import persona_non_grata_rule, recall_rule
from dipgraph.loaders.extract.visits import settle_visits
from dipgraph.loaders.extract.wherestays import attended_in_rule, where_stay_rule
from dipgraph.loaders.extract.witnessed import witnessed_signing_rule

__all__ = ["sentence_facts"]


def sentence_facts(sent: Span, res: Resolver) -> list[RawFact]:
    """All relations stated in one sentence."""
    out: list[RawFact] = []
    visiting = any(t.lower_ == "visiting" for t in span_tokens(sent))
    for tok in span_tokens(sent):
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_.startswith(
                "VB")) or (tok.lower_ == "committed" and tok.dep_ == "acomp"):
            if not membership_backing(tok, sent, res, out):  # "pressed for X to be admitted"
                verb_rule(tok, sent, res, out)
            agreed_by_rule(tok, sent, res, out)
            membership_bid_rule(tok, sent, res, out)  # "A applied to join NATO"
            among_rule(tok, sent, res, out)
            signatories_rule(tok, sent, res, out)  # "Among the signatories were A, B"
            trailing_signed_rule(tok, sent, res, out)
            witnessed_signing_rule(tok, sent, res, out)
            alongside_rule(tok, sent, res, out)
            if visiting:
                visiting_partner_rule(tok, sent, res, out)  # "A and visiting B agreed"
            arrival_rule(tok, sent, res, out)
            credentials_rule(tok, sent, res, out)  # "Y presented his credentials to X"
            handover_rule(tok, sent, res, out)  # "X handed over the instrument to Y"
            expectation_rule(tok, sent, res, out)  # "X expected Y to hand over Z"
            demand_rule(tok, sent, res, out)  # "X said Y must stop Z"
            stay_rule(tok, sent, res, out)
            aside_stay_rule(tok, sent, res, out)
            where_stay_rule(tok, sent, res, out)  # "from B, where he held talks"
            attended_in_rule(tok, sent, res, out)  # "attended the inauguration in Ankara"
            among_them_rule(tok, sent, res, out)  # "leaders flew to X, among them Y"
            alliance_rule(tok, sent, res, out)
            alleged_rule(tok, sent, res, out)  # "X alleged that Indian agents were behind Y"
            led_talks_rule(tok, sent, res, out)  # "the talks were led by A and B"
            persona_non_grata_rule(tok, sent, res, out)  # "X declared Y persona non grata"
            recall_rule(tok, sent, res, out)  # "X recalled its ambassador to Y"
            attended_rule(tok, sent, res, out)  # "X hosted a meeting, attended by A and B"
        elif tok.pos_ in ("NOUN", "PROPN"):
            noun_rule(tok, sent, res, out)
            ally_rule(tok, sent, res, out)
            backer_rule(tok, sent, res, out)
            backed_rule(tok, sent, res, out)  # "X counts on the support of Y"
            alliance_rule(tok, sent, res, out)
            defence_pact_rule(tok, sent, res, out)  # "A has a mutual defence treaty with B"
            if tok.pos_ == "PROPN":
                stay_rule(tok, sent, res, out)  # "X, in Y for talks, said"
        if tok.lower_ == "ready":
            ready_pledge(tok, sent, res, out)  # "X is ready to assist Y"
        if tok.lower_ in CONCERN_ADJECTIVES:
            concern_adjective_rule(tok, sent, res, out)
        if tok.dep_ in ("pobj", "compound", "amod"):
            with_concern_rule(tok, sent, res, out)  # "noted X with concern"
    listed_item_rule(sent, res, out)  # "The texts signed include:" "- a memorandum on X;"
    aid_rule(sent, res, out)  # "Germany committed 125 million euros" (to the state aided)
    bare_pledge_rule(sent, res, out)  # "X promised that ...": to the story's other state
    future_support_rule(sent, res, out)  # "X said Japan will continue to support Y"
    bare_stance_rule(sent, res, out)  # "X warned that ...", "condemned the move": at the
    # other state named
    bare_concern_rule(sent, res, out)  # "X expressed concern and urged Beijing to ..."
    out = settle_visits(out, sent, res)
    for fact in out:
        if fact.what is None and fact.rel not in NO_CONTENT:
            fact.what = content_of(sent.doc[fact.anchor])
    return out + gapped_actors(sent, res, out)  # "A left it in 2007, B in 2009"
