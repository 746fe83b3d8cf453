"""What one accord of an article is (:class:`AccordInfo`) and the head words that give its
kind, shared by the readers that find accords and the one that names them."""

from __future__ import annotations

from dataclasses import dataclass, field

from dipgraph.loaders.extract.dates import resolve_date

__all__ = ["CLASSES", "AccordInfo", "strip_determiners"]

#: Accord head words and the kind each names.
CLASSES = {
    "agreement": "agreement", "agreements": "agreement", "accord": "agreement",
    "accords": "agreement", "deal": "agreement", "deals": "agreement", "pact": "agreement",
    "pacts": "agreement", "treaty": "agreement", "treaties": "agreement",
    "declaration": "declaration", "communique": "communique", "communiqué": "communique",
    "convention": "convention", "charter": "charter", "protocol": "protocol",
    "memorandum": "memorandum", "memoranda": "memorandum", "memorandums": "memorandum",
    "mou": "memorandum", "mous": "memorandum",
    "ceasefire": "ceasefire", "truce": "ceasefire", "armistice": "ceasefire",
}


@dataclass
class AccordInfo:
    """One accord: canonical name, wordings, date when the text gives one."""

    key: str
    name: str
    cls: str
    aliases: list[str] = field(default_factory=list)
    year: str | None = None
    month_day: str | None = None
    strong: bool = True
    proper: bool = False
    anchored: bool = False
    #: Named by a plural ("signed more than a dozen agreements"): several texts at once.
    plural: bool = False
    #: First told as an older text than the story's ("an earlier accord"): 'the agreement'
    #: after it means the story's own accord when there is one.
    past: bool = False
    #: First told as "a new deal": not the dated one the story says it would replace.
    new: bool = False
    mentions: int = 0
    acronyms: set[str] = field(default_factory=set)
    #: Other forms of the wordings ("nuclear deal" for "landmark 2015 nuclear deal"):
    #: names to match by, not evidence that the text treats the accord as one.
    variants: list[str] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        if self.year and self.month_day:
            value = resolve_date(f"{self.month_day}, {self.year}", None)
            return value or self.year
        return self.year


def strip_determiners(text: str) -> str:
    """'the Paris Agreement' -> 'Paris Agreement'."""
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "this", "that"):
        words = words[1:]
    return " ".join(words)
