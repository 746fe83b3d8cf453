"""Whose office a title names when a state ends it: "the Foreign Minister of Ghana, X,"
(Ghana owns the office), "France's ambassador to the United States, X," (the state is
the envoy's posting, not his own), "the special envoy of the ASEAN chair on Myanmar, X,"
(the state is his brief), "X, General Secretary of the Central Committee of the Communist
Party of Viet Nam" (the state a chain of its organs ends in), "Chairman of the Sovereignty
Council of Sudan X" (the state's body); where a long title set off by a comma before a
name starts ("the EU's special envoy for the dialogue, X")."""

from __future__ import annotations

from spacy.tokens import Doc

from dipgraph.loaders.extract.agencies import news_agency
from dipgraph.loaders.extract.gazetteer import Gazetteer, gazetteer
from dipgraph.loaders.extract.lexicon import PORTFOLIO_WORDS, TITLE_HEADS, TITLE_WORDS
from dipgraph.loaders.extract.mentions import DocMentions, Mention
from dipgraph.loaders.extract.owners import ruling_party
from dipgraph.loaders.extract.spans import ORG_NAME_HEADS, possessive

__all__ = ["ENVOYS", "POSTED", "TITLE_LINKS", "before_acronym", "brief_list",
           "chain_state", "envoy_brief", "envoy_sender", "envoy_to", "of_body_of_state",
           "of_states_body", "party_seat", "portfolio_title", "portfolio_word", "posted_body",
           "posted_to", "set_off_title", "source_before", "state_government", "titled_owner",
           "unnamed_body"]

#: Titles of someone posted to a state or body: "ambassador to X", "Permanent
#: Representative to the UN".
POSTED = frozenset({"ambassador", "envoy", "representative"})
#: Words that join a title's parts: "Minister of State for the Pacific".
TITLE_LINKS = frozenset({"of", "and", "the", "for", "to"})
#: Titles of someone sent to deal with a state: "special envoy for Afghanistan".
ENVOYS = frozenset({"envoy", "representative", "coordinator"})


def _acronym_of(acronym: str, name: str) -> bool:
    """Whether '(ACRONYM)' after ``name`` abbreviates it ("Turkish Republic of Northern
    Cyprus (TRNC)"), not a news agency's credit after a dateline's city ("MOSCOW (TASS)")."""
    return acronym.isupper() and len(acronym) >= 2 and not name.isupper() and \
        not news_agency(acronym)


def before_acronym(dm: DocMentions, i: int) -> int:
    """Token ``i``, or the last token of the state or body named just before it when ``i``
    closes that name's acronym in brackets ("the Caribbean Community (CARICOM)")."""
    doc = dm.doc
    if i > 2 and doc[i].text == ")" and doc[i - 2].text == "(" and (j := dm.owner[i - 3]) >= 0 \
            and dm.mentions[j].kind in ("Country", "Organization") and \
            _acronym_of(doc[i - 1].text, dm.mentions[j].text):
        return i - 3
    return i


def titled_owner(dm: DocMentions, i: int) -> bool:
    """True when token ``i`` ends a state or body named as an office's owner:
    'the Foreign Minister of Ghana' (then ', Kwame Mensah,' names the holder)."""
    i = before_acronym(dm, i)  # ("the Secretary-General of the Caribbean Community
    # (CARICOM), X")
    j = dm.owner[i]
    if j < 0 or dm.mentions[j].kind not in ("Country", "Organization") or \
            dm.mentions[j].end != i + 1:
        return False
    k = dm.mentions[j].start - 1
    if k > 1 and possessive(dm.doc[k]) and dm.owner[k - 1] >= 0 and \
            dm.mentions[dm.owner[k - 1]].kind == "Country":
        k = dm.mentions[dm.owner[k - 1]].start - 1  # "the head of Yemen's Council, X"
    if k > 0 and dm.doc[k].lower_ == "the":
        k -= 1  # "a spokesman for the Peruvian foreign ministry, X"
    if k > 0 and dm.doc[k].lower_ in ("in", "to") and \
            dm.doc[k - 1].lower_ in POSTED:
        return True  # "Kenya's ambassador in Tokyo, X"
    if of_body_of_state(dm, j) is not None:
        return True  # "the Chairman of the Presidency of Bosnia and Herzegovina, X"
    return k > 0 and dm.doc[k].lower_ in ("of", "for") and (
        dm.doc[k - 1].lower_ in TITLE_WORDS or (dm.doc[k - 1].is_title and dm.doc[k - 1].lower_
                                                in PORTFOLIO_WORDS))  # ("... Cooperation of X")


