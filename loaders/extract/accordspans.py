"""The words of an accord's noun phrase: its modifiers and head, 'of understanding' and
the topic after 'on' or 'covering' ("a memorandum of understanding on energy") or what
it binds the parties to do ("an agreement to share surveillance data"), a
capitalised name after 'of'/'on' the parser hung elsewhere, but not a year in brackets
after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dipgraph.graph.relations import RelationType as R
from dipgraph.loaders.extract.accordtopics import (
    loose_topic,
    name_end,
    topic_end,
    topic_word,
    waters,
)
from dipgraph.loaders.extract.lexicon import (
    ACCORD_HEADS,
    NUMBER_WORDS,
    PHRASAL_RELATIONS,
    SCHEME_HEADS,
    VERB_RELATIONS,
    words,
)
from dipgraph.loaders.extract.spans import ORG_NAME_HEADS, in_relative_clauses, without_brackets

__all__ = [
    "CALL_VERBS",
    "VERDICT_WORDS",
    "accord_act_object",
    "accord_head",
    "accord_name",
    "accord_parts",
    "accord_span",
    "bare_act",
    "count_of",
    "described",
    "known_as",
    "listed_items",
    "named_text",
]


#: Counting words before an accord head that are no part of its name ("three agreements
#: on trade" names the agreements on trade; "the 2018 accord" keeps its year).
_COUNT_WORDS = frozenset({"several", "other", "both", "multiple", "various", "numerous",
                          "some", "many", *NUMBER_WORDS})


#: Participles that give an accord's subject matter: "agreements covering fisheries", "an
#: agreement establishing a border post".
_TOPIC_VERBS = frozenset({"cover", "concern", "regard", "govern", "establish", "create",
                          "regulate"})


#: Verbs of a relative clause that names an accord by what it made: "the treaty that
#: founded the Union", "the accord that ended the war".
_FOUNDING = frozenset({"found", "create", "establish", "end", "set", "launch"})


#: Words that judge or date an accord rather than name it: "a controversial security pact",
#: "a refreshed partnership" (hyphened ones, "long-awaited", are read by their shape).
VERDICT_WORDS = frozenset({"controversial", "landmark", "historic", "contentious", "fragile",
                            "ambitious", "sweeping", "disputed", "refreshed", "renewed",
                            "updated", "revamped", "upgraded", "stalled", "separate", "similar",
                            "comparable", "key", "major", "crucial", "vital", "important",
                            "full", "shorter", "short", "brief", "formal", "broad",
                            "wide-ranging", "far-reaching"})


#: What an accord 'of' is about when the phrase names it: "a treaty of friendship", "a
#: declaration of principles", "a pact of mutual defence".
_OF_TOPICS = frozenset({"peace", "friendship", "principle", "cooperation", "co-operation",
                        "amity", "intent", "normalization", "normalisation", "alliance",
                        "commerce", "navigation", "non-aggression", "partnership",
                        "reconciliation", "accession", "association", "collaboration",
                        "assistance", "defence", "defense", "neutrality", "unity",
                        "neighbourliness", "neighborliness", "commitment", "establishment"})


#: Nouns that open an accord's name with 'of' ("status of forces agreement"; not "a
#: series of trade agreements").
_OF_NAMES = frozenset({"status"})


def accord_span(tok: Token) -> tuple[int, int]:
    """The accord noun phrase around head ``tok``: modifiers, head, 'of understanding'."""
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nummod", "npadvmod", "nmod", "punct", "hmod",
                          "quantmod", "advmod"):
            start = min(start, child.left_edge.i)
    doc = tok.doc
    while start < tok.i:
        if start + 2 < tok.i and doc[start].tag_ == "RB" and doc[start + 1].text == "-" and \
                doc[start + 2].tag_ in ("VBN", "VBD", "JJ"):
            start += 3  # "a long-negotiated treaty", "the much-criticised pact"
        elif start + 2 < tok.i and doc[start + 1].text == "-" and doc[start + 2].lower_ == \
                "old" and doc[start].is_lower:
            start += 3  # "the century-old treaty", "a decades-old pact": an age, no name
        elif doc[start].dep_ in ("det", "poss", "punct", "cc", "case") or (
                doc[start].lower_ in _COUNT_WORDS and doc[start + 1].text != "-") or (
                doc[start].lower_ in VERDICT_WORDS and doc[start].is_lower and
                doc[start + 1].text != "-"):
            start += 1  # (not "the Five-Point Consensus")
        else:
            break
    gov = tok.head
    if tok.dep_ == "pobj" and gov.lower_ == "of" and gov.i == start - 1 and \
            gov.head.i == gov.i - 1 and gov.head.lower_ in _OF_NAMES:
        start = gov.head.i  # "a status of forces agreement": one name
    end = tok.i + 1
    for child in tok.rights:
        if _date_phrase(child) and child.i == end and _purpose(tok, child.right_edge.i + 1):
            end = child.right_edge.i + 1  # "an agreement on Monday to build a line"
        if child.dep_ == "prep" and child.i == end and (child.lower_ in ("of", "on") or (
                child.lower_ == "for" and tok.lower_ in SCHEME_HEADS)):  # "a framework for"
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].lower_ == "understanding":
                # "a memorandum of understanding on energy": its topic, not its parties
                end = objs[0].i + 1
                for sub in objs[0].rights:
                    sobjs = [c for c in sub.children if c.dep_ == "pobj"]
                    if sub.dep_ == "prep" and sub.lower_ == "on" and sub.i == end and sobjs \
                            and (topic := topic_end(sobjs[0])):
                        end = topic
                        break
            elif objs and objs[0].is_title and objs[0].ent_type_ not in ("DATE", "TIME"):
                end = name_end(objs[0])
            elif objs and child.lower_ == "of" and objs[0].lemma_ in _OF_TOPICS and \
                    (topic := topic_end(objs[0])):
                end = topic  # "a treaty of peace and normalization", "a declaration of
                # principles" (not "an agreement of the two sides")
            elif objs and child.lower_ in ("on", "for") and (topic := topic_end(objs[0])):
                end = topic  # "an accord on trade and investment"
            elif child.lower_ == "on" and (gerund := next((
                    c for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and
                    c.i == child.i + 1), None)) is not None:
                # "an agreement on patrolling along the border", "a memorandum on
                # overlapping maritime claims" (the parser's gerund)
                objs = [c for c in gerund.children if c.dep_ == "dobj"]
                topic = topic_end(objs[0]) if objs and objs[0].left_edge.i == gerund.i + 1 \
                    else None
                end = topic or child.i + 2
        elif child.dep_ == "acl" and child.i == end + 1 and doc[end].lower_ == "to" and \
                child.pos_ == "VERB" and doc[end].head.i == child.i:
            # "an agreement to share maritime surveillance data": what the parties undertake
            objs = [c for c in child.children if c.dep_ == "dobj"]
            if objs and objs[0].left_edge.i == child.i + 1 and \
                    not any(c.dep_ == "neg" for c in child.children) and \
                    (topic := topic_end(objs[0])):
                end = topic  # (not "to give Peru access to ...")
        elif child.dep_ == "acl" and child.i == end and child.lemma_ in _TOPIC_VERBS and \
                not any(c.dep_ == "nummod" and not _year(c) for c in tok.children):
            # "an agreement covering energy and trade"; not "three agreements covering
            # energy, fisheries and security", which are three texts
            objs = [c for c in child.children if c.dep_ == "dobj"]
            if objs and (topic := topic_end(objs[0])):
                end = next((w for p in child.children if p.i == topic and p.dep_ == "prep"
                            and (w := waters(p))), topic)  # "... navigation in the X waterway"
        elif child.dep_ == "relcl" and child.lemma_ in _FOUNDING and child.i == end + 1 and \
                doc[end].lower_ in ("that", "which") and tok.i + 1 == end:
            # "the treaty that founded the Union of South American Nations": what it made
            objs = [c for c in child.children if c.dep_ == "dobj"]
            end = name_end(objs[0]) if objs else end

    if tok.is_title:  # (also after a part the parser did hang on the head)
        end = _title_tail(tok, end)
    if end == tok.i + 1:
        end = loose_topic(doc, end)
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for k in range(start, end):
        if doc[k].text == "(" and k > tok.i:
            end = k  # "the Tarva Agreement (1958)": the bracket follows the name
            break
    return start, end


def _date_phrase(t: Token) -> bool:
    """'on Monday', 'in March': a preposition whose object is a date."""
    objs = [c for c in t.children if c.dep_ == "pobj"]
    return t.dep_ == "prep" and bool(objs) and objs[0].ent_type_ in ("DATE", "TIME")


def _purpose(tok: Token, at: int) -> bool:
    """Whether a 'to' clause hung on accord head ``tok`` starts at ``at``."""
    doc = tok.doc
    return at + 1 < len(doc) and doc[at].lower_ == "to" and doc[at + 1].head.i == tok.i and \
        doc[at + 1].dep_ == "acl"


def accord_name(tok: Token, start: int, end: int) -> str:
    """The words of the accord phrase ``start:end`` around head ``tok``, without brackets
    or a date hung between the head and what the parties undertake ("an agreement on
    Monday to build a line" names "agreement to build a line")."""
    doc = tok.doc
    gap = next((c for c in tok.rights if _date_phrase(c) and c.i == tok.i + 1
                and _purpose(tok, c.right_edge.i + 1) and c.right_edge.i < end), None)
    if gap is None:
        return without_brackets(doc[start:end])
    head = without_brackets(doc[start : gap.i])
    return f"{head} {without_brackets(doc[gap.right_edge.i + 1 : end])}"


def _title_tail(tok: Token, end: int) -> int:
    """'the Treaty on the Non-Proliferation of Nuclear Weapons': a capitalised name after
    'of'/'on' that the parser hung elsewhere still belongs to the accord's name, and so
    does a region after 'in' ('the Treaty on Conventional Armed Forces in Europe'; not a
    city, where it was signed)."""
    doc = tok.doc

    def region(k: int) -> bool:  # (not "in Africa's Great Lakes region")
        return doc[k].lower_ == "in" and k + 1 < len(doc) and doc[k + 1].ent_type_ == "LOC" \
            and not (k + 2 < len(doc) and doc[k + 2].text in ("'s", "\u2019s"))

    def party(k: int) -> bool:  # "the Paris Agreement to Uganda's dismay", "... for Ruto"
        return doc[k].lower_ in ("to", "for") and k + 1 < len(doc) and \
            doc[k + 1].ent_type_ in ("GPE", "ORG", "PERSON", "NORP")

    if end >= len(doc) or (doc[end].lower_ not in ("of", "on", "to", "for") and
                           not region(end)) or party(end):
        return end
    k, last = end + 1, end
    while k < len(doc) and doc[k].ent_type_ not in ("DATE", "TIME", "CARDINAL") and (
            doc[k].is_title or doc[k].lower_ in ("of", "and", "the", "on", "-", "to", "for")
            or (doc[k].is_upper and doc[k].is_alpha) or region(k)) and not party(k):
        if doc[k].is_title or doc[k].is_upper:
            last = k + 1
        k += 1
    return last


def count_of(tok: Token) -> int | None:
    """The number a count word says ('three', '3'), None for another word."""
    return int(tok.text) if tok.text.isdigit() else NUMBER_WORDS.get(tok.lower_)


def _topic_link(tok: Token) -> tuple[Token, Token] | None:
    """The word that opens a plural accord's topic ('on', 'covering') and the topic's first
    head: "agreements on A and B", "memoranda of understanding on A and B" (an 'on' the
    parser hung on the verb too)."""
    doc, at = tok.doc, tok.i + 1
    if at + 1 < len(doc) and doc[at].lower_ == "of" and doc[at + 1].lower_ == "understanding":
        at += 2
    if at >= len(doc):
        return None
    link = doc[at]
    if link.lower_ == "on" and link.dep_ == "prep":  # (not "on Monday")
        objs = [c for c in link.children if c.dep_ == "pobj"
                and c.ent_type_ not in ("DATE", "TIME")]
    elif link.dep_ == "acl" and link.head.i == tok.i and link.lemma_ in _TOPIC_VERBS:
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
    again = [o for p in link.conjuncts if p.lower_ == link.lower_ for o in p.children
             if o.dep_ == "pobj"]
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
        if not (topic_word(t) or t.lower_ in ("a", "an", "their", "its") or (
                t.dep_ == "amod" and t.tag_ == "VBN" and t.is_lower)) or t.text == ",":
            break
        if t.pos_ == "NOUN":
            last = t.i + 1
    return last


def accord_parts(tok: Token) -> list[str]:
    """One name per topic of a plural accord head: "signed agreements on A and B" names
    'agreement on A' and 'agreement on B'; "three agreements covering A, B and C" three
    accords. A count that is not the number of topics, or a topic that is not one, keeps
    the phrase whole (no names)."""
    acronym = tok.text.isalpha() and not tok.is_lower and tok.text.endswith("s") and \
        any(c.isupper() for c in tok.text[1:])
    if tok.tag_ not in ("NNS", "NNPS") and tok.lower_ not in ("memoranda", "memorandums") \
            and not acronym:
        return []
    found = _topic_link(tok)
    if found is None:
        return []
    link, first = found
    doc = tok.doc
    topics = _topics(first, link)
    spans = [(t.left_edge.i, topics[n + 1].left_edge.i if n + 1 < len(topics)
              else t.right_edge.i + 1) for n, t in enumerate(topics)]
    if len(topics) < 2:  # "on energy, lithium and border security", parsed as one noun
        spans = _word_topics(doc, link.i + 1, first.right_edge.i + 1)
    counts = [c for c in tok.children if c.dep_ == "nummod"]
    if len(spans) < 2 or (counts and count_of(counts[0]) != len(spans)):
        return []
    if link.pos_ == "VERB" and not counts:
        return []  # "a raft of agreements covering water, energy and trade": the fields they
        # cover, not one text each (as "three agreements covering ..." may be)
    head = tok.text[:-1] if acronym else "memorandum" if tok.lower_.startswith(
        "memorand") else tok.lemma_  # "MoUs", "memoranda"
    # modifiers as written ("cross-border"), without the count
    mods = "".join(t.text_with_ws for t in doc[accord_span(tok)[0] : tok.i]
                   if t.dep_ != "nummod").strip()
    between = doc[tok.i + 1 : link.i + 1].text  # "on", "of understanding on", "covering"
    names = []
    for start, stop in spans:
        end = _part_end(doc, start, stop)
        if end is None:
            return []
        names.append(" ".join(w for w in (mods, head, between, doc[start:end].text) if w))
    return names


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


def _year(tok: Token) -> bool:  # "a 2012 agreement": a year, not a count
    return tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100


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


def accord_head(tok: Token) -> bool:
    """Whether ``tok`` heads an accord's phrase: 'agreement', 'treaty', ... (not in 'the
    Collective Security Treaty Organization', 'reached agreement', or 'signed 15
    agreements' with no topic, which names no accord), and a singular
    'arrangement' a modifier types ('the repatriation arrangement', 'a provisional
    arrangement')."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lower_ == "arrangement":  # "the repatriation arrangement", "a provisional one"
        return tok.tag_ == "NN" and any(c.is_lower and (
            (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in _PRACTICAL)
            or (c.dep_ == "amod" and (c.lower_ in _ACCORD_ADJECTIVES or c.nbor(-1).text == "-")))
            for c in tok.children)
    if tok.lower_ not in ACCORD_HEADS or bare_act(tok) or (
            tok.dep_ == "compound" and tok.is_title and tok.head.lower_ in ORG_NAME_HEADS):
        return False
    counted = tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" and c.ent_type_ != "DATE" and 1 < (count_of(c) or 0) < 1000
        for c in tok.children) and not any(  # ("the two Minsk agreements" are named)
        c.dep_ in ("compound", "amod", "nmod") and c.is_title for c in tok.children)
    return not counted or _topic_link(tok) is not None


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
    on Y and a protocol on Z"): accord heads the parser hung below it as an apposition or
    conjunct, each opening a list item, in text order. Not inside a relative clause ("an
    agreement that replaces a 2015 memorandum and a 2018 protocol") nor joined to an accord
    another clause names ("a deal extending the 2015 agreement and the 2018 protocol")."""
    doc = tok.doc
    aside = in_relative_clauses(tok)
    out = []
    for t in tok.subtree:
        if t.i == tok.i or t.i in aside or t.dep_ not in ("appos", "conj") or \
                t.left_edge.i == 0 or doc[t.left_edge.i - 1].text not in _ITEM_OPENERS or \
                not accord_head(t):
            continue
        base = t
        while base.dep_ in ("appos", "conj") and base.head.i != base.i:
            base = base.head
        if base.i == tok.i or not accord_head(base):
            out.append(t)
    return out
