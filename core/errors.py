"""The one exception tree of dipgraph.

Every error a user can cause or meet derives from :class:`DipgraphError`; the CLI
turns these into one clean line and a non-zero exit, everything else is a bug.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DatabaseError",
    "DipgraphError",
    "ExtractionError",
    "InputError",
    "ModelError",
    "QueryError",
    "ServerError",
]


class DipgraphError(Exception):
    """Root of all dipgraph errors."""


class ConfigError(DipgraphError):
    """Settings are missing or contradictory (env vars, flags, files)."""


class ServerError(DipgraphError):
    """The managed local Neo4j could not be installed, started or stopped."""


class DatabaseError(DipgraphError):
    """Neo4j is unreachable, refused our credentials or failed a write.

    Messages name the URI, never the password.
    """


class InputError(DipgraphError):
    """An input file or record cannot be read as an article.

    ``path`` names the file and ``reason`` says why, for the one-line report.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExtractionError(InputError):
    """The extraction rules failed on one article (a bug in them, not in the file).

    It is reported per file like unreadable input, so the rest of a batch still loads.
    """


class ModelError(DipgraphError):
    """The spaCy language model is missing or not the expected one."""


class QueryError(DipgraphError):
    """A query or report failed: unknown name, bad parameter, refused by the server."""
