"""Shared CLI plumbing: consoles and the connection options every command takes."""

from __future__ import annotations

import typer
from rich.console import Console

__all__ = ["DATABASE", "PASSWORD", "URI", "USER", "console", "console_err"]

console = Console()
console_err = Console(stderr=True)

# The connection options every database command takes; settings.resolve_neo4j
# gives them precedence over the NEO4J_* variables, else the managed server.
URI = typer.Option(None, "--uri", help="Neo4j URI (default: $NEO4J_URI, else the managed server).")
USER = typer.Option(None, "--user", help="Neo4j user (default: $NEO4J_USER, else neo4j).")
PASSWORD = typer.Option(None, "--password", help="Neo4j password (default: $NEO4J_PASSWORD).")
DATABASE = typer.Option(
    None, "--database", "-d", help="Database name (default: the server's default)."
)
