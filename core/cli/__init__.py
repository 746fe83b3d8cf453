"""The ``dipgraph`` console script: parse, call one library function, report.

Each command group lives in its own module and registers itself on :data:`app`.
Our errors (:class:`~dipgraph.errors.DipgraphError`) become one clean line on
stderr and exit status 1; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import logging
import sys

import typer
from rich.markup import escape
from typer import _click  # typer vendors its own click

from dipgraph.cli import articles_cmd, graph_cmd, neo4j_cmd, query_cmd, report_cmd
from dipgraph.cli._common import console_err
from dipgraph.errors import DipgraphError

__all__ = ["app", "main"]

app = typer.Typer(
    name="dipgraph",
    help="Diplomatic-relations knowledge graph: news articles in, Neo4j graph out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in (neo4j_cmd, graph_cmd, articles_cmd, query_cmd, report_cmd):
    _module.register(app)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    # The driver logs connection failures itself; without a handler Python would
    # print them to stderr next to our own one-line error. Keep them for users who
    # configure logging (propagation stays on), silence Python's last-resort print.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    try:
        result = app(args=argv, standalone_mode=False)
    except DipgraphError as err:
        console_err.print(f"[red]error:[/red] {escape(str(err))}", highlight=False, soft_wrap=True)
        return 1
    except typer.Exit as exit_:
        return int(exit_.exit_code)
    except typer.Abort:
        console_err.print("aborted")
        return 130
    except _click.ClickException as err:  # usage errors: bad option, missing argument
        err.show()
        return err.exit_code
    # click returns the code of a typer.Exit instead of raising it here
    return result if isinstance(result, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
