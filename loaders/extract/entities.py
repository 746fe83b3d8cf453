"""Entities of one article, with their ids, names and aliases.

Every named mention of a state, person, organisation, place or named/described
accord becomes an entity; a state named only by a demonym ("Palestinian
people") does not, unless it is an office's state, the state behind "the
Chilean government", or a fact's end. Meetings become Event entities.
"""

from __future__ import annotations

from spacy.tokens import Token

from dipgraph.graph import ids
from dipgraph.graph.models import (
    Accord,
    Country,
    Entity,
    Event,
    Office,
    Organization,
    Person,
    Place,
)
from dipgraph.loaders.extract.accordinfo import AccordInfo
from dipgraph.loaders.extract.blocs import seat_blocs
from dipgraph.loaders.extract.doctokens import doc_tokens
from dipgraph.loaders.extract.gazetteer import Gazetteer
from dipgraph.loaders.extract.lexicon import GOV_NOUNS
from dipgraph.loaders.extract.mentions import DocMentions
from dipgraph.loaders.extract.persons import People
from dipgraph.loaders.extract.refs import Ref, organ_state
from dipgraph.loaders.extract.relations import RawFact
from dipgraph.loaders.extract.venues import capital_place, is_venue, state_capitals

__all__ = ["EntityBuilder"]

#: Names of a bundle of texts with nothing of their own: "signed memoranda of understanding".
_BARE_BUNDLES = frozenset({"memoranda of understanding", "memorandums of understanding",
                           "memorandums", "memoranda", "agreements", "deals", "documents",
                           "mous", "accords", "treaties", "texts", "instruments"})


_EN_DASH = " \u2013 "


def _standing(info: AccordInfo) -> bool:
    return info.proper or (info.strong and (
        info.anchored or info.year is not None or bool(info.aliases) or info.mentions >= 2))


def _capital_venues(dm: DocMentions, gaz: Gazetteer, metonyms: frozenset[str]) -> list[str]:
    """'talks in the Saudi capital': the capital city of that state, as the Place where
    something happens (unless the article uses that capital for its state)."""
    out: list[str] = []
    for tok in doc_tokens(dm.doc):
        if tok.lower_ != "capital" or tok.pos_ != "NOUN" or not dm.in_body[tok.i] or \
                not is_venue(tok) or any(c.dep_ == "appos" for c in tok.children):
            continue
        for child in tok.children:
            j = dm.owner[child.i]
            if child.dep_ in ("amod", "compound", "poss") and j >= 0 and \
                    dm.mentions[j].kind == "Country" and not dm.mentions[j].capital:
                info = gaz.countries.get(dm.mentions[j].key)
                if info and info.capitals and info.capitals[0].upper() not in metonyms:
                    out.append(info.capitals[0])
    return out


