"""Names whose family name official readouts write in capitals: 'H.E. Mr. WANG Wenbin',
'Samdech Thipadei HUN MANET', 'H.E. Bola Ahmed TINUBU'. The tagger and the NER know names
in title case, so such capitals are read as 'Wang Wenbin' before parsing. Only the case
changes, never the length, so every offset (and the evidence, cut from the article's own
text) stays the article's.
"""

from __future__ import annotations

import re

from dipgraph.loaders.extract.gazetteer import Gazetteer, gazetteer
from dipgraph.loaders.extract.lexicon import HONORIFICS, TITLE_WORDS
from dipgraph.loaders.extract.namewords import ORG_HEADS

__all__ = ["recase_names"]

#: A word in capitals (two letters or more, ASCII: the case change keeps the length).
_CAPS = re.compile(r"[A-Z][A-Z'\-]*[A-Z]")
#: A word in title case ("Wenbin", "Preah", "Jean-Noel", "Mr.", "H.E.").
_TITLE = re.compile(r"[A-Z][a-z]+(?:[\-'][A-Za-z]+)*\.?|(?:[A-Z]\.){1,3}")
#: Words after which capitals are an acronym, not a name: "IRNA Director", "ECOWAS Summit".
_AFTER_ACRONYM = TITLE_WORDS | ORG_HEADS | frozenset({"summit", "summits", "forces", "troops",
                                                      "officials", "member", "members"})
#: Roman numerals of a monarch or a pope: "Mohammed VI", "Charles III".
_ROMAN = re.compile(r"[IVXL]+")
#: State codes that prose uses as names (other three-letter codes are family names far
#: more often: "HUN Sen", "SEN" in "HUN SEN").
_PROSE_CODES = frozenset({"USA", "UAE", "PRC", "ROK", "DRC", "KSA", "RSA", "DPRK", "ROC"})


def _acronym(word: str, gaz: Gazetteer, paired: bool) -> bool:
    """A state or body the gazetteer knows by these capitals ('ASEAN', 'UK', 'PNG'); a
    three-letter state code beside another word in capitals is a name's part ('HUN SEN')."""
    return word in gaz.orgs or (gaz.lookup_country(word) is not None and not (
        paired and len(word) == 3 and word not in _PROSE_CODES))


#: Styles too short or too common to mark a name after them: "3 PM EST", "He NASA".
_NOT_STYLES = frozenset({"pm", "fm", "he", "hm", "hh"})


def recase_names(text: str, gaz: Gazetteer | None = None) -> str:
    """``text`` with the capitalised words of names in title case. A word in capitals is
    read as part of a name when a word in title case stands beside it in the same run of
    words (no punctuation between), it is no acronym of a state or body nor
    one before a title or body word ('IRNA Director'), and its line is not itself in
    capitals (a headline) nor opened by the run (a dateline: 'NUKU'ALOFA Pacific')."""
    gaz = gaz or gazetteer()
    defined = set(re.findall(r"\(([A-Z][A-Z'\-]*[A-Z])\)", text))  # "(CPC)": an acronym
    out = list(text)
    for start, line in _lines(text):
        letters = [c for c in line if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue
        if _title_case_headline(line):
            continue  # "Foreign Minister Penny Wong Visits PNG"
        words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", line)]
        for run in _runs(words):
            if (run[0][0] == start and _CAPS.fullmatch(run[0][1])) or not any(
                    _TITLE.fullmatch(w) for _at, w in run):
                continue  # (a dateline opens its line)
            lows = [w.rstrip(".").lower() for _at, w in run]
            caps = [bool(_CAPS.fullmatch(w)) for _at, w in run]
            for n, (at, word) in enumerate(run):
                after = lows[n + 1] if n + 1 < len(run) else ""
                paired = (n > 0 and caps[n - 1]) or (n + 1 < len(run) and caps[n + 1])
                if not caps[n] or _acronym(word, gaz, paired) or (
                        after in _AFTER_ACRONYM and after not in HONORIFICS):
                    continue
                if len(word) >= 3 and word not in defined and lows[n] not in HONORIFICS and \
                        not _ROMAN.fullmatch(word) and any(
                        w not in _NOT_STYLES and (w in HONORIFICS or (
                            w in TITLE_WORDS and len(w) > 3))
                        for w in lows[max(0, n - 4) : n]):  # (near it; not "of", "the")
                    # after a style or title: "H.E. Mr. X Wenbin", "President Bola Ahmed X"
                    # (not "New START", "USS Gravely", "King Mohammed VI", "HRH")
                    out[at + 1 : at + len(word)] = word[1:].lower()
    return "".join(out)


def _title_case_headline(line: str) -> bool:
    """A headline in title case: four words or more, three in four capitalised, and no
    sentence's end ('Foreign Minister Penny Wong Visits PNG')."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words) and \
        not line.rstrip().endswith((".", "!", "?", '"', "\u201d"))


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of ``text``."""
    found, at = [], 0
    for line in text.split("\n"):
        found.append((at, line))
        at += len(line) + 1
    return found


def _runs(words: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Runs of words in capitals or title case, one space apart."""
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for at, word in words:
        fits = bool(_CAPS.fullmatch(word) or _TITLE.fullmatch(word))
        if fits and current and at == current[-1][0] + len(current[-1][1]) + 1:
            current.append((at, word))
            continue
        if current:
            runs.append(current)
        current = [(at, word)] if fits else []
        if not fits:
            # a name may end on punctuation: "HUN MANET," closes its run with that word
            bare = word.rstrip(",;:)")
            if bare != word and (_CAPS.fullmatch(bare) or _TITLE.fullmatch(bare)):
                if runs and at == runs[-1][-1][0] + len(runs[-1][-1][1]) + 1:
                    runs[-1].append((at, bare))
                else:
                    runs.append([(at, bare)])
    if current:
        runs.append(current)
    return runs
