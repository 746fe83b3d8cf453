"""What an accord phrase is and holds: whether a noun heads one ('accord_head'), one name
per topic of a plural head ("agreements on A and B"), a text listed or named after it
("known as X", "the X Initiative, the 2022 deal"), an act on an accord as a verb's
object; the phrase's own words are :mod:`.accordphrase`'s.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.accorditems import counted_item
from dipgraph.loaders.extract.accordphrase import (
    TOPIC_VERBS,
    accord_span,
    amended_accord,
    bundle_end,
    signed_scheme,
)
from dipgraph.loaders.extract.accordtopics import in_named_work, site_place, topic_word
from dipgraph.loaders.extract.counts import count_of, count_word
from dipgraph.loaders.extract.lexicon import (
    ACCORD_HEADS,
    GROUP_NOUNS,
    LIGHT_VERB_NOUNS,
    PHRASAL_RELATIONS,
    VERB_RELATIONS,
    words,
)
from dipgraph.loaders.extract.spans import ORG_NAME_HEADS, in_relative_clauses, without_brackets

__all__ = [
    "CALL_VERBS",
    "accord_act_object",
    "accord_head",
    "accord_parts",
    "bare_act",
    "described",
    "known_as",
    "listed_items",
    "named_text",
    "signed_by_two",
    "told_text",
]


def _topic_link(tok: Token) -> tuple[Token, Token] | None:
    """The word that opens a plural accord's topic ('on', 'covering') and the topic's first
    head: "agreements on A and B", "memoranda of understanding on A and B" (an 'on' the
    parser hung on the verb too)."""
    doc, at = tok.doc, tok.i + 1
    if at + 1 < len(doc) and doc[at].lower_ == "of" and doc[at + 1].lower_ == "understanding":
        at += 2
    if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")":
        at += 3  # "memoranda of understanding (MoUs) on A and B"
    if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ == "on":
        at += 1  # "two memoranda, on A and on B"
    if at >= len(doc):
        return None
    link = doc[at]
    if link.lower_ == "on" and link.dep_ == "prep":  # (not "on Monday")
        objs = [c for c in link.children if c.dep_ == "pobj"
                and c.ent_type_ not in ("DATE", "TIME")]
    elif link.dep_ == "acl" and link.head.i == tok.i and link.lemma_ in TOPIC_VERBS:
        objs = [c for c in link.children if c.dep_ == "dobj"]
    else:
        return None
    return (link, objs[0]) if objs else None


def _topics(first: Token, link: Token) -> list[Token]:
    """The heads of a list of topics: 'trade and tourism'; 'on visa waivers and on trade'
    (the second 'on' a conjunct of the first); 'the construction of a pipeline and the
    management of the border posts', where the parser hung the second on 'pipeline' but its
    own determiner and 'of' make it the first's peer."""
    if first.conjuncts:
        return sorted([first, *first.conjuncts], key=lambda t: t.i)
    again = [o for p in link.subtree if p.dep_ == "conj" and p.lower_ == link.lower_
             for o in p.children if o.dep_ == "pobj"]  # (the second 'on' may hang on a
    # word of the first topic: "on cooperation in the green economy and on data")
    if again:
        return [first, *again]
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children)
    peers = [t for t in first.subtree if t.dep_ == "conj" and t.i > first.i and has_of
             and any(c.dep_ == "det" for c in t.children)
             and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)]
    return [first, *peers]


def _part_end(doc: Doc, start: int, end: int) -> int | None:
    """The end of one topic of a list (its words may name a topic; 'their' and 'its'
    stand for the parties; 'shared' describes), on its last noun; None if it is no topic."""
    last = None
    for t in doc[start:end]:
        if t.lower_ in ("in", "at") and t.dep_ == "prep" and last == t.i and (
                site := site_place(t)) is not None:
            return min(site, end)  # "the modernisation of a power plant in X"
        named = in_named_work(t)  # ("the joint management of the Corentyne River")
        if not (topic_word(t) or named or t.lower_ in ("a", "an", "their", "its") or (
                t.dep_ == "amod" and t.tag_ == "VBN" and t.is_lower)) or t.text == ",":
            break
        if t.pos_ == "NOUN" or (named and t.dep_ not in ("compound", "det")):
            last = t.i + 1
    return last