#: Bodies states post envoys to: "Russia's UN envoy", "Hungary's EU ambassador" (not a
#: body the envoy serves: "Sudan's RSF envoy").
_POSTINGS = frozenset({"United Nations", "UN Security Council", "UN General Assembly",
                       "European Union", "NATO", "African Union", "ASEAN", "Arab League",
                       "Organization of Islamic Cooperation", "Organization of American States",
                       "International Atomic Energy Agency", "World Trade Organization", "OSCE",
                       "Council of Europe"})


def posted_body(dm: DocMentions, j: int, words: list[str]) -> bool:
    """Whether body mention ``j`` only says where a state's envoy is posted: "Russia's UN
    envoy X", "the Hungarian NATO ambassador X" serve the state named before the body."""
    m = dm.mentions[j]
    if m.kind != "Organization" or m.key not in _POSTINGS or not words or \
            words[0].lower() not in POSTED | {"permanent", "delegate"}:
        return False
    k = m.start - 1
    k -= k > 0 and possessive(dm.doc[k])
    return k >= 0 and dm.owner[k] >= 0 and dm.mentions[dm.owner[k]].kind == "Country" and \
        dm.mentions[dm.owner[k]].end == k + 1


def envoy_brief(doc: Doc, k: int) -> bool:
    """Whether the 'for'/'on' at ``k`` opens an envoy's brief: "special envoy for
    Afghanistan", "the special envoy (of the ASEAN chair) on Myanmar"."""
    if k < 1:
        return False
    if doc[k].lower_ == "on":
        return any(t.lower_ in ENVOYS for t in doc[max(0, k - 6) : k])
    return doc[k].lower_ == "for" and doc[k - 1].lower_ in ENVOYS


def brief_list(dm: DocMentions, i: int) -> int | None:
    """Where the 'for' stands of an envoy's brief of several places that ends at token
    ``i`` ("Special Envoy for Sudan and South Sudan X", "Envoy for the Middle East and
    Africa X"), or None."""
    doc, k, items = dm.doc, i, 0
    while k > 0 and items < 4:
        j = dm.owner[k]
        if j >= 0 and dm.mentions[j].kind in ("Country", "Place"):
            k = dm.mentions[j].start - 1
        elif doc[k].is_title and j < 0 and doc[k].lower_ not in TITLE_WORDS:
            while k > 0 and i - k < 3 and doc[k - 1].is_title and dm.owner[k - 1] < 0 and \
                    doc[k - 1].lower_ not in TITLE_WORDS:
                k -= 1
            k -= 1
        else:
            return None
        items += 1
        k -= k > 0 and doc[k].lower_ == "the"
        if envoy_brief(doc, k):
            return k if items >= 2 else None
        if doc[k].lower_ not in ("and", ",") or k == 0:
            return None
        k -= 1
    return None


def envoy_to(dm: DocMentions, i: int) -> bool:
    """Token ``i`` ends 'ambassador to <state>' ("France's ambassador to the United States,
    X,"): a title, though its last word is a state's."""
    j = dm.owner[i]
    if j < 0 or dm.mentions[j].kind != "Country" or dm.mentions[j].end != i + 1:
        return False
    k = dm.mentions[j].start - 1
    k -= k >= 0 and dm.doc[k].lower_ == "the"
    if envoy_brief(dm.doc, k):
        return True  # "the special envoy (of the ASEAN chair) on Myanmar, X,": the brief
    if k < 1 or dm.doc[k].lower_ not in ("to", "in"):
        return False
    return dm.doc[k - 1].lower_ in POSTED or envoy_sender(dm, k - 1) is not None


