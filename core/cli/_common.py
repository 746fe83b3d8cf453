"""Shared CLI plumbing: consoles and the connection options every command takes."""

from __future__ import annotations

from rich.console import Console

__all__ = ["console", "console_err"]

console = Console()
console_err = Console(stderr=True)
