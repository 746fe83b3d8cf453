"""National news agencies and the state each reports for.

A state agency's story filed abroad ("Jakarta (VNA) - Party General Secretary To Lam
held talks ...") gives its own state's officials bare titles, so the state a bare title
falls back to is the agency's, not the dateline city's. Only agencies that report for one
state are listed: the international wires (Reuters, AP, AFP, Xinhua, TASS, Anadolu, ...)
write bare titles for the officials of the place they file from.
"""

from __future__ import annotations

__all__ = ["agency_state"]

_AGENCIES: dict[str, str] = {
    "VNA": "VNM", "SPA": "SAU", "QNA": "QAT", "KUNA": "KWT", "WAM": "ARE", "BNA": "BHR",
    "ONA": "OMN", "MENA": "EGY", "PETRA": "JOR", "SANA": "SYR", "NNA": "LBN", "INA": "IRQ",
    "IRNA": "IRN", "WAFA": "PSE", "MAP": "MAR", "TAP": "TUN", "LANA": "LBY", "SUNA": "SDN",
    "ENA": "ETH",
    "KAZINFORM": "KAZ", "KABAR": "KGZ", "KHOVAR": "TJK", "UZA": "UZB", "AZERTAC": "AZE",
    "ARMENPRESS": "ARM", "TURKMENISTAN TODAY": "TKM", "MONTSAME": "MNG",
    "TANJUG": "SRB", "BELTA": "BLR", "UKRINFORM": "UKR", "PAP": "POL", "CTK": "CZE",
    "MTI": "HUN", "AGERPRES": "ROU", "BTA": "BGR", "HINA": "HRV", "STA": "SVN", "MIA": "MKD",
    "BERNAMA": "MYS", "ANTARA": "IDN", "PNA": "PHL", "BSS": "BGD", "APP": "PAK", "RSS": "NPL",
    "KPL": "LAO", "AKP": "KHM", "YONHAP": "KOR", "KCNA": "PRK",
    "PRENSA LATINA": "CUB", "ABI": "BOL", "AVN": "VEN", "TELAM": "ARG", "ANDINA": "PER",
    "KENYA NEWS AGENCY": "KEN", "KNA": "KEN", "NAN": "NGA", "GNA": "GHA", "MANA": "MWI",
    "NAMPA": "NAM",
}


def agency_state(agency: str | None) -> str | None:
    """ISO3 of the state a national agency reports for ('VNA' -> VNM); None for a wire,
    an unknown name or none."""
    if not agency:
        return None
    return _AGENCIES.get(" ".join(agency.replace(".", "").split()).upper())