def envoy_sender(dm: DocMentions, k: int) -> int | None:
    """The state mention that token ``k`` ends in 'ambassador of <state>' ("the Ambassador
    of Colombia to the United States, X,": Colombia sends him)."""
    j = dm.owner[k] if k >= 0 else -1
    if j < 0 or dm.mentions[j].kind != "Country" or dm.mentions[j].end != k + 1:
        return None
    at = dm.mentions[j].start
    return j if at > 1 and dm.doc[at - 1].lower_ == "of" and \
        dm.doc[at - 2].lower_ in POSTED else None


#: Organs of a state or its ruling party a chain of bodies may run through.
_STATE_BODIES = frozenset({"party", "committee", "government", "assembly", "parliament",
                           "cabinet", "ministry", "presidency", "council", "politburo"})


def state_government(dm: DocMentions, i: int) -> tuple[int, int] | None:
    """'<title> of Bangladesh's interim government' ending at token ``i``: the state's
    mention and the token before 'of', where the title's words end."""
    doc = dm.doc
    if doc[i].lower_ not in ("government", "administration", "cabinet"):
        return None
    k = i - 1
    while k > 0 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k -= 1  # ("interim", "caretaker", "transitional")
    if k < 2 or not possessive(doc[k]) or dm.owner[k - 1] < 0:
        return None
    j = dm.owner[k - 1]
    start = dm.mentions[j].start
    if dm.mentions[j].kind != "Country" or start < 2 or doc[start - 1].lower_ != "of" or \
            doc[start - 2].lower_ not in TITLE_WORDS:
        return None
    return j, start - 2


def source_before(dm: DocMentions, comma: int, words: list[str]) -> bool:
    """'According to the Ministry of Foreign Affairs, Minister X': a titled name after a
    comma that closes a body named as a source, not the office's body."""
    j = dm.owner[comma - 1]
    if j < 0 or dm.mentions[j].kind != "Organization" or not any(
            w.lower() in TITLE_HEADS for w in words):
        return False
    start = dm.mentions[j].start
    if start > 0 and dm.doc[start - 1].lower_ == "the":
        start -= 1
    return start > 0 and dm.doc[start - 1].lower_ in ("to", "from", "by")


def chain_state(dm: DocMentions, i: int) -> int | None:
    """'X, General Secretary of the Central Committee of the Communist Party of Viet Nam':
    the state a chain of capitalised bodies after the title ends in, the sentence's part
    closing there."""
    doc = dm.doc
    if i < len(doc) and doc[i].lower_ == "and":
        i += 1  # ("the Sultan and Yang Di-Pertuan of Brunei": a second title)
    second = doc[i - 1].lower_ == "and"
    if i >= len(doc) or doc[i - 1].lower_ not in ("of", "the", "and"):
        return None  # (the title's words stop at the first body's name: "of the Central")
    k = i
    while k < len(doc) and k < i + 14:
        j = dm.owner[k]
        if j >= 0:
            found = dm.mentions[j]
            closed = found.end >= len(doc) or doc[found.end].text in (",", ".", ")", ";")
            organ = second or any(t.lower_ in _STATE_BODIES for t in doc[i:k])
            return j if found.kind == "Country" and not found.demonym and closed and organ \
                and doc[k - 1].lower_ in ("of", "the") else None  # (not "the Chamber of
            # Commerce of Ghana": no organ of the state)
        if not (doc[k].lower_ in ("of", "the") or (doc[k].is_title and doc[k].is_alpha) or (
                doc[k].text == "-" and not doc[k].whitespace_)):
            return None
        k += 1
    return None


def party_seat(dm: DocMentions, i: int) -> tuple[list[str], int] | None:
    """'X, a member of the Political Bureau of the CPC Central Committee': a seat in the
    organs of a ruling party or a national legislature, which is an office of its state.
    The title's words (from 'member' at token ``i`` up to the body) and the mention of the
    body that names the state, when only names of bodies lead there."""
    doc = dm.doc
    if doc[i].lower_ != "member" or i + 1 >= len(doc) or doc[i + 1].lower_ != "of":
        return None
    gaz = gazetteer()
    k = i + 2
    while k < len(doc) and k < i + 18 and doc[k].text not in (",", ".", ";", ")"):
        j = dm.owner[k]
        if j < 0:
            if not (doc[k].lower_ in ("of", "the") or (doc[k].is_title and doc[k].is_alpha)):
                return None  # (only the names of bodies: not "a member of the public who")
            k += 1
            continue
        if dm.mentions[j].kind == "Organization" and ruling_party(gaz, dm.mentions[j].text):
            return [t.text for t in doc[i:k]], j
        k = dm.mentions[j].end
    return None


