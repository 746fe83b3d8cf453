"""The words of an accord's noun phrase: its modifiers and head, 'of understanding' and
the topic after 'on' or 'covering' ("a memorandum of understanding on energy"), after
'of' for a signed programme ("a programme of coordinated actions"), or what it binds the
parties to do ("an agreement to share surveillance data"), but not a year in brackets
after it. Where a capitalised name runs on past what the parser hung on it: see
:mod:`~dipgraph.loaders.extract.accordtitles`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dipgraph.loaders.extract.accordinfo import CLASSES
from dipgraph.loaders.extract.accordtitles import listed_topics, parties_cut, title_tail
from dipgraph.loaders.extract.accordtopics import (
    is_year,
    loose_topic,
    name_end,
    period_end,
    topic_end,
    waters,
)
from dipgraph.loaders.extract.counts import count_word
from dipgraph.loaders.extract.dates import WEEKDAYS
from dipgraph.loaders.extract.lexicon import (
    ACCORD_HEADS,
    NUMBER_WORDS,
    SCHEME_HEADS,
    SIGNED_SCHEMES,
)
from dipgraph.loaders.extract.spans import inner_acronym, without_brackets

__all__ = ["AMENDING", "TOPIC_VERBS", "VERDICT_WORDS", "accord_name", "accord_span",
           "amended_accord", "bundle_end", "is_year", "signed_scheme"]


def signed_scheme(tok: Token) -> bool:
    """A common noun for a text that is an accord when two sides sign one: "a programme of
    coordinated actions", "a plan of consultations" (not "the National Development Plan")."""
    return tok.lower_ in SIGNED_SCHEMES or tok.text == "plan"


#: Counting words before an accord head that are no part of its name ("three agreements
#: on trade" names the agreements on trade; "the 2018 accord" keeps its year).
_COUNT_WORDS = frozenset({"several", "other", "both", "multiple", "various", "numerous",
                          "some", "many", "dozen", "dozens", "score", "hundreds",
                          *NUMBER_WORDS})


#: Participles that give an accord's subject matter: "agreements covering fisheries", "an
#: agreement establishing a border post".
TOPIC_VERBS = frozenset({"cover", "concern", "regard", "govern", "establish", "create",
                          "regulate", "exempt", "waive", "abolish", "delimit", "demarcate",
                          "simplify", "allow", "permit", "grant", "reserve", "amend",
                          "renew", "ease", "lift", "facilitate", "guarantee", "define",
                          "protect", "allocate", "set", "extend"})


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
                            "wide-ranging", "far-reaching", "own"})  # ("its own tax treaty")


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


_DEFINITE = frozenset({"the", "these", "those", "both", "all"})


def _bundle_count(tok: Token) -> int | None:
    """Where the number of a newly told bundle of texts starts, kept in its name: "signed
    17 memorandums", "some twenty-two agreements" (not "the two agreements", told before,
    nor "a dozen agreements")."""
    if tok.tag_ not in ("NNS", "NNPS") and tok.lower_ not in ("memoranda", "memorandums"):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
           for c in tok.children):
        return None
    count = count_word(tok)
    return None if count is None else next(  # (not "some" in "some twenty-two")
        t.i for t in count.subtree if t.tag_ == "CD" or t.i == count.i)


def bundle_end(tok: Token) -> int:
    """The end of a counted plural accord phrase with a bare plural joined to it ("26
    agreements and memorandums (of understanding)"), else its own end."""
    doc = tok.doc
    end = tok.i + 1
    if count_word(tok) is None or end + 1 >= len(doc) or doc[end].lower_ != "and":
        return end
    other = doc[end + 1]
    if other.dep_ != "conj" or other.head.i != tok.i or other.lower_ not in ACCORD_HEADS or \
            other.tag_ not in ("NNS", "NNPS") or any(True for _ in other.lefts):
        return end
    end = other.i + 1
    return end + 2 if doc[end : end + 2].text.lower() == "of understanding" else end


