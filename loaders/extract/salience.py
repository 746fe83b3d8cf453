"""What a reader of an article keeps in mind: the entity references (:class:`Ref`) and who
was last talked about (:class:`Salience`), for pronouns and 'the two ministers'."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["PARTNER_WINDOW", "Ref", "Salience"]

#: How far back (in tokens) a pledge or "his host" with no one named may reach for whom
#: the speaker met: paragraphs of quotes may come between.
PARTNER_WINDOW = 400


@dataclass(frozen=True, order=True)
class Ref:
    """An entity reference: kind and key (ISO3, person key, name, accord mention index)."""

    kind: str
    key: str


@dataclass
class Salience:
    """Who was last talked about, for pronouns and 'the two ministers'."""

    person: Ref | None = None
    country: Ref | None = None
    gov_country: Ref | None = None
    #: the state each organ word was last said of: "Mali's junta ... Algeria's ministry ...
    #: the junta" is Mali's
    organs: dict[str, Ref] = field(default_factory=dict)
    group: list[Ref] = field(default_factory=list)
    #: where the sentence that last set ``group`` starts
    group_since: int = -1
    #: the last people who acted together as a clause's subjects ("A and B met C"), which a
    #: meeting's whole group then replaces in ``group``; and where their sentence starts
    co_subjects: list[Ref] = field(default_factory=list)
    co_subjects_since: int = -1
    persons: list[Ref] = field(default_factory=list)
    country_pair: list[Ref] = field(default_factory=list)
    country_sets: list[list[Ref]] = field(default_factory=list)
    #: where the sentences that last set ``country_pair`` and extended ``country_sets`` start
    pair_since: int = -1
    sets_since: int = -1
    speaker: Ref | None = None
    local_groups: list[tuple[int, list[Ref]]] = field(default_factory=list)
    #: the last pair called allies, with where that sentence starts ("the two allies")
    allies: tuple[int, list[Ref]] = (-1, [])
    #: who signed each accord, and who made the last visit: the doers of 'the deal' and
    #: 'the visit' that a later sentence condemns
    doers: dict[str, list[Ref]] = field(default_factory=dict)
    #: each person's latest counterparts in a meeting, with where that sentence starts
    partners: dict[Ref, tuple[int, list[Ref]]] = field(default_factory=dict)
    #: whom the last sentence with a criticism criticised, with where it starts
    blamed: tuple[int, list[Ref]] = (-1, [])
    #: a condemnation of nothing named that joined that criticism, with its sentence start
    joined: tuple[int, list[Ref]] = (-1, [])

    def met_lately(self, person: Ref, at: int, within: int = 120) -> list[Ref]:
        """Whom ``person`` met in a sentence starting at most ``within`` tokens before
        ``at`` ('met X ... During the talks he promised that ...')."""
        start, who = self.partners.get(person, (-1, []))
        return list(who) if start >= 0 and 0 <= at - start <= within else []

    def saw_person(self, ref: Ref) -> None:
        if ref in self.persons:
            self.persons.remove(ref)
        self.persons.append(ref)