class EntityBuilder:
    """Collects entities by id; ``ref`` maps a resolved reference to an entity id."""

    def __init__(self, gaz: Gazetteer, dm: DocMentions, people: People,
                 accords: dict[str, AccordInfo], accord_of: dict[int, str],
                 dateline_city: str | None = None,
                 more_of: dict[int, list[str]] | None = None, article_id: str = "") -> None:
        self.gaz = gaz
        self.dm = dm
        self.people = people
        self.accords = accords
        self.accord_of = accord_of
        self.more_of = more_of or {}
        self._by_id: dict[str, Entity] = {}
        self._surfaces: dict[str, set[str]] = {}
        self._accord_ids: dict[str, str] = {}  # accord key -> entity id
        self.article_id = article_id
        metonyms = self._metonyms = state_capitals(dm)
        seats = seat_blocs(dm)
        for j, m in enumerate(dm.mentions):
            root: Token = dm.doc[m.end - 1]
            if m.kind == "Country":
                if capital_place(m, root, metonyms):
                    self.place(m.text.title() if m.text.isupper() else m.text)
                elif m.capital and m.text.title() in seats:
                    self.org(seats[m.text.title()])  # "relations with Brussels": the EU
                elif m.capital and root.dep_ in ("compound", "nmod") and \
                        root.head.lower_ not in GOV_NOUNS:
                    continue  # "the Addis Ababa process": names a thing, not the state
                elif not m.demonym or root.head.lower_ in GOV_NOUNS:
                    self.country(m.key, m.text)
            elif m.kind == "Organization":
                self.org(m.key)
                state = organ_state(m)  # "Armenia's Foreign Ministry" names Armenia too
                if state and state in gaz.countries:
                    self.country(state)
            elif m.kind == "Place":
                self.place(m.key)
            elif m.kind == "Accord" and j in accord_of:
                # A named, dated or re-mentioned accord is an entity; a passing description
                # ("a trade deal", "a ceasefire") only once a fact refers to it.
                for key in (accord_of[j], *self.more_of.get(j, ())):
                    if _standing(accords[key]):
                        self.accord(key)
        for key in sorted(people.persons):
            self.person(key)
        for name in _capital_venues(dm, gaz, metonyms):
            self.place(name)
        if dateline_city and gaz.lookup_country(dateline_city) is None and not any(
                cap.upper() == dateline_city.upper() for cap in gaz.capitals) and not any(
                org.upper() == dateline_city.upper() for org in gaz.orgs):
            # "UNITED NATIONS (AP) -": a body's seat names no place of its own
            known = next((c for c in gaz.cities if c.upper() == dateline_city.upper()), None)
            self.place(known or (dateline_city.title() if dateline_city.isupper()
                                 else dateline_city))

    def country(self, iso3: str, surface: str | None = None) -> str:
        eid = ids.country_id(iso3)
        if eid not in self._by_id:
            info = self.gaz.countries[iso3]
            aliases = list(dict.fromkeys([*info.aliases, *info.capitals]))
            self._by_id[eid] = Country(id=eid, name=info.name, iso3=iso3, aliases=aliases)
        return eid

    def person(self, key: str) -> str:
        info = self.people.persons[key]
        eid = ids.person_id(info.name)
        if eid not in self._by_id:
            offices = []
            if info.title and (info.country or info.org):
                org = ids.country_id(info.country) if info.country else ids.organization_id(
                    info.org or "")
                offices.append(Office(title=info.title, org=org))
            for name, (title, _at) in sorted(info.more_offices.items()):
                offices.append(Office(title=title, org=ids.organization_id(name)))
            self._by_id[eid] = Person(
                id=eid, name=info.name, aliases=sorted(info.aliases - {info.name}),
                country=ids.country_id(info.country) if info.country else None, offices=offices,
            )
        return eid

    def org(self, name: str) -> str:
        eid = ids.organization_id(name)
        if eid not in self._by_id:
            aliases = list(self.gaz.org_aliases.get(name, ()))
            self._by_id[eid] = Organization(id=eid, name=name, aliases=aliases)
        return eid

    def place(self, name: str) -> str:
        eid = ids.place_id(name)
        if eid not in self._by_id:
            iso = self.gaz.place_country(name)
            self._by_id[eid] = Place(id=eid, name=name,
                                     country=ids.country_id(iso) if iso else None)
        return eid

    def accord(self, key: str) -> str:
        info = self.accords[key]
        eid = self._accord_ids.get(key) or ids.accord_id(info.name)
        if not info.proper and key not in self._accord_ids and eid in self._accord_ids.values():
            # "signed a security pact ... which signed a security pact with Y in 2022": a
            # second accord of the same wording, told apart until its parties key it
            eid = ids.accord_id(info.name, article=f"{self.article_id}#{key}")
        self._accord_ids[key] = eid
        if eid not in self._by_id:
            kind = info.cls if info.cls != "memorandum" else "memorandum of understanding"
            self._by_id[eid] = Accord(id=eid, name=info.name,
                                      aliases=[*info.aliases, *info.variants],
                                      kind=kind, date=info.date)
        return eid

    def refs(self, ref: Ref | None) -> list[str]:
        """Entity ids of a resolved reference: several for a mention that names several
        accords ("signed agreements on A and B"), else :meth:`ref`'s one (or none)."""
        if ref is not None and ref.kind == "Accord" and int(ref.key) in self.more_of:
            first = self.ref(ref)
            return [*([first] if first else []),
                    *(self.accord(k) for k in self.more_of[int(ref.key)])]
        eid = self.ref(ref)
        return [eid] if eid else []

    def ref(self, ref: Ref | None) -> str | None:
        """Entity id of a resolved reference, creating the entity when needed."""
        if ref is None:
            return None
        if ref.kind == "Person":
            return self.person(ref.key) if ref.key in self.people.persons else None
        if ref.kind == "Country":
            return self.country(ref.key) if ref.key in self.gaz.countries else None
        if ref.kind == "Organization":
            return self.org(ref.key)
        if ref.kind == "Place":
            return self.place(ref.key)
        if ref.kind == "Accord":
            key = self.accord_of.get(int(ref.key))
            if key and self._bare_bundle(key):
                return None
            return self.accord(key) if key else None
        return None

    def _bare_bundle(self, key: str) -> bool:
        """'signed memoranda of understanding' (no count) beside named ones of that kind (on
        X, on Y): the bundle is those texts, not one more. A counted bundle ('two memoranda
        of understanding') stays a text of its own, as annotators keep it."""
        info = self.accords[key]
        return info.name.lower() in _BARE_BUNDLES and any(
            k != key and other.cls == info.cls and not other.proper and
            other.name.lower() not in _BARE_BUNDLES for k, other in self.accords.items())
        # (a named treaty is no part of a bundle: "signed five agreements ... the 1999 EAC
        # Treaty")

    def venue(self, ref: Ref | None) -> str | None:
        """Place id of a fact's venue; none for a capital the article uses for its state
        ('talks in Nairobi' where 'Nairobi said' too): that name is the state's."""
        if ref is None or (ref.kind == "Place" and ref.key.upper() in self._metonyms):
            return None
        return self.ref(ref)

    def event(self, raw: RawFact, when: str | None, place: str | None) -> str | None:
        """The meeting a MET_WITH fact belongs to (all participants of its sentence)."""
        members = [self.ref(r) for r in (raw.group or (raw.source, raw.target))]
        people = sorted({m for m in members if m and m.startswith("person:")})
        if len(people) < 2:
            return None
        kind = "call" if raw.mode == "phone" or raw.mode == "video" else "meeting"
        eid = ids.event_id(kind, when, place, people)
        if eid not in self._by_id:
            # Full names: which word is the surname differs across naming orders.
            names = [self._by_id[p].name for p in people]
            where = f" in {self._by_id[place].name}" if place and place in self._by_id else ""
            joined = _EN_DASH.join(names)
            self._by_id[eid] = Event(id=eid, name=f"{joined} {kind}{where}",
                                     kind=kind, date=when, place=place, participants=people)
        return eid

    def described_accords(self) -> set[str]:
        """Entity ids of the accords the article names by a description, not a name."""
        return {eid for key, eid in self._accord_ids.items() if not self.accords[key].proper}

    def entities(self) -> list[Entity]:
        """All entities, sorted by id."""
        return [self._by_id[k] for k in sorted(self._by_id)]