def accord_span(tok: Token) -> tuple[int, int]:
    """The accord noun phrase around head ``tok``: modifiers, head, 'of understanding'."""
    start, floor = tok.i, 0
    for child in tok.lefts:
        if child.dep_ == "amod" and child.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            floor = child.i + 1  # "X signed agreements on Y", misparsed: the verb and its
            continue  # subject are no part of the name
        if child.dep_ in ("compound", "amod", "nummod", "npadvmod", "nmod", "punct", "hmod",
                          "quantmod", "advmod"):
            start = min(start, child.left_edge.i)
    start = max(start, floor)
    doc = tok.doc
    count = _bundle_count(tok)
    while start < tok.i and start != count:
        if start + 2 < tok.i and doc[start].tag_ == "RB" and doc[start + 1].text == "-" and \
                doc[start + 2].tag_ in ("VBN", "VBD", "JJ"):
            start += 3  # "a long-negotiated treaty", "the much-criticised pact"
        elif start + 2 < tok.i and doc[start + 1].text == "-" and doc[start + 2].lower_ == \
                "old" and doc[start].is_lower:
            start += 3  # "the century-old treaty", "a decades-old pact": an age, no name
        elif doc[start].dep_ in ("det", "poss", "punct", "cc", "case") or (
                doc[start].tag_ == "RB" and doc[start].is_lower and  # "formally the X"
                doc[start + 1].dep_ == "det") or (
                doc[start].lower_ in _COUNT_WORDS and doc[start + 1].text != "-") or (
                doc[start].text == "one" and doc[start + 1].text != "-") or (
                doc[start].head.lower_ in _COUNT_WORDS and doc[start].head.dep_ == "nummod"
                and doc[start].head.head.i == tok.i) or (  # "more than a dozen agreements"
                doc[start].lower_ in VERDICT_WORDS and doc[start].is_lower and
                doc[start + 1].text != "-"):
            start += 1  # (not "the Five-Point Consensus")
        else:
            break
    gov = tok.head
    if tok.is_title and tok.dep_ == "conj" and gov.i == start - 2 and doc[start - 1].lower_ \
            == "and" and gov.is_title and gov.ent_type_ not in ("GPE", "NORP", "PERSON", "ORG"):
        words = [t for t in gov.subtree if t.dep_ != "det" and t.i < start - 1]
        if words and all(t.is_title for t in words):
            start = words[0].i  # "the Gas Sales and Purchase Agreement", hung on "Sales"
    if tok.dep_ == "pobj" and gov.lower_ == "of" and gov.i == start - 1 and \
            gov.head.i == gov.i - 1 and gov.head.lower_ in _OF_NAMES:
        start = gov.head.i  # "a status of forces agreement": one name
    end = tok.i + 1
    for child in tok.rights:
        if _date_phrase(child) and child.i == end:
            after = child.right_edge.i + 1
            if (loose := loose_topic(doc, after)) > after:
                end = loose  # "an agreement on Thursday on the joint management of X"
                break
            elif (doing := _doing(doc, after)) is not None:
                end = doing  # "an agreement on Sunday waiving visa requirements"
                break
        if child.dep_ == "prep" and child.i == end and (child.lower_ in ("of", "on") or (
                child.lower_ == "for" and tok.lower_ in SCHEME_HEADS)):  # "a framework for"
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and (child.lower_ == "of" or objs[0].is_title) and (
                    objs[0].lower_ == "understanding" or (
                        objs[0].lower_ == "cooperation" and tok.lower_ == "memorandum")):
                # "a memorandum of understanding (of cooperation) on energy": its topic
                end = objs[0].i + 1
                for sub in objs[0].rights:
                    sobjs = [c for c in sub.children if c.dep_ == "pobj"]
                    if sub.dep_ == "prep" and sub.lower_ == "on" and sub.i == end and (
                            topic := topic_end(sobjs[0]) if sobjs else _gerund_topic(sub)):
                        end = topic  # ("... of understanding on building a pipeline")
                        break
            elif objs and objs[0].is_title and objs[0].ent_type_ not in ("DATE", "TIME"):
                end = name_end(objs[0])
            elif objs and child.lower_ == "of" and (objs[0].lemma_ in _OF_TOPICS or (
                    signed_scheme(tok) and tok.is_lower)) and \
                    (topic := topic_end(objs[0])):
                end = topic  # "a treaty of peace and normalization", "a declaration of
                # principles" (not "an agreement of the two sides")
            elif objs and child.lower_ == "of" and tok.lower_ == "minutes":
                end = objs[0].right_edge.i + 1  # "the minutes of the joint commission"
            elif objs and child.lower_ in ("on", "for") and (topic := topic_end(objs[0])):
                end = topic  # "an accord on trade and investment"
            elif child.lower_ == "on" and (topic := _gerund_topic(child)) is not None:
                end = topic  # "an agreement on patrolling along the border", "a memorandum
                # on overlapping maritime claims" (the parser's gerund)
        elif child.dep_ == "acl" and (undertaking := _undertaking(child, end)) is not None:
            end = undertaking  # "an agreement to (jointly) share surveillance data"
        elif child.dep_ == "acl" and child.i == end and child.lemma_ in TOPIC_VERBS and \
                not any(c.dep_ == "nummod" and not is_year(c) for c in tok.children):
            # "an agreement covering energy and trade"; not "three agreements covering
            # energy, fisheries and security", which are three texts
            objs = [c for c in child.children if c.dep_ == "dobj" and not any(
                x.lower_ in ACCORD_HEADS for x in c.conjuncts)]  # (not "a deal extending the
            # 2015 agreement and the 2018 protocol": older texts, no topic)
            if objs and (topic := topic_end(objs[0]) or (
                    name_end(objs[0]) if child.lemma_ in _FOUNDING and objs[0].is_title
                    else None)):  # ("a treaty establishing the X Community": its name)
                end = next((w for p in child.children if p.i == topic and p.dep_ == "prep"
                            and (w := waters(p) or _from_or_for(p))), topic)
                # "... navigation in the X waterway", "exempting X from visa requirements"
        elif child.dep_ == "relcl" and child.lemma_ in _FOUNDING and child.i == end + 1 and \
                doc[end].lower_ in ("that", "which") and tok.i + 1 == end and \
                child.tag_ == "VBD" and not tok.is_title:
            # "the treaty that founded the Union of South American Nations": what it made
            objs = [c for c in child.children if c.dep_ == "dobj"]
            end = name_end(objs[0]) if objs else end

    if end < len(doc) and _date_phrase(doc[end]):
        # "an agreement on Monday to build a line", whether the parser hung the clause on
        # the accord or on the verb that signs it ("signed an agreement in May to build X")
        after = doc[end].right_edge.i + 1
        verb = next((c for c in tok.rights if c.dep_ == "acl" and c.i > after), None) or next(
            (c for c in tok.head.children if c.dep_ == "advcl" and c.i > after
             and tok.dep_ == "dobj" and end == tok.i + 1), None)
        loose = loose_topic(doc, after)  # ("signed a deal Monday on fisheries")
        end = (_undertaking(verb, after) if verb is not None else None) or (
            loose if loose > after else end)
    end = _joined_topic(tok, end)
    if tok.is_title:  # (also after a part the parser did hang on the head)
        end = parties_cut(tok, listed_topics(doc, title_tail(tok, end)))
    elif tok.lower_ in AMENDING and end == tok.i + 1:
        end = _amended(doc, end)
    if end == tok.i + 1:
        end = bundle_end(tok)
    bare = end == tok.i + 1
    if bare and tok.lower_.startswith("memorand") and \
            doc[end : end + 2].text.lower() == "of understanding":
        end += 2  # (the parser hung "of understanding" elsewhere)
    if bare or doc[end - 1].lower_ in ("intent", "understanding"):
        # "a letter of intent on a feasibility study", "a joint declaration of intent on X"
        end = loose_topic(doc, end, ("on", "for") if tok.lower_ in SCHEME_HEADS else ("on",))
    end = period_end(doc, end)  # "a programme of cooperation ... for 2024-2026": its years
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for k in range(start, end):
        if doc[k].text == "(" and k > tok.i and not (k + 3 < end and inner_acronym(doc, doc[k])):
            end = k  # "the Tarva Agreement (1958)": the bracket follows the name (not
            break  # "on unregulated (IUU) fishing", inside the topic)
    if doc[start].text == "new" and (start + 1 < tok.i or end > tok.i + 1):
        start += 1  # "a new fisheries memorandum" (but a bare "a new agreement" stays)
    return start, end


