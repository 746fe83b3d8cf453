"""``dipgraph neo4j start|stop|status|password|install``: the managed local server."""

from __future__ import annotations

import time

import typer
from rich.table import Table

from dipgraph.cli._common import console
from dipgraph.server.manager import ManagedServer, ServerStatus
from dipgraph.server.runtime import install_runtime
from dipgraph.settings import server_config

__all__ = ["register"]

neo4j_app = typer.Typer(help="Manage the local Neo4j Community server dipgraph runs for you.")


def _server() -> ManagedServer:
    return ManagedServer(server_config())


def _show(status: ServerStatus) -> None:
    table = Table(show_header=False, box=None)
    state = "ready" if status.ready else ("starting/unreachable" if status.running else "stopped")
    table.add_row("state", f"[bold]{state}[/bold]")
    table.add_row("pid", str(status.pid or "-"))
    table.add_row("bolt", status.uri)
    table.add_row("browser", status.browser_url)
    table.add_row("user", "neo4j (password: dipgraph neo4j password)")
    table.add_row("version", f"Neo4j Community {status.version}")
    table.add_row("home", str(status.home))
    console.print(table)


@neo4j_app.command()
def install() -> None:
    """Download the Neo4j server and Browser jars from Maven Central (once)."""
    started = time.monotonic()
    lib = install_runtime(server_config())
    console.print(f"Neo4j runtime in {lib} ({time.monotonic() - started:.1f}s)")


@neo4j_app.command()
def start(timeout: float = typer.Option(180.0, help="Seconds to wait for Bolt.")) -> None:
    """Start the managed server (downloading it first if needed) and wait until ready."""
    started = time.monotonic()
    status = _server().start(timeout=timeout)
    console.print(f"Neo4j ready in {time.monotonic() - started:.1f}s")
    _show(status)


@neo4j_app.command()
def stop() -> None:
    """Stop the managed server (only the one dipgraph started)."""
    if _server().stop():
        console.print("Neo4j stopped")
    else:
        console.print("Neo4j was not running")


@neo4j_app.command()
def status() -> None:
    """Show whether the managed server runs and where to reach it; exit 3 when stopped."""
    st = _server().status()
    _show(st)
    if not st.running:
        raise typer.Exit(3)


@neo4j_app.command()
def password() -> None:
    """Print the generated password of user neo4j (for the Browser login)."""
    console.print(_server().password(), highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add the ``neo4j`` command group to ``app``."""
    app.add_typer(neo4j_app, name="neo4j")
