"""National news agencies and the state each reports for.

A state agency's story filed abroad ("Jakarta (VNA) - Party General Secretary To Lam
held talks ...") gives its own state's officials bare titles, so the state a bare title
falls back to is the agency's, not the dateline city's. Only agencies that report for one
state are listed: the international wires (Reuters, AP, AFP, Xinhua, TASS, Anadolu, ...)
write bare titles for the officials of the place they file from. Codes another agency or
body also uses (KNA, MAP, APP, PTI, ...) are left out, or (GNA, ACP, ...) count only where
a dateline credits them.
"""

from __future__ import annotations

__all__ = ["agency_state", "news_agency"]

_AGENCIES: dict[str, str] = {
    "VNA": "VNM", "SPA": "SAU", "QNA": "QAT", "KUNA": "KWT", "WAM": "ARE", "BNA": "BHR",
    "ONA": "OMN", "MENA": "EGY", "PETRA": "JOR", "SANA": "SYR", "NNA": "LBN", "IRNA": "IRN",
    "WAFA": "PSE", "TAP": "TUN", "LANA": "LBY", "SUNA": "SDN", "ENA": "ETH", "KAZINFORM": "KAZ",
    "KABAR": "KGZ", "KHOVAR": "TJK", "UZA": "UZB", "AZERTAC": "AZE", "ARMENPRESS": "ARM",
    "TURKMENISTAN TODAY": "TKM", "MONTSAME": "MNG", "TANJUG": "SRB", "BELTA": "BLR",
    "UKRINFORM": "UKR", "PAP": "POL", "CTK": "CZE", "MTI": "HUN", "AGERPRES": "ROU",
    "BTA": "BGR", "HINA": "HRV", "BERNAMA": "MYS", "ANTARA": "IDN", "BSS": "BGD", "KPL": "LAO",
    "YONHAP": "KOR", "KCNA": "PRK", "PRENSA LATINA": "CUB", "AVN": "VEN", "TELAM": "ARG",
    "ANDINA": "PER", "KENYA NEWS AGENCY": "KEN", "MANA": "MWI", "NAMPA": "NAM",
    "AIP": "CIV", "AMAP": "MLI", "AIB": "BFA", "ANGOP": "AGO", "AGP": "GIN", "ATOP": "TGO",
    "FENA": "BIH", "MINA": "MNE", "ATA": "ALB", "KAZTAG": "KAZ",
}
#: National agencies whose code another body also uses (Libya's GNA, the ACP group): an
#: agency only where a dateline credits it ("Abidjan, March 18, GNA - ").
_SHARED_CODES: dict[str, str] = {"GNA": "GHA", "NAN": "NGA", "ACP": "COD", "INA": "IRQ",
                                 "MIA": "MKD"}


#: Other agencies datelines credit: the international wires, and national ones whose code
#: another body shares (so they set no state).
_WIRES = frozenset({"REUTERS", "AP", "AFP", "XINHUA", "TASS", "RIA", "ANADOLU", "AA", "KYODO",
                    "DPA", "EFE", "ANSA", "UPI", "IANS", "PTI", "ANI", "APA", "MAP", "APS",
                    "AKP", "LUSA", "SPUTNIK", "UNA"})


def news_agency(agency: str, *, dateline: bool = False) -> bool:
    """Whether ``agency`` names a news agency (a national one or a wire): 'SPA', 'AFP'; in a
    ``dateline``, also a code another body shares ('GNA')."""
    key = " ".join(agency.replace(".", "").split()).upper()
    return key in _WIRES or key in _AGENCIES or (dateline and key in _SHARED_CODES)


def agency_state(agency: str | None) -> str | None:
    """ISO3 of the state a national agency reports for ('VNA' -> VNM); None for a wire,
    an unknown name or none."""
    if not agency:
        return None
    key = " ".join(agency.replace(".", "").split()).upper()
    return _AGENCIES.get(key) or _SHARED_CODES.get(key)  # (read from datelines only)