def accord_parts(tok: Token) -> list[str]:
    """One name per topic of a counted plural accord head: "signed two agreements, on A and
    on B" names 'agreement on A' and 'agreement on B'; "three agreements covering A, B and
    C" three accords. No count, a count that is not the number of topics, or a topic that
    is not one keeps the phrase whole (no names)."""
    acronym = tok.text.isalpha() and not tok.is_lower and tok.text.endswith("s") and \
        any(c.isupper() for c in tok.text[1:])
    if tok.tag_ not in ("NNS", "NNPS") and tok.lower_ not in ("memoranda", "memorandums") \
            and not acronym:
        return []
    count = count_word(tok)
    if count is None:  # "signed memoranda on A, B and C", "a raft of agreements covering
        return []  # water and trade": the fields a bundle covers, not one text each
    found = _topic_link(tok)
    if found is None:
        return []
    link, first = found
    doc = tok.doc
    if any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in first.children) and \
            any(t.lower_ in ("field", "fields", "area", "areas", "sector", "sectors")
                for t in first.subtree):
        return []  # "MoUs on cooperation in the fields of mining, trade and culture": one
        # field of cooperation whose parts are listed, not one text each
    topics = _topics(first, link)
    spans = [(t.left_edge.i, topics[n + 1].left_edge.i if n + 1 < len(topics)
              else t.right_edge.i + 1) for n, t in enumerate(topics)]
    if len(topics) < 2:  # "on energy, lithium and border security", parsed as one noun
        spans = _word_topics(doc, link.i + 1, first.right_edge.i + 1)
    if len(spans) < 2:  # "three MoUs on A, the management of B and C", the
        spans = _word_topics(doc, link.i + 1, _clause_end(link))  # parser lost B and C:
        # the words up to the clause's end, if they give as many topics as the count
    if len(spans) < 2 or count_of(count) != len(spans):
        return []
    head = tok.text[:-1] if acronym else "memorandum" if tok.lower_.startswith(
        "memorand") else tok.lemma_  # "MoUs", "memoranda"
    # modifiers as written ("cross-border"), without the count
    mods = "".join(t.text_with_ws for t in doc[accord_span(tok)[0] : tok.i]
                   if t.dep_ != "nummod").strip()
    # "on", "covering", "of understanding on" ("(MoUs)" and a comma left out)
    between = " ".join(without_brackets(doc[tok.i + 1 : link.i + 1]).replace(",", " ").split())
    names = []
    for start, stop in spans:
        end = _part_end(doc, start, stop)
        if end is None:
            return []
        names.append(" ".join(w for w in (mods, head, between, doc[start:end].text) if w))
    return names


def _clause_end(link: Token) -> int:
    """Where the words after a topic's ``link`` stop being its list: the sentence's end, a
    semicolon or colon, or a comma before a preposition, participle or 'which' (", at the
    close of ...", ", ending years of ...")."""
    doc = link.doc
    for k in range(link.i + 1, link.sent.end):
        if doc[k].text in (";", ":", "(") or doc[k].is_sent_end or (
                doc[k].text == "," and k + 1 < len(doc) and (doc[k + 1].tag_ in (
                    "IN", "VBG", "VBN", "WDT") or doc[k + 1].lower_ in ("which", "who"))):
            return k
    return link.sent.end


