"""Title words around a name: left of it ("Kenya's ambassador in Tokyo, X", "a spokesman
for the Peruvian foreign ministry, X") or right of it ("X, China's most senior diplomat"),
and the state or body they name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dipgraph.loaders.extract.aides import AIDE_HEADS
from dipgraph.loaders.extract.lexicon import (
    COUNTERPART_WORDS,
    HONORIFICS,
    PAST_TENURE,
    PORTFOLIO_WORDS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.owners import organ_state
from dipgraph.loaders.extract.spans import (
    MILITARY_RANKS,
    NAME_PREFIXES,
    TITLE_OBJECTS,
    plural_title,
    possessive,
)
from dipgraph.loaders.extract.titlebodies import (
    body_name,
    body_named,
    described_body,
    last_body,
    last_state,
)
from dipgraph.loaders.extract.titleowners import (
    POSTED,
    TITLE_LINKS,
    before_acronym,
    brief_list,
    chain_state,
    envoy_brief,
    envoy_sender,
    envoy_to,
    of_body_of_state,
    of_states_body,
    party_seat,
    portfolio_title,
    portfolio_word,
    posted_body,
    set_off_title,
    source_before,
    state_government,
    titled_owner,
    unnamed_body,
)

__all__ = ["title_for",
           "title_left", "title_right"]


#: Words between a name's comma and its title that belong to neither: "X, China's most
#: senior diplomat", "X, the current chairman", "X, Oman's de facto leader".
_TITLE_FILLERS = frozenset({"the", "a", "an", "de", "facto", "most", "current",
                            "newly", "long-time", "longtime", "then", "appointed", "elected",
                            "re-elected", "new", "incoming", "outgoing", "caretaker", "currently",
                            "now", "also"})


#: Nouns by which a story names its state: "the country's", "the republic's foreign minister".
_STATE_SELF = frozenset({"country", "nation", "republic"})  # (not "the kingdom's ambassador
# to Yemen": the last state named is often the posting)
#: Words of when an office is held that name no other office: "the incoming prime minister".
_TENURE_WORDS = frozenset({"new", "outgoing", "current", "newly", "longtime"})
#: Tenure words that belong to the office: "the incoming prime minister", "the interim ...",
#: "Syria's ousted ruler" (one held no more: see :func:`~dipgraph.loaders.extract.lexicon.former`).
_TENURE_TITLES = frozenset({"incoming", "interim", "caretaker", *PAST_TENURE})
#: Offices "General" ends: "Secretary General", "Director General" (no general's rank).
_GENERALS = frozenset({"secretary", "director", "attorney", "governor", "inspector", "consul",
                       "auditor", "solicitor", "postmaster", "commissioner"})


#: Words that open a military rank ("Vice Admiral", "Air Chief Marshal"), and all its words.
_RANK_STARTS = MILITARY_RANKS | {"vice", "rear", "air"}
_RANK_WORDS = _RANK_STARTS | {"chief", "general", "gen"}


#: Prepositions of a place a relative clause may follow without being about it.
_PLACE_PREPS = frozenset({"in", "at", "to", "near"})
#: A body's unit that a title may head, between the body and the title: "IMF mission chief".
_UNITS = frozenset({"mission", "delegation", "team"})


def _state_before(dm: DocMentions, k: int) -> bool:
    """Whether a state's name, possessive or demonym comes right before the mention at token
    ``k`` ("Russia's IAEA mission": the state's mission to the body, not the body's)."""
    j = dm.owner[k] if k >= 0 else -1
    at = dm.mentions[j].start if j >= 0 else 0
    at -= at > 0 and possessive(dm.doc[at - 1])
    i = dm.owner[at - 1] if at > 0 else -1
    return i >= 0 and dm.mentions[i].kind == "Country"


def title_left(dm: DocMentions, m: Mention) -> tuple[list[str], int | None, int] | None:
    """Title words left of a name, and the mention index of the office's country."""
    doc = dm.doc
    i = m.start - 1
    words: list[str] = []
    owner: int | None = None
    comma_ok = True
    at = m.start  # (past an honorific: "The President of the Republic, Mr. X,")
    if at > 2 and doc[at - 1].lower_.rstrip(".") in HONORIFICS and doc[at - 2].text == ",":
        at -= 1
    rank = at
    while rank > 2 and doc[rank - 1].lower_.rstrip(".") in _RANK_WORDS:
        rank -= 1  # "Nigeria's Chief of Naval Staff, Vice Admiral X": a rank set off
    if rank < at and doc[rank - 1].text == "," and doc[rank].lower_ in _RANK_STARTS:
        at, i = rank, rank - 1  # after the title, as an honorific is
    head = set_off_title(dm, m, at)
    if head is not None:  # "Australia's Minister for the Pacific, X,"
        words, i, comma_ok = [t.text for t in doc[head : at - 1]], head - 1, False
    while i >= 0:
        tok = doc[i]
        if (named := before_acronym(dm, i)) != i:
            i = named  # "Turkish Republic of Northern Cyprus (TRNC) President X", "Director
            continue  # General of the X Agency (IAEA) Y": the name's acronym in brackets
            # stands between the owner and the title, or the name
        if not words and (k := brief_list(dm, i)) is not None:
            words, i = [t.text for t in doc[k : i + 1]], k - 1  # "Envoy for A and B X"
            continue
        j = dm.owner[i]
        if j >= 0 and dm.mentions[j].kind in ("Country", "Organization"):
            prev = doc[dm.mentions[j].start - 1] if dm.mentions[j].start > 0 else None
            if prev is not None and prev.lower_ == "the" and prev.i > 1 and \
                    doc[prev.i - 1].lower_ in ("of", "for"):
                prev = doc[prev.i - 1]  # "a spokesman for the Peruvian foreign ministry, X"
            if prev is not None and envoy_brief(doc, prev.i) and \
                    dm.mentions[j].kind == "Country":
                # "special envoy for Afghanistan": the state he is sent to, not his own
                words = [prev.text, dm.mentions[j].text, *words]
                i = prev.i - 1
                continue
            if posted_body(dm, j, words) or (dm.mentions[j].kind == "Organization" and words and
                                             portfolio_word(words[0]) and
                                             prev is not None and prev.lower_ in ("for", "of")) or (
                    dm.mentions[j].kind == "Organization" and prev
                                             is not None and (prev.lower_ == "and" or (
                                                 prev.text == "," and doc[prev.i - 1].lower_
                                                 not in TITLE_HEADS)) and
                                             words and words[0].lower() in TITLE_WORDS and
                                             prev.i > 0 and doc[prev.i - 1].lower_ in TITLE_WORDS):
                words = [dm.mentions[j].text, *words]  # "Minister of Foreign and Caricom
                i = dm.mentions[j].start - 1  # Affairs X": the body is in the portfolio;
                continue  # "Russia's UN envoy X": Russia's envoy, posted at the UN
            if dm.mentions[j].demonym and _in_portfolio(doc, prev, words):
                words = [dm.mentions[j].text, *words]  # "Minister of Foreign Affairs and
                i = dm.mentions[j].start - 1  # Senegalese Abroad X": the state it serves
                owner = j if owner is None else owner
                continue
            if (of := of_states_body(dm, j)) is not None:
                # "the head of Yemen's Presidential Council, X": the state's office
                words = [doc[of - 1].text, "of", dm.mentions[j].text, *words]
                owner = dm.owner[dm.mentions[j].start - 2] if owner is None else owner
                i = of - 2
                continue
            if (of := of_body_of_state(dm, j)) is not None:
                words = [t.text for t in doc[of - 1 : dm.mentions[j].start - 1]]  # "Chairman
                owner = j if owner is None else owner  # of the Sovereignty Council of Sudan
                i = of - 2  # X": the state's body's chairman, the state's office
                continue
            if prev is not None and prev.lower_ in ("of", "for") and prev.i > 0 and (
                    doc[prev.i - 1].lower_ in TITLE_WORDS or (doc[prev.i - 1].is_title and
                                                              doc[prev.i - 1].lower_ in
                                                              PORTFOLIO_WORDS)):
                owner = j if owner is None else owner
                if prev.lower_ == "for" and words:
                    words = [prev.text, *words]
                i = prev.i - 1
                continue
            if prev is not None and prev.lower_ == "in" and prev.i > 0 and \
                    doc[prev.i - 1].lower_ in POSTED:
                words = [prev.text, dm.mentions[j].text, *words]  # "ambassador in Tokyo"
                i = prev.i - 1
                continue
            to = doc[prev.i - 1] if prev is not None and prev.lower_ == "the" and \
                prev.i > 0 else prev  # ("to the United States")
            sender = envoy_sender(dm, to.i - 1) if to is not None and to.lower_ == "to" \
                else None
            if to is not None and sender is not None:
                # "the Ambassador of Colombia to the United States, X": Colombia's envoy
                at = dm.mentions[sender].start
                words = [doc[at - 2].text, doc[to.i : dm.mentions[j].end].text, *words]
                owner = sender if owner is None else owner
                i = at - 3
                continue
            if to is not None and to.lower_ == "to" and any(
                    w.lower() in POSTED for w in words[:1]) is False and \
                    i + 1 < len(doc) and doc[i + 1].lower_ != "ambassador" and \
                    to.i > 0 and doc[to.i - 1].lower_ in POSTED:
                words = [doc[to.i - 1].text, doc[to.i : dm.mentions[j].end].text, *words]
                i = to.i - 2  # "France's ambassador to the United States, X": whose envoy
                continue
            owner = j if owner is None else owner
            if prev is not None and prev.lower_ == "former" and words:
                words = [prev.text, *words]  # "former Argentine President X": no longer
            break
        if possessive(tok) and i > 1 and words and doc[i - 2].lower_ == "the" and \
                (body := body_named(dm, doc[i - 1], m.start)) is not None:
            owner = body  # "The forum's secretary general, X": the forum named before
            break
        if possessive(tok) and i > 0:
            i -= 1  # ("Hamas' chief negotiator, X": a bare apostrophe too)
            if doc[i].lower_ in ("government", "administration", "regime") and words and i > 0 \
                    and dm.owner[i - 1] >= 0 and dm.mentions[dm.owner[i - 1]].kind in (
                        "Country", "Organization"):
                i -= 1  # "the Taliban government's defence minister, X": the Taliban's
            continue
        if tok.text == "." and i > 0 and doc[i - 1].lower_ in NAME_PREFIXES and all(
                w.lower() in NAME_PREFIXES for w in words):  # (also "Hon. Alhaji X")
            i -= 1  # "..., Hon. X": the honorific's stop, split off by the tokenizer
            continue
        if tok.text == "," and comma_ok and i > 0 and not source_before(dm, i, words) and (
                doc[i - 1].lower_ in TITLE_WORDS or doc[i - 1].lower_ in COUNTERPART_WORDS
                or (doc[i - 1].lower_ == "government" and doc[i - 3 : i - 1].text.lower() ==
                    "head of")  # "Andorra's Head of Government, X" (any "<title> of
                # <object>, X" measured worse: "Abiy's chief of staff, X" took a state)
                or titled_owner(dm, i - 1) or envoy_to(dm, i - 1)):
            comma_ok = False
            i -= 1
            continue
        low = tok.lower_.rstrip(".")
        if low == "and" and not words and (shared := _shared_plural(dm, i)) is not None:
            return shared  # "Prime Ministers A and B": B is a prime minister too
        if low == "and" and not (i > 0 and (doc[i - 1].lower_ in TITLE_WORDS or (
                doc[i - 1].lower_ in PORTFOLIO_WORDS and doc[i - 1].is_title)) and
                                 doc[i - 1].lower_ not in TITLE_LINKS):
            break  # "President A of Turkmenistan and President B": 'and' joins two people
        if owner is None and words and low == "whose" and i > 1 and doc[i - 1].text == "," \
                and (k := dm.owner[i - 2]) >= 0 and dm.mentions[k].kind in (
                    "Country", "Organization") and not (doc[i - 2].dep_ == "pobj" and
                                                        doc[i - 2].head.lower_ in _PLACE_PREPS):
            owner = k  # "the United States, whose ambassador in Pristina, X," (not "the
            break  # embassy in Washington, whose ambassador": the relative is the embassy's)
        if owner is None and words and (low == "its" or (
                low in _STATE_SELF and possessive(doc[i + 1]))):
            owner = (last_body(dm, i) if any("general" in w.lower() for w in words)
                     else last_body(dm, i, organ=True)) or last_state(dm, i)
            # "Its foreign minister, X," / "Peru's Foreign Ministry hit back. Its spokesman" /
            # "the country's"; "Its secretary-general, X,": the bloc's
            break
        if low in ("then", *_TENURE_WORDS) and words and i > 0:
            i -= 1  # "Kenya's then foreign minister, X": the office X held at the time;
            continue  # "Kenya's new foreign minister, X": the office all the same
        if low in _TENURE_TITLES and words and i > 0:
            words = [tok.text, *words]  # "Greenland's incoming prime minister, X"
            i -= 1
            continue
        if tok.is_title and words and words[0].lower() in PORTFOLIO_WORDS and \
                low not in PORTFOLIO_WORDS and low not in TITLE_WORDS:
            # "Minister for Foreign Affairs and East African Cooperation X": words of a
            # portfolio between its joins
            k = i
            while k > 0 and i - k < 2 and doc[k - 1].is_title and dm.owner[k - 1] < 0:
                k -= 1
            comma = k > 1 and doc[k - 1].text == "," and _in_portfolio(doc, doc[k - 1], words)
            # ("Minister of Foreign Affairs, African Cooperation and ...": a listed portfolio)
            if k > 1 and (comma or doc[k - 1].lower_ in ("and", "of", "for", "&")) and (
                    doc[k - 2].lower_ in PORTFOLIO_WORDS or doc[k - 2].lower_ in TITLE_WORDS):
                words = [*([","] if comma else []), *(t.text for t in doc[k : i + 1]), *words]
                i = k - 2 if comma else k - 1
                continue
        back = i - 2 if i > 1 and possessive(doc[i - 1]) else i - 1
        if words and (tok.pos_ == "ADJ" or (low in _UNITS and not _state_before(dm, back))) \
                and tok.is_lower and back >= 0 and dm.owner[back] >= 0 and \
                dm.mentions[dm.owner[back]].kind in ("Country", "Organization"):
            words = [tok.text, *words]  # "Hamas political leader X": the body's leader (also
            # "Mali's transitional president Colonel X", "IMF mission chief X")
            i -= 1
            continue
        if not words and (of := unnamed_body(dm, i)) is not None:
            words = [t.text for t in doc[of : i + 1]]  # "Speaker of the National Assembly"
            i = of - 1
            continue
        if plural_title(tok) and not words:
            words = [tok.text[:-1]]  # "Foreign Ministers A of X and B of Y": each a minister
            i -= 1
            continue
        if owner is None and all(w.lower().rstrip(".") in NAME_PREFIXES for w in words) and \
                (gov := state_government(dm, i)) is not None:
            owner, i = gov  # "Chief Adviser of Bangladesh's interim government Professor X"
            continue
        if tok.text == "home" and i > 0 and doc[i - 1].lemma_ in ("call", "bring", "send"):
            break  # "called home ambassador X": where he was sent, no home minister
        if low in ("to", "for") and i > 0 and doc[i - 1].lower_ in AIDE_HEADS:
            break  # "the adviser to President X": X's aide's title, not X's
        if low in TITLE_WORDS or low in NAME_PREFIXES or low in COUNTERPART_WORDS or (
                low in PORTFOLIO_WORDS and (tok.is_title or portfolio_title(doc, i))) or (
                low in TITLE_OBJECTS and i > 0 and doc[i - 1].lower_ in ("of", "for")) or (
                low in ("-", "elect", "designate") and i > 0 and (
                    doc[i - 1].lower_ in TITLE_WORDS or doc[i - 1].text == "-")):
            words = [tok.text, *words]
            i -= 1
            continue
        break
    start = i
    while words and (words[0].lower() in ("of", "and", "the", "his", "her", "to") or (
            words[0].lower().rstrip(".") in NAME_PREFIXES
            and words[0].lower() not in TITLE_HEADS and words[0].lower() != "crown")):
        words = words[1:]
    while words and words[-1].lower().rstrip(".") in NAME_PREFIXES and any(
            w.lower() in TITLE_HEADS for w in words[:-1]) and words[-1].lower() != "minister" \
            and not (len(words) > 1 and (words[-2] == "-" or (  # "Secretary-General X",
                words[-1].lower() == "general" and words[-2].lower() in _GENERALS))):
        words = words[:-1]  # "Secretary General X" (not "Defence Minister General X")
    while words and words[-1].lower() in ("of", "and", "the", ","):
        words = words[:-1]
    if not words and owner is None:
        return None
    return words, owner, start


