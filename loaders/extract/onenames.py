"""One-word names that stand for a person of their own (many Indonesians, some monarchs)
rather than the surname of someone named before: "Indonesian Foreign Minister Sugiono",
"their foreign ministers, Sugiono and Bendito dos Santos Freitas".
"""

from __future__ import annotations

from dipgraph.loaders.extract.lexicon import COUNTERPART_WORDS, PERSON_NOUNS
from dipgraph.loaders.extract.listed import person_at
from dipgraph.loaders.extract.mentions import DocMentions

__all__ = ["OFFICE_WORDS", "one_name_person"]

#: Office words a one-word name may follow as the name of a person in its own right.
OFFICE_WORDS = frozenset({"president", "minister", "secretary", "chancellor", "premier",
                          "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy"})


def one_name_person(dm: DocMentions, start: int) -> bool:
    """Whether the unmatched one-word name at ``start`` is a person of its own: it follows
    a state's formal title or a form of address, an office title sets it off, or it opens
    a list of people set off after a plural person noun."""
    return _titled(dm, start) or _listed_after_noun(dm, start) or \
        _addressed(dm, start) or _title_after(dm, start)


#: Forms of address before a name ("H.E. Mr. Sugiono").
_ADDRESS = frozenset({"mr", "mrs", "ms", "dr", "h.e"})


def _addressed(dm: DocMentions, start: int) -> bool:
    """Whether the name at ``start`` follows a form of address ('Mr. Sugiono'): a name no
    other person's, so the person's own."""
    return start > 0 and dm.doc[start - 1].lower_.rstrip(".") in _ADDRESS


def _title_after(dm: DocMentions, start: int) -> bool:
    """Whether the name at ``start`` is set off by an office title after it ("Sugiono,
    Minister for Foreign Affairs of Indonesia")."""
    doc = dm.doc
    if start + 2 >= len(doc) or doc[start + 1].text != ",":
        return False
    for k in range(start + 2, min(len(doc), start + 6)):
        if doc[k].lower_ in OFFICE_WORDS:
            return doc[k].is_title
        if not doc[k].is_title:
            return False
    return False


def _titled(dm: DocMentions, start: int) -> bool:
    """Whether the name at ``start`` follows an office title that a state's demonym or name
    opens ('Indonesian Foreign Minister', 'Brazil Foreign Minister'; not yet "Brazil's"),
    or a bare one ('Foreign Minister Sugiono') when the article uses the name again or the
    sentence treats it as a person's (", who", "and his counterpart"): no surname of a
    person named in full, so a person of its own; or "his Indonesian counterpart
    Sugiono"."""
    doc, k = dm.doc, start - 1
    if k > 0 and doc[k].lower_ in COUNTERPART_WORDS and dm.owner[k - 1] >= 0 and \
            dm.mentions[dm.owner[k - 1]].kind == "Country" and doc[start].pos_ == "PROPN" \
            and doc[start].ent_type_ not in ("DATE", "TIME"):
        return True  # "held talks with his Indonesian counterpart Sugiono"
    if k < 0 or not doc[k].is_title or doc[k].lower_ not in OFFICE_WORDS:
        return False
    if any(t.text == doc[start].text and t.i != start and (
            t.i == 0 or doc[t.i - 1].lower_ not in OFFICE_WORDS) for t in doc):
        return True  # used again, not after a title (not "Ambassador Extraordinary and
        # Plenipotentiary", misread as a name each time the title comes)
    after = [t.lower_ for t in doc[start + 1 : start + 5]]
    if after[:2] == [",", "who"] or (after[:2] in (["and", "his"], ["and", "her"]) and
                                     any(w in COUNTERPART_WORDS for w in after)):
        return True  # "Foreign Minister Sugiono, who ...", "... Sugiono and his Malaysian
        # counterpart": said of a person
    while k > 0 and doc[k - 1].is_title and dm.owner[k - 1] < 0:
        k -= 1  # "Foreign", "Prime", "Defence"
    j = dm.owner[k - 1] if k > 0 else -1
    return j >= 0 and dm.mentions[j].kind == "Country"


def _listed_after_noun(dm: DocMentions, start: int) -> bool:
    """Whether the name at ``start`` opens a list of people after a plural person noun and
    a comma or colon, with a named person next ("their foreign ministers, Sugiono and
    Bendito dos Santos Freitas")."""
    doc = dm.doc
    if start < 2 or doc[start - 1].text not in (",", ":") or doc[start - 2].tag_ != "NNS" \
            or doc[start - 2].lower_ not in PERSON_NOUNS or start + 2 >= len(doc):
        return False
    k = start + 1
    if doc[k].text == ",":
        k += 1
    k += doc[k].lower_ == "and"
    return k > start + 1 and person_at(dm, k) >= 0