def _date_phrase(t: Token) -> bool:
    """'on Monday', 'in March': a preposition whose object is a date; or a bare weekday
    ('signed an agreement Wednesday to ...', as wire copy writes it)."""
    if t.dep_ == "npadvmod" and t.ent_type_ == "DATE" and t.lower_ in WEEKDAYS:
        return True
    objs = [c for c in t.children if c.dep_ == "pobj"]
    return t.dep_ == "prep" and bool(objs) and objs[0].ent_type_ in ("DATE", "TIME")



#: Texts named by the accord they add to: "a protocol to the Albufeira Convention".
AMENDING = frozenset({"protocol", "amendment", "annex", "addendum"})


def _amended(doc: Doc, at: int) -> int:
    """The end of 'to the (1998) X Convention' after a protocol (wherever the parser hung
    the 'to'): a capitalised accord name with its kind among its words, to its last
    capitalised word ('... Convention on Human Rights'; not a date after it)."""
    if at >= len(doc) or doc[at].lower_ != "to":
        return at
    if (inner := amended_accord(doc, at - 1)) is not None:
        return accord_span(inner)[1]  # "an addendum to the 2005 provisional agreement on X"
    k, last, named = at + 1, at, False
    while k < len(doc) and (doc[k].is_title or doc[k].lower_ in ("the", "of", "on", "-")
                            or is_year(doc[k])) and (
            is_year(doc[k]) or doc[k].ent_type_ not in ("DATE", "TIME")):  # ("on Tuesday")
        if doc[k].is_title:
            last, named = k + 1, named or doc[k].lower_ in CLASSES
        k += 1
    return last if named else at  # ("the American Convention on Human Rights")