def _in_portfolio(doc: Doc, join: Token | None, words: list[str]) -> bool:
    """True when ``join`` ("," or "and") links a part of a listed portfolio to the title
    part before it: "Foreign Affairs, African Cooperation and Moroccan Expatriates"."""
    return join is not None and join.text in (",", "and") and join.i > 0 and bool(words) and \
        words[0].lower() in PORTFOLIO_WORDS and doc[join.i - 1].is_title and \
        doc[join.i - 1].lower_ in PORTFOLIO_WORDS


def _shared_plural(dm: DocMentions, i: int) -> tuple[list[str], int | None, int] | None:
    """The title of the name before 'and' at ``i`` when a plural title opens the pair
    ('Prime Ministers A and B', 'Presidents A and B')."""
    j = dm.owner[i - 1] if i > 0 else -1
    if j < 0 or dm.mentions[j].kind != "Person" or dm.mentions[j].end != i or \
            dm.mentions[j].start < 1 or not plural_title(dm.doc[dm.mentions[j].start - 1]):
        return None
    return title_left(dm, dm.mentions[j])


def title_right(dm: DocMentions, m: Mention) -> tuple[list[str], int | None] | None:
    """'Name, the Cuban President' / 'Name, Saudi Arabia's de facto leader'."""
    doc = dm.doc
    i = m.end
    if i >= len(doc) or doc[i].text not in (",", "("):  # "X (Brazil's foreign minister)"
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in ("and", "or"):
        return None  # "X, and Estonian Foreign Minister Y": that title is Y's
    words: list[str] = []
    owner: int | None = None
    slack = 0  # ("the 46-nation": one word)
    while i < len(doc) and i < m.end + slack + (9 if "," not in words else 15):
        tok = doc[i]
        j = dm.owner[i]
        if not words and owner is None and (seat := party_seat(dm, i)) is not None:
            words, owner = seat  # "X, a member of the Political Bureau of the CPC ..."
            i = dm.mentions[owner].end
            break
        if owner is None and words and words[-1].lower() == "of" and \
                (body := described_body(dm, i)) is not None:
            owner, i = body, dm.mentions[body].end  # "the leader of the far-right X Party"
            continue
        if j >= 0 and dm.mentions[j].kind in ("Country", "Organization") and owner is None:
            owner = j
            i = dm.mentions[j].end
            continue
        if tok.lower_ in _TITLE_FILLERS or possessive(tok) or (tok.lower_ in ("his", "her")
                                                                and not words):
            i += 1  # "X, his Chinese counterpart,", "X, the Houthis' negotiator,"
            continue
        if not words and owner is None and j >= 0 and dm.mentions[j].kind == "Person" and \
                possessive(doc[min(dm.mentions[j].end, len(doc) - 1)]):
            i = dm.mentions[j].end + 1  # "X, Trudeau's adviser,": a title, its owner unsaid
            continue
        if not words and [t.lower_ for t in doc[i : i + 3]] == ["sworn", "in", "as"]:
            i += 3  # "X, sworn in as foreign minister on Saturday,"
            continue
        if not words and tok.lower_ == "as" and doc[i - 1].lower_ in ("appointed", "named",
                                                                     "elected"):
            i += 1  # "X, appointed as envoy last month,"
            continue
        if tok.lower_ in COUNTERPART_WORDS and owner is not None and not words:
            words.append(tok.text)
            i += 1
            break
        if tok.lower_ in _STATE_SELF and owner is None and i + 1 < len(doc) and \
                possessive(doc[i + 1]):
            owner = last_state(dm, m.start)  # "X, the country's foreign minister,"
            i += 1
            continue
        if owner is None and i + 1 < len(doc) and possessive(doc[i + 1]) and \
                doc[i - 1].lower_ == "the" and (body := body_named(dm, tok, m.start)) is not None:
            # "X, the bloc's foreign affairs spokesman": the body named before
            owner = body
            i += 2
            continue
        if owner is None and words and words[-1].lower() == "of" and doc[i - 1].is_lower and (
                body := body_named(dm, tok, m.start)) is not None:
            owner = body  # "X, the current chairman of the 15-nation bloc": the body named
            i += 1
            break
        if j >= 0 and owner is not None and not words and dm.mentions[j].kind == \
                "Organization" and dm.mentions[owner].kind == "Country" and \
                dm.mentions[j].end < len(doc) and doc[dm.mentions[j].end].lower_ in TITLE_HEADS:
            words += [t.text for t in doc[dm.mentions[j].start : dm.mentions[j].end]]
            i = dm.mentions[j].end  # "X, the Russian Foreign Ministry spokeswoman,"
            continue
        if j >= 0 and owner is not None:
            break  # "head of Kyrgyzstan's State Committee": the body is not title words
        if tok.text == "-" and words and i + 1 < len(doc) and doc[i + 1].lower_ in TITLE_WORDS:
            words[-1] += f"-{doc[i + 1].text}"  # "X, the secretary-general of ..."
            i += 2
            continue
        if words and tok.like_num and i + 2 < len(doc) and doc[i + 1].text == "-" and \
                doc[i + 2].lower_ in ("nation", "member", "country", "state"):
            i, slack = i + 3, slack + 2  # "the secretary-general of the 46-nation Council of
            # Europe"
            continue
        if words and (words[-1].lower() in ("for", "of", "and") or portfolio_word(words[-1])) \
                and (portfolio_word(tok.text) or (tok.text == "," and i + 1 < len(doc) and (
                    doc[i + 1].is_title and portfolio_word(doc[i + 1].text)))):
            words.append(tok.text)  # "Cabinet Secretary for Investments, Trade and Industry"
            i += 1
            continue
        if tok.text == "state" and owner is not None and i + 1 < len(doc) and \
                doc[i + 1].is_lower and doc[i + 1].pos_ in ("ADJ", "NOUN") and \
                doc[i + 1].lower_ not in TITLE_HEADS:  # (not "Uganda's state minister")
            # "X, head of Russia's state nuclear corporation Rosatom,": the body's head
            body = next((dm.owner[k] for k in range(i + 1, min(len(doc), i + 6))
                         if dm.owner[k] >= 0 and dm.mentions[dm.owner[k]].kind ==
                         "Organization"), None)
            if body is not None:
                owner = body
                break  # (no body named: the words read on as before)
        if words and words[-1].lower() == "of" and (run := body_name(dm, i, owner)) > i:
            # "Chairman of the State Administration Council of Myanmar": an unnamed body
            words, i, slack = words + [t.text for t in doc[i:run]], run, slack + run - i - 1
            continue
        if tok.lower_ in TITLE_WORDS or portfolio_title(doc, i) or (
                tok.lower_ == "head" and not words and i + 1 < len(doc) and
                doc[i + 1].lower_ == "of"):
            words.append(tok.text)  # "X, head of Kyrgyzstan's security committee,"
            i += 1
            continue
        break
    while words and words[-1].lower() in ("of", "and", "the", "to", "for"):
        words = words[:-1]
    if not any(w.lower() in TITLE_HEADS or w.lower() in ("head", "counterpart", "member")
               for w in words):
        return None
    if i < len(doc) and dm.owner[i] >= 0 and dm.mentions[dm.owner[i]].kind == "Person":
        return None  # "X, Uzbek Foreign Minister Y": the title is Y's
    k = i
    while k < len(doc) and dm.owner[k] < 0 and (doc[k].is_title or doc[k].lower_ in TITLE_LINKS):
        k += 1
    if k + 1 < len(doc) and doc[k].text == "," and dm.owner[k + 1] >= 0 and \
            dm.mentions[dm.owner[k + 1]].kind == "Person":
        return None  # "X, Andorra's Head of Government, Y,": the title set off is Y's
    if owner is None:
        owner = _post_state(dm, i)
    return words, owner if owner is not None else chain_state(dm, i)


def _post_state(dm: DocMentions, i: int) -> int | None:
    """'X, deputy chief of mission at the Japanese Embassy in Seoul': the state whose
    embassy or ministry the post is at (not the host city's state)."""
    doc = dm.doc
    while i < len(doc) and doc[i].lower_ in ("mission", "at", "of", "in", "the") and \
            dm.owner[i] < 0:
        i += 1
    j = dm.owner[i] if i < len(doc) else -1
    return j if j >= 0 and doc[i - 1].lower_ in ("the", "at") and dm.mentions[j].kind == \
        "Organization" and organ_state(dm.mentions[j]) is not None else None


def title_for(dm: DocMentions, m: Mention, words: list[str]) -> tuple[int, int] | None:
    """Where the name's own title starts after 'for'/'to' in ``words`` (word index, token
    index), when a title follows the preposition."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower() in ("for", "to") and any(
                w.lower() in TITLE_HEADS for w in words[k + 1 :]):
            tok = next((t.i for t in reversed(dm.doc[max(0, m.start - 12) : m.start])
                        if t.lower_ == words[k].lower()), m.start)
            return k + 1, tok
    return None