def _word_topics(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The items of 'A, B and C' between ``start`` and ``end``, read off the words: the
    parser may make them modifiers of the last one."""
    spans, first = [], start
    for k in range(start, end + 1):
        if k == end or doc[k].text == "," or doc[k].lower_ in ("and", "or"):
            if k > first:
                spans.append((first, k))
            first = k + 1
    return spans


def _called_a_deal(span: Span) -> bool:
    """'the X Initiative, the 2022 UN-brokered deal ...': a phrase after the comma headed
    by an accord noun (read off the words: the parser often does not make it an
    apposition)."""
    doc, k = span.doc, span.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("the", "a", "an"):
        return False
    for t in doc[k + 2 : k + 9]:
        if (t.lower_ in ACCORD_HEADS or t.lower_ == "arrangement") and t.tag_ == "NN":
            return True  # ("the U.N.- and Turkish-brokered arrangement")
        if not (t.pos_ in ("NUM", "PROPN", "ADJ", "NOUN") or t.text == "-" or t.tag_ == "VBN"
                or (t.lower_ == "and" and t.i > k + 2)):
            return False
    return False


def accord_act_object(span: Span) -> bool:
    """Whether ``span`` is what someone signs or withdraws from ('signed the X Initiative',
    'pulled out of the X Initiative'), or is called a deal in apposition ('the X
    Initiative, the 2022 deal that ...'): that makes a named scheme an accord."""
    if _called_a_deal(span):
        return True
    root = span.root
    if any(c.dep_ == "relcl" and VERB_RELATIONS.get(c.lemma_) in (R.SIGNED, R.WITHDREW_FROM)
           and any(s.dep_ == "nsubj" for s in c.children) for c in root.children):
        return True  # "a regional processing arrangement that the two countries signed"
    if root.dep_ == "nsubjpass" and root.head.pos_ == "VERB":
        # "the X Cooperation Arrangement was signed by A and B" (not "the National
        # Development Plan was signed by the president": one side's own scheme)
        agents = [o for a in root.head.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj"]
        return VERB_RELATIONS.get(root.head.lemma_) == R.SIGNED and any(
            o.conjuncts or o.lower_ in GROUP_NOUNS for o in agents)
    if root.dep_ not in ("dobj", "pobj"):
        return False
    head, parts = root.head, set()
    while head.pos_ == "ADP" and head.dep_ in ("prep", "prt"):  # "out of", "from"
        parts.add(head.lower_)
        head = head.head
    if head.lemma_ in ("participation", "membership") and head.dep_ == "dobj":
        head = head.head  # "suspended its participation in the X Initiative"
    parts |= {c.lower_ for c in head.children if c.dep_ == "prt"}
    rel = VERB_RELATIONS.get(head.lemma_) or next(
        (PHRASAL_RELATIONS[(head.lemma_, w)] for w in sorted(parts)
         if (head.lemma_, w) in PHRASAL_RELATIONS), None)
    return head.pos_ == "VERB" and rel in (R.SIGNED, R.WITHDREW_FROM)


#: Nouns that make an 'arrangement' a practical matter rather than an accord.
_PRACTICAL = frozenset({"seating", "travel", "working", "living", "security", "payment"})
#: Adjectives that type an 'arrangement' as an accord ("a provisional arrangement").
_ACCORD_ADJECTIVES = frozenset({"provisional", "interim", "transitional", "bilateral",
                                "trilateral", "temporary"})


def told_text(tok: Token) -> bool:
    """'The document was signed by X', 'signed the arrangement': a definite text noun some
    party signs, which is the accord told before (an arrangement only when bare)."""
    if tok.lower_ == "arrangement" and not all(c.dep_ == "det" for c in tok.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "on"):  # "put their signatures to
        gov = tok.head.head  # the document", "put pen to paper on the document"
        verb = gov if gov.pos_ == "VERB" else gov.head
        return any(verb.lemma_ in verbs and any(c.dep_ == "dobj" and c.lemma_ in nouns
                                                for c in verb.children)
                   for verbs, nouns, rel in LIGHT_VERB_NOUNS if rel == R.SIGNED)
    return tok.dep_ in ("nsubjpass", "dobj") and VERB_RELATIONS.get(tok.head.lemma_) == R.SIGNED


def signed_by_two(tok: Token) -> bool:
    """Whether a clause has two sides sign the text ``tok`` names: "A and B (the two
    sides) signed a framework for X", "signed a roadmap with B", "an arrangement that the
    two countries signed in 2021" (not "X signed the health plan into law")."""
    if tok.dep_ == "nsubjpass" and tok.head.lemma_ in ("sign", "ink"):  # "was signed by
        return any(c.dep_ == "agent" and sum(t.ent_iob_ == "B" and t.ent_type_ in (  # A and B"
            "PERSON", "GPE", "NORP") for t in c.subtree) >= 2 for c in tok.head.children)
    if tok.dep_ == "dobj" and tok.head.lemma_ in ("sign", "ink"):
        return any((c.dep_ == "nsubj" and (bool(c.conjuncts) or c.lower_ in GROUP_NOUNS or (
            c.tag_ == "NNS" and tok.lower_ == "statement" and any(
                x.lower_ in ("two", "both") for x in c.children)))) or (
            c.dep_ == "prep" and c.lower_ == "with") for c in [*tok.head.children,
                                                                 *tok.children])
    return any(r.dep_ == "relcl" and r.lemma_ in ("sign", "ink") and any(
        c.dep_ == "nsubj" and (bool(c.conjuncts) or c.tag_ == "NNS") for c in r.children)
        for r in tok.children)


def accord_head(tok: Token) -> bool:
    """Whether ``tok`` heads an accord's phrase: 'agreement', 'treaty', 'signed 15
    agreements' (a bundle, named with its count), ... (not in 'the Collective Security
    Treaty Organization' or 'reached agreement'), and a singular
    'arrangement' a modifier types ('the repatriation arrangement', 'a provisional
    arrangement')."""
    if counted_item(tok) is not None:  # "two memorandums, one on X and another on Y"
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lower_ == "arrangement":  # "the repatriation arrangement", "a provisional one"
        if told_text(tok):
            return True  # "Russia and Ukraine signed the arrangement in 2022": told before
        if tok.dep_ in ("conj", "appos") and tok.head.lower_ in ACCORD_HEADS and any(
                c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
            return True  # "a framework agreement on X and an arrangement on Y": listed
        return tok.tag_ == "NN" and any(c.is_lower and (
            (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in _PRACTICAL)
            or (c.dep_ == "amod" and (c.lower_ in _ACCORD_ADJECTIVES or c.nbor(-1).text == "-")))
            for c in tok.children)
    if tok.lower_ in ("addendum", "annex", "amendment"):  # "an addendum to the 2005 pact"
        return amended_accord(tok.doc, tok.i) is not None
    if tok.lower_ in ("letter", "letters"):  # "signed a letter of intent to build X"
        return tok.doc[tok.i + 1 : tok.i + 3].text.lower() == "of intent"
    if tok.lower_ in ("document", "documents"):  # "The document(s) was signed by X": the
        return told_text(tok)  # accord(s) told before
    if signed_scheme(tok):  # "A and B signed a programme of coordinated actions"
        return signed_by_two(tok)
    return not (tok.lower_ not in ACCORD_HEADS or bare_act(tok) or _any_one(tok) or (
        tok.dep_ == "compound" and tok.is_title and tok.head.lower_ in ORG_NAME_HEADS)
        or _set_out(tok) or _bundle_tail(tok))


def _bundle_tail(tok: Token) -> bool:
    """'memorandums' in "26 agreements and memorandums": a bare plural joined to a counted
    one, whose bundle it is part of (:func:`bundle_end`)."""
    head = tok.head
    return tok.dep_ == "conj" and tok.tag_ in ("NNS", "NNPS") and head.lower_ in \
        ACCORD_HEADS and bundle_end(head) > tok.i


def _set_out(tok: Token) -> bool:
    """Whether a counted plural's texts are set out right after it, each an accord of its
    own: "signed three agreements: a memorandum on X, ..."; "two deals, one on X and the
    other on Y" (but "17 memorandums, including one on X" is a bundle and that one)."""
    if tok.tag_ not in ("NNS", "NNPS") or count_word(tok) is None:
        return False
    doc = tok.doc
    for k in range(tok.i + 1, min(tok.sent.end, tok.i + 6)):
        if doc[k].text == ":" or counted_item(doc[k]) is not None:
            return True
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("including", "among"):
            break
    return False


_ANY = frozenset({"any", "every", "each", "no"})
#: Nouns counting a run of texts of one kind ("a string of defence pacts").
_RUNS = frozenset({"string", "series", "spate", "flurry", "succession", "slew", "wave", "package",
                   "raft", "batch", "set", "slate", "bundle", "range",
                   "line", "number", "host"})


def _any_one(tok: Token) -> bool:
    """'any treaty', 'any withdrawal from a treaty it has ratified': an accord spoken of in
    general, no text of its own."""
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if dets & _ANY:
        return True
    if tok.tag_ in ("NNS", "NNPS") and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lower_ in _RUNS and _topic_link(tok) is None:
        return True  # "the latest in a string of defence pacts": a kind of text, none named
    bare = dets <= {"a", "an"} and not any(c.dep_ in ("amod", "compound", "nmod", "nummod",
                                                        "poss", "prep", "acl")
                                           for c in tok.children)
    return bare and tok.dep_ == "pobj" and any(
        c.dep_ == "det" and c.lower_ in _ANY for c in tok.head.head.children)


def bare_act(tok: Token) -> bool:
    """'reached agreement on X': agreeing, with no accord named (no article or modifier)."""
    return tok.dep_ == "dobj" and tok.head.lemma_ in ("reach", "find", "seek") and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)


def named_text(accord: str) -> bool:
    """'agreement on fisheries', 'Lagos Accord': a text named by a name or a subject
    matter, not a 'trade deal' or 'peace deal'."""
    words = accord.split()
    return any(w[:1].isupper() for w in words) or any(
        w in ("on", "covering", "concerning", "regarding") for w in words[1:])


CALL_VERBS = words("call describe hail dub term label")  # "what X called the best treaty"


def described(root: Token) -> bool:
    """True for the NP of "what X called <NP>", "a deal X described as <NP>"."""
    head = root.head
    if head.pos_ == "ADP" and head.lower_ == "as":
        head = head.head
    return head.lemma_ in CALL_VERBS and root.dep_ in ("oprd", "dobj", "attr", "pobj", "xcomp") \
        and (any(c.lower_ in ("what", "which") for c in head.subtree if c.i < head.i) or (
            head.dep_ == "relcl" and head.head.lemma_ in ACCORD_HEADS) or any(
            t.lemma_ in ACCORD_HEADS for c in head.children if c.dep_ == "nsubj"
            for t in c.subtree if t.i < c.i))  # (also with "a deal X" read as the subject)


_KNOWN_AS = words("known called dubbed named titled")


def known_as(root: Token) -> str | None:
    """'the pact, formally known as the Joint Framework on Fisheries Access': the proper
    name a participle or relative clause gives the accord (capitalised words only)."""
    doc = root.doc
    for tok in doc[root.i + 1 : min(len(doc), root.i + 6)]:
        if tok.lower_ in _KNOWN_AS and tok.tag_ == "VBN":
            k = tok.i + 1
            if k < len(doc) and doc[k].lower_ == "as":
                k += 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            start = k
            while k < len(doc) and (doc[k].is_title or doc[k].is_upper or (
                    doc[k].lower_ in ("of", "on", "for", "and", "-") and k + 1 < len(doc)
                    and doc[k + 1].is_title)):
                k += 1
            name = doc[start:k].text
            return name if k - start >= 2 or (len(name) >= 3 and name.isupper()) else None
        if tok.is_punct and tok.text != ",":
            return None
    return None


#: What opens an item of a list: "a memorandum on A, an agreement on B and a protocol".
_ITEM_OPENERS = frozenset({",", ";", ":", "and", "or", "-", "--", "\u2013", "\u2014"})


def listed_items(tok: Token) -> list[Token]:
    """The accords set out after ``tok`` ("signed three agreements: a memorandum on A, an
    agreement on B and a protocol on C"; "signed an agreement establishing X, a memorandum
    on Y and a protocol on Z"; "an agreement worth $5m, as well as a protocol on Y"): accord
    heads the parser hung below it as an apposition or conjunct, each opening a list item,
    in text order. Not inside a relative clause ("an
    agreement that replaces a 2015 memorandum and a 2018 protocol") nor joined to an accord
    another clause names ("a deal extending the 2015 agreement and the 2018 protocol")."""
    doc = tok.doc
    aside = in_relative_clauses(tok)
    out = []
    for t in tok.subtree:
        if t.i == tok.i or t.i in aside or t.dep_ not in ("appos", "conj") or \
                t.left_edge.i == 0 or not (doc[t.left_edge.i - 1].text in _ITEM_OPENERS or
                                           doc[t.left_edge.i - 3 : t.left_edge.i].text.lower()
                                           == "as well as") or not accord_head(t):
            continue
        base = t
        while base.dep_ in ("appos", "conj") and base.head.i != base.i:
            base = base.head
        if base.i == tok.i or not accord_head(base):
            out.append(t)
    return out