def _joined_topic(tok: Token, end: int) -> int:
    """'an agreement on border surveillance and the fight against illegal mining': a second
    topic the parser hung on the accord as a conjunct (a definite noun with its 'against' or
    'of' phrase right after the first topic's 'and') ends where its object does."""
    doc = tok.doc
    if end == tok.i + 1 or end + 2 >= len(doc) or doc[end].lower_ != "and":
        return end
    near = list(tok.children) + (list(tok.head.children) if tok.dep_ in ("dobj", "nsubjpass")
                                 else [])  # (or on the verb whose object the accord is)
    for c in near:
        preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("against", "of")
                 and p.i == c.i + 1]
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        if c.dep_ == "conj" and c.left_edge.i == end + 1 and doc[end + 1].lower_ == "the" \
                and c.pos_ == "NOUN" and c.is_lower and c.lower_ not in ACCORD_HEADS and objs:
            return objs[0].i + 1
    return end


def amended_accord(doc: Doc, at: int) -> Token | None:
    """The head of the accord that the addendum, annex or amendment at ``at`` adds to,
    when 'to' and a plain accord phrase follow it ("an addendum to the 2005 provisional
    agreement"; not "an amendment to the constitution")."""
    if doc[at].lower_ not in AMENDING or at + 2 >= len(doc) or doc[at + 1].lower_ != "to":
        return None
    for k in range(at + 2, min(len(doc), at + 8)):
        if doc[k].lower_ in ACCORD_HEADS and doc[k].pos_ in ("NOUN", "PROPN"):
            return doc[k]
        if doc[k].pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT") or \
                doc[k].text in (",", ";", "(", ":"):
            return None
    return None


def _from_or_for(prep: Token) -> int | None:
    """The end of 'from Y' or 'for Y' after a participle's object ('exempting diplomats
    from visa requirements', 'reserving permits for seasonal workers'): part of what the
    accord does."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return topic_end(objs[0]) if objs and prep.lower_ in ("from", "for") else None


def _undertaking(verb: Token, at: int) -> int | None:
    """The end of 'to (jointly) share surveillance data' when its 'to' stands at ``at``:
    what the parties of an accord undertake (not "to give Peru access to ...")."""
    doc = verb.doc
    if at >= len(doc) or doc[at].lower_ != "to" or doc[at].head.i != verb.i or \
            verb.pos_ != "VERB" or verb.i != at + 1 + _adverbs(verb):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    prt = sum(1 for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1)
    if objs and objs[0].left_edge.i == verb.i + 1 + prt and \
            not any(c.dep_ == "neg" for c in verb.children):
        return topic_end(objs[0])
    return None


def _adverbs(verb: Token) -> int:
    """1 when an adverb stands right before ``verb`` ('to jointly develop'), else 0."""
    return sum(1 for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1)


def _doing(doc: Doc, at: int) -> int | None:
    """The end of a participle phrase at ``at`` that says what an accord does ('waiving
    visa requirements for X'), whichever word the parser hung it on."""
    verb = doc[at] if at < len(doc) else None
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == at + 1]
    return topic_end(objs[0]) if objs else None


def accord_name(tok: Token, start: int, end: int) -> str:
    """The words of the accord phrase ``start:end`` around head ``tok``, without brackets
    or a date between the head and what the phrase goes on to say ("an agreement on Monday
    to build a line" names "agreement to build a line"; :func:`accord_span` only runs a
    phrase past such a date for that)."""
    doc = tok.doc
    held = tok.i + 3 if doc[tok.i + 1 : tok.i + 3].text.lower() == "of understanding" \
        else tok.i + 1  # ("a memorandum of understanding on Thursday covering X")
    gap = doc[held] if held < end and _date_phrase(doc[held]) and \
        doc[held].right_edge.i + 1 < end else None
    if gap is None:
        return without_brackets(doc[start:end])
    head = without_brackets(doc[start : gap.i])
    return f"{head} {without_brackets(doc[gap.right_edge.i + 1 : end])}"


def _gerund_topic(prep: Token) -> int | None:
    """The end of 'on <gerund> <object>' ('on setting up a joint working group', 'on
    building a gas pipeline'): the object's topic, else the gerund alone; None when no
    gerund follows the preposition, or its object is no topic."""
    gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and
                   c.i == prep.i + 1 + _adverbs(c)), None)
    if gerund is None:
        return None  # (an adverb may come first: "on jointly promoting X")
    objs = [c for c in gerund.children if c.dep_ == "dobj"]
    prt = sum(1 for c in gerund.children if c.dep_ == "prt" and c.i == gerund.i + 1)
    topic = None
    if objs and objs[0].left_edge.i == gerund.i + 1 + prt:
        obj = objs[0]  # a named scheme is a topic too: "promoting the Belt and Road Initiative"
        topic = name_end(obj) if obj.lower_ in SCHEME_HEADS and obj.is_title and \
            obj.ent_type_ not in ("GPE", "PERSON") else topic_end(obj)
    if topic is None and objs:
        return None  # ("on deepening their strategic partnership": no half a topic)
    return topic or gerund.i + 1
