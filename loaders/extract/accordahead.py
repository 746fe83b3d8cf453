"""A bare accord the story names right after: "under an agreement signed in Juba on
Tuesday ... the two presided over the signing of the Status of Forces Agreement on X" is
one text, told first by its kind and then by its name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.accordinfo import AccordInfo
from dipgraph.loaders.extract.accordsets import rekey
from dipgraph.loaders.extract.body import sentence_numbers
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.lexicon import VERB_RELATIONS
from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["named_ahead"]


def _signed_here(tok: Token) -> bool:
    """Whether accord head ``tok`` is what a signing verb or 'the signing of' takes."""
    head = tok.head
    if head.lower_ == "of" and head.head.lemma_ == "signing":
        return True
    return head.pos_ == "VERB" and VERB_RELATIONS.get(head.lemma_) == R.SIGNED


#: Words that say nothing of a text's content: "a new international treaty" is bare.
_NO_CONTENT = frozenset({"new", "international", "legally", "binding", "landmark", "historic",
                         "bilateral", "formal", "fresh", "-"})


def _bare(name: str) -> bool:
    """Whether an accord's name is its kind alone, bar words of no content."""
    return all(w.lower() in _NO_CONTENT for w in name.split()[:-1])


def _before(doc: Doc, start: int) -> int:
    """The token before a mention, past words of no content ('a new' + 'treaty')."""
    k = max(0, start - 1)
    while k > 0 and doc[k].lower_ in _NO_CONTENT:
        k -= 1
    return k


def _next_subject(dm: DocMentions, first: Token, at: int, sent_no: dict[int, int]) -> bool:
    """'X signed a new treaty with Y. The UK-Rwanda Asylum Partnership Treaty builds on
    ...': the signed text, named as the next sentence's opening subject by a state the
    signing named (not "The Lisbon Treaty governs ...")."""
    doc = dm.doc
    sent = doc[at].sent
    if not (_signed_here(first) and sent_no[sent.start] - sent_no[first.sent.start] == 1 and
            (at == sent.start or (at == sent.start + 1 and doc[sent.start].lower_ == "the"))):
        return False
    named = {gazetteer().lookup_country(t.text) for t in doc[at : at + 6]}
    return bool(named & _states(dm, first.sent))


def _states(dm: DocMentions, span: Span) -> set[str]:
    """The states named in ``span``."""
    return {m.key for m in dm.mentions if m.kind == "Country" and span.start <= m.start < span.end}


def _new_states(dm: DocMentions, first: Span, then: Span) -> bool:
    """Whether ``then`` names a state that ``first`` does not: other signers, another text
    ("On Tuesday, Tanzania and Burundi signed the Kigoma Accord")."""
    return bool(_states(dm, then) - _states(dm, first))


def named_ahead(dm: DocMentions, accords: dict[str, AccordInfo], of_mention: dict[int, str],
                more_of: dict[int, list[str]]) -> None:
    """Fold an indefinite bare accord ('an agreement', nothing said of its topic) into a
    named accord of its kind signed in the same or the next two sentences and not told
    before, when no other accord comes between and the naming sentence brings in no state
    the first did not name."""
    doc = dm.doc
    sent_no = sentence_numbers(doc)
    told = sorted((dm.mentions[j].start, j) for j in of_mention)
    seen: set[str] = set()
    for n, (start, j) in enumerate(told):
        key = of_mention[j]
        info = accords.get(key)
        first = key not in seen
        seen.add(key)
        if info is None or not first or info.proper or info.plural or not _bare(info.name) or \
                n + 1 >= len(told) or doc[_before(doc, start)].lower_ not in ("a", "an"):
            continue
        nxt = of_mention[told[n + 1][1]]
        other = accords.get(nxt)
        m2 = dm.mentions[told[n + 1][1]]
        root = doc[m2.start : m2.end].root
        if other is None or not other.proper or nxt in seen or other.year or \
                other.cls != info.cls or \
                sent_no[root.sent.start] - sent_no[doc[start].sent.start] > 2 or \
                not (_signed_here(root) or _next_subject(dm, doc[start : dm.mentions[j].end].root,
                                                         m2.start, sent_no)) or \
                _new_states(dm, doc[start].sent, root.sent):
            continue
        other.aliases = list(dict.fromkeys([*other.aliases, *info.aliases]))
        other.mentions += info.mentions
        other.acronyms |= info.acronyms
        del accords[key]
        rekey(of_mention, more_of, key, nxt)
