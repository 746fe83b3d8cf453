"""States a person's name or title alone tells: a Gulf ruling house ('Sheikh X Al-Sabah'
is Kuwait's) or a title only one state's officials bear ('the Taoiseach')."""

from __future__ import annotations

import re

__all__ = ["house_state", "national_title_state"]

#: Titles that only one state's officials bear in English-language news.
_NATIONAL_TITLES = {"secretary of state": "USA", "taoiseach": "IRL", "tanaiste": "IRL"}
#: Ruling houses of the Gulf whose name a member's name ends in, and the state each rules.
_RULING_FAMILIES = {"sabah": "KWT", "thani": "QAT", "khalifa": "BHR", "nahyan": "ARE",
                    "maktoum": "ARE", "saud": "SAU"}  # (not Oman's Al Said: a common name)
_RULING_FAMILY = re.compile(r"\bAl[- ](Sabah|Thani|Khalifa|Nahyan|Maktoum|Saud)$", re.I)


def house_state(name: str) -> str | None:
    """ISO3 of the state whose ruling house ``name`` ends in ('... Al Thani': QAT)."""
    family = _RULING_FAMILY.search(name)
    return _RULING_FAMILIES[family.group(1).lower()] if family is not None else None


#: The US State Department's ranks below the Secretary ('Assistant Secretary of State for
#: African Affairs'); a bare 'Secretary of State for X' is rather a British minister's title.
_US_STATE_RANKS = re.compile(
    r"(?:principal )?(?:deputy assistant|assistant|deputy) secretary of state(?: for .+)?")


def national_title_state(title: str) -> str | None:
    """ISO3 of the one state whose officials bear ``title`` ('Secretary of State': USA)."""
    lowered = title.lower()
    return "USA" if _US_STATE_RANKS.fullmatch(lowered) else _NATIONAL_TITLES.get(lowered)
