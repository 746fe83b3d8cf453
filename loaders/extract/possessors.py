"""The person whose title another holds: "Ramaphosa's spokesperson, X" serves the state
of Ramaphosa."""

from __future__ import annotations

from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.persons import People

__all__ = ["possessor"]


def possessor(dm: DocMentions, people: People, m: Mention, start: int) -> str | None:
    """The person a title left of ``m`` is the possessive of ("Ramaphosa's spokesperson,
    X"), whose state X serves."""
    for k in range(max(1, start - 1), m.start):
        if dm.doc[k].text in ("'s", "\u2019s") and (j := dm.owner[k - 1]) >= 0 and \
                j in people.of_mention:
            return people.of_mention[j]
    return None