def portfolio_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a run of portfolio words that ends in a title head ("X,
    Indonesia's investment minister", "her trade and investment secretary")."""
    k = i
    while k < len(doc) and k < i + 5 and (doc[k].lower_ in PORTFOLIO_WORDS or (
            k > i and doc[k].lower_ in ("and", "&"))):
        k += 1
    return i < k < len(doc) and doc[k].lower_ in TITLE_HEADS


def portfolio_word(word: str) -> bool:
    """A portfolio word, or its plural ("Trade", "Investments")."""
    low = word.lower()
    return low in PORTFOLIO_WORDS or (low.endswith("s") and low[:-1] in PORTFOLIO_WORDS)


def set_off_title(dm: DocMentions, m: Mention, start: int | None = None) -> int | None:
    """Where a long title set off before a name by a comma starts: 'Minister for
    International Development and the Pacific, X' (its object words are no title words),
    "the EU's special envoy for the dialogue, X" (an envoy's brief, whatever its words);
    ``start`` is where the name starts with its honorific ("..., Mr. X")."""
    doc = dm.doc
    at = m.start if start is None else start
    if at < 3 or doc[at - 1].text != ",":
        return None
    set_off = m.end >= len(doc) or doc[m.end].text in (",", ".", ";", ")")  # (not "..., X said")
    if set_off and (low := _lower_portfolio(dm, at)) is not None:
        return low  # "Morocco's minister of state for human rights, X"
    if doc[at - 2].lower_ in TITLE_WORDS and not (
            doc[at - 2].lower_ in PORTFOLIO_WORDS and doc[at - 3].lower_ == "and"):
        return None  # (but a portfolio list's last word: "of Energy, Commerce and Industry")
    for k in range(at - 3, max(0, at - 10), -1) if set_off else ():
        if doc[k].lower_ in ("for", "on") and doc[k - 1].lower_ in ENVOYS and \
                not any(t.lower_ in ("a", "an") for t in doc[max(0, k - 3) : k - 1]) and all(
                t.pos_ not in ("VERB", "AUX") and (dm.owner[t.i] < 0 or dm.mentions[
                    dm.owner[t.i]].kind != "Person") for t in doc[k + 1 : at - 1]):
            return k - 1  # "the EU's special envoy for the Belgrade-Pristina dialogue, X"
    for k in range(at - 2, max(-1, at - 12), -1):
        tok = doc[k]
        if tok.text in (",", "-") and doc[k + 1].is_title:
            continue  # "Minister of Commerce, Industry and Investment Promotion, X",
            # "Comptroller-General of Customs, X"
        if tok.lower_ in TITLE_HEADS and tok.is_title:
            named = any(dm.owner[t.i] >= 0 and dm.mentions[dm.owner[t.i]].kind in (
                "Country", "Organization") for t in doc[k + 1 : at - 1])
            return k if any(t.lower_ in ("for", "of") for t in doc[k + 1 : at - 1]) \
                and not named else None  # (not "the Foreign Minister of Ghana, X": its state)
        if not (tok.is_title or tok.lower_ in TITLE_LINKS) or (
                dm.owner[k] >= 0 and dm.mentions[dm.owner[k]].kind == "Person"):
            return None
    return None


def of_states_body(dm: DocMentions, j: int) -> int | None:
    """Where 'of' stands in '<title> of <state>'s <body>' when mention ``j`` is the body."""
    m, doc = dm.mentions[j], dm.doc
    k = m.start - 1
    if m.kind != "Organization" or k < 2 or not possessive(doc[k]):
        return None
    c = dm.owner[k - 1]
    if c < 0 or dm.mentions[c].kind != "Country" or dm.mentions[c].end != k:
        return None
    of = dm.mentions[c].start - 1
    return of if of > 0 and doc[of].lower_ == "of" and doc[of - 1].lower_ in TITLE_WORDS \
        else None


def of_body_of_state(dm: DocMentions, j: int) -> int | None:
    """Where the first 'of' stands in '<title> of the <Body> of <state>' when mention ``j``
    is the state ("Chairman of the Sovereignty Council of Sudan")."""
    m, doc = dm.mentions[j], dm.doc
    k = m.start - 2
    if m.kind != "Country" or k < 3 or doc[k + 1].lower_ != "of" or not doc[k].is_title:
        return None
    body = dm.owner[k]
    if body >= 0 and dm.mentions[body].kind == "Organization" and dm.mentions[body].end == k + 1:
        of = dm.mentions[body].start - 1  # "President of the Council of Ministers of Italy"
        of -= of > 0 and doc[of].lower_ == "the"
        return of if of > 0 and doc[of].lower_ == "of" and doc[of - 1].lower_ in TITLE_HEADS \
            else None
    if doc[k].lower_ not in ORG_NAME_HEADS:
        return None
    for of in range(k - 1, max(0, k - 6), -1):
        if doc[of].lower_ == "of":
            return of if doc[of - 1].lower_ in TITLE_HEADS else None
        if not (doc[of].is_title or doc[of].lower_ == "the") or dm.owner[of] >= 0:
            return None
    return None


def unnamed_body(dm: DocMentions, i: int) -> int | None:
    """Where 'of' stands when token ``i`` ends '<title> of the <Body>' and the body is no
    mention ("Sudan's Deputy Chairman of the Sovereignty Council X", "Kenya's Speaker of
    the National Assembly X": the state's body, so the state's office)."""
    doc = dm.doc
    if dm.owner[i] >= 0 or not doc[i].is_title or doc[i].lower_ not in ORG_NAME_HEADS:
        return None
    k = i - 1
    while k > i - 4 and k > 1 and doc[k].is_title and doc[k].is_alpha and dm.owner[k] < 0:
        if doc[k].text in _REGIONAL:
            return None  # ("Egypt's President of the Arab Parliament": no body of Egypt's)
        k -= 1
    return k - 1 if k >= 2 and doc[k].lower_ == "the" and doc[k - 1].lower_ == "of" and \
        doc[k - 2].lower_ in TITLE_WORDS else None


#: Words that make a body regional rather than a state's ("the Arab Parliament").
_REGIONAL = frozenset({"Arab", "African", "Pan-African", "European", "Asian", "Islamic",
                       "American", "Latin", "Nordic", "Baltic", "Gulf", "Andean", "Caribbean",
                       "Pacific", "Mediterranean", "International", "Regional"})


def posted_to(gaz: Gazetteer, title: str) -> str | None:
    """The state an 'Ambassador to X', 'Envoy to X' or 'Special Representative for X' title
    sends its holder to: never the state whose office it is."""
    low = title.lower()
    for head in (*(f"{w} to " for w in sorted(POSTED)), *(f"{w} for " for w in sorted(ENVOYS))):
        if (k := low.find(head)) >= 0:
            return gaz.lookup_country(title[k + len(head) :])
    return None


#: Parts of speech of a lower-case portfolio: "for human rights", "of state for the
#: environment and climate change".
_PORTFOLIO_POS = frozenset({"NOUN", "ADJ", "ADP", "CCONJ", "DET", "PROPN"})


def _lower_portfolio(dm: DocMentions, at: int) -> int | None:
    """Where a lower-case title with its portfolio starts when an owner's possessive comes
    right before it and a comma after it ("Morocco's minister of state for human rights,
    X", "Ghana's deputy minister for regional integration, X"); else None."""
    doc = dm.doc
    for k in range(at - 2, max(0, at - 12), -1):
        tok = doc[k]
        if not tok.is_lower or tok.pos_ not in _PORTFOLIO_POS or dm.owner[k] >= 0:
            return None
        if tok.lower_ not in TITLE_HEADS or not any(t.lower_ in ("for", "of")
                                                    for t in doc[k + 1 : at - 1]):
            continue
        h = k
        while h > 1 and doc[h - 1].is_lower and doc[h - 1].lower_ in TITLE_WORDS:
            h -= 1  # ("deputy minister for ...")
        return h if h > 1 and possessive(doc[h - 1]) else None
    return None
