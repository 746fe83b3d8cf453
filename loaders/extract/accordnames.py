"""Accords the text calls by a short name: 'withdrew from the JCPOA', 'New START' after
'the New START treaty' or before 'the last arms treaty between A and B', a name the NER
typed as a body or a place."""

from __future__ import annotations

from dipgraph.loaders.extract.accordinfo import CLASSES, AccordInfo, strip_determiners
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import KNOWN_ACCORDS, DocMentions

__all__ = ["short_names"]


def short_names(dm: DocMentions, accords: dict[str, AccordInfo],
                 of_mention: dict[int, str]) -> None:
    """'withdrew from the JCPOA': a name the NER typed as a body or place that is an
    accord's given name or acronym in this article is that accord."""
    names: dict[str, str] = {}
    known_orgs = gazetteer().org_aliases
    _described_names(dm, accords, of_mention)
    for key, info in accords.items():
        words = info.name.split()
        if info.proper and words and words[-1].lower() in CLASSES and (len(words) >= 3 or any(
                w.isupper() and len(w) >= 3 for w in words[:-1])):
            names.setdefault(" ".join(words[:-1]), key)  # "New START" for "New START treaty"
        for alias in (*info.aliases, *info.acronyms):
            if info.proper or alias in info.acronyms or alias[:1].isupper():
                names.setdefault(alias, key)
    for j, m in enumerate(dm.mentions):
        short = strip_determiners(m.text)
        if m.kind in ("Organization", "Place") and short in KNOWN_ACCORDS and short not in names:
            key = f"a{j}"  # "the NPT", "the JCPOA": a treaty known by its acronym
            accords[key] = AccordInfo(key, short, "agreement", proper=True)
            names[short] = key
            accords[key].mentions -= 1
        if m.kind == "Organization" and m.key in known_orgs:
            continue  # "the AU" stays the African Union beside an "African Union Charter"
        if m.kind in ("Organization", "Place") and short in names:
            key = names[short]
            m.kind = "Accord"
            of_mention[j] = key
            accords[key].mentions += 1


def _described_names(dm: DocMentions, accords: dict[str, AccordInfo],
                     of_mention: dict[int, str]) -> None:
    """'New START, the last arms control treaty between A and B': a name the NER typed as a
    body or a place, with a described accord in apposition, is that accord's name (the
    description its alias)."""
    doc, known_orgs = dm.doc, gazetteer().org_aliases
    for j, m in enumerate(dm.mentions):
        if m.kind not in ("Organization", "Place") or m.key in known_orgs or (
                m.kind == "Place" and not any(w.isupper() and len(w) >= 3
                                              for w in m.text.split())):
            continue  # (a town or lake is no treaty: only "New START"-like short names)
        apposed = {dm.owner[c.i] for c in doc[m.end - 1].children if c.dep_ == "appos"}
        keys = [of_mention[a] for a in sorted(apposed - {-1}) if a in of_mention and
                dm.mentions[a].kind == "Accord" and not accords[of_mention[a]].proper]
        if len(keys) != 1:
            continue
        info = accords[keys[0]]
        info.aliases.insert(0, info.name)
        info.name, info.proper = strip_determiners(m.text), True
        m.kind = "Accord"
        of_mention[j] = info.key
        info.mentions += 1
