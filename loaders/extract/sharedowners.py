"""A state's possessive shared by two titled names it heads.

"Vanuatu's President A and Prime Minister B": B's office is Vanuatu's too, as A's is.
"""

from __future__ import annotations

from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.spans import possessive
from dipgraph.loaders.extract.titles import title_left

__all__ = ["shared_possessive"]


def shared_possessive(dm: DocMentions, m: Mention, start: int) -> str | None:
    """The state whose possessive opens the titled name joined by 'and' right before the
    title that starts at token ``start`` left of ``m`` ("Kenya's President A and Foreign
    Minister B" -> Kenya for B), or None."""
    doc = dm.doc
    k = start if 0 <= start < len(doc) and doc[start].lower_ == "and" else start - 1
    if k < 1 or doc[k].lower_ != "and" or (j := dm.owner[k - 1]) < 0:
        return None  # (the title may start at the 'and' or just after it)
    before = dm.mentions[j]
    left = title_left(dm, before) if before.kind == "Person" else None
    if left is None or left[1] is None:
        return None
    owner = dm.mentions[left[1]]
    owns = owner.end < len(doc) and possessive(doc[owner.end])
    return owner.key if owner.kind == "Country" and owns and not owner.demonym else None
