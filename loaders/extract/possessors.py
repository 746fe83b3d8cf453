"""The person whose title another holds: "Ramaphosa's spokesperson, X" and "X, Trudeau's
adviser," serve the state of Ramaphosa and of Trudeau."""

from __future__ import annotations

from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.persons import People

__all__ = ["possessor", "possessor_after"]


def possessor(dm: DocMentions, people: People, m: Mention, start: int) -> str | None:
    """The person a title left of ``m`` is the possessive of ("Ramaphosa's spokesperson,
    X"), whose state X serves."""
    for k in range(max(1, start - 1), m.start):
        if dm.doc[k].text in ("'s", "\u2019s") and (j := dm.owner[k - 1]) >= 0 and \
                j in people.of_mention:
            return people.of_mention[j]
    return None


def possessor_after(dm: DocMentions, people: People, m: Mention) -> str | None:
    """The person the title after ``m`` is the possessive of ("X, Trudeau's adviser,")."""
    j = dm.owner[m.end + 1] if m.end + 1 < len(dm.doc) and dm.doc[m.end].text == "," else -1
    return people.of_mention.get(j) if j >= 0 and dm.doc[min(
        dm.mentions[j].end, len(dm.doc) - 1)].text in ("'s", "\u2019s") else None
