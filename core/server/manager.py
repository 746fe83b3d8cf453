"""Start, stop and inspect dipgraph's managed local Neo4j Community server.

The instance lives in ``ServerConfig.home`` (conf, data, logs, the pid file and
the 0600 password file). The password is generated at first start and set over
Bolt, so it never appears on a command line, in a log or in a process title.
``stop`` ends only the process whose pid we recorded, after checking that it is
our server.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from dipgraph.errors import ServerError
from dipgraph.server.runtime import find_java, install_runtime, runtime_classpath
from dipgraph.settings import Neo4jSettings, ServerConfig, server_config

__all__ = ["ManagedServer", "ServerStatus", "managed_settings"]

_MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
_DEFAULT_PASSWORD = "neo4j"


@dataclass(frozen=True)
class ServerStatus:
    """What ``dipgraph neo4j status`` shows."""

    running: bool
    ready: bool
    pid: int | None
    uri: str
    browser_url: str
    version: str
    home: Path
    installed: bool


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours still answers kill(0): look at its state.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[-1].split()[0] == "Z":
            return False
    return True


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


class ManagedServer:
    """One managed Neo4j instance, described by a :class:`ServerConfig`."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.home = config.home

    # -- files ---------------------------------------------------------------
    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "dipgraph-neo4j.pid"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "neo4j.log"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"

    def password(self) -> str:
        """The generated password of user ``neo4j`` (from the 0600 file)."""
        try:
            return self.password_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError as err:
            raise ServerError(
                f"no password file at {self.password_file}: start the server first "
                "(dipgraph neo4j start)"
            ) from err

    def settings(self) -> Neo4jSettings:
        return Neo4jSettings(
            uri=self.config.bolt_uri, user="neo4j", password=self.password(), managed=True
        )

    def _recorded_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        if _pid_alive(pid) and _MAIN_CLASS in _cmdline(pid) and str(self.home) in _cmdline(pid):
            return pid
        return None

    def _write_conf(self) -> Path:
        conf_dir = self.home / "conf"
        conf_dir.mkdir(parents=True, exist_ok=True)
        template = resources.files("dipgraph.server").joinpath("neo4j.conf").read_text("utf-8")
        extra = os.environ.get("DIPGRAPH_NEO4J_EXTRA_CONF", "").replace(";", "\n")
        text = template.format(
            bolt_port=self.config.bolt_port,
            http_port=self.config.http_port,
            pagecache=self.config.pagecache,
            extra=extra,
        )
        (conf_dir / "neo4j.conf").write_text(text, encoding="utf-8")
        return conf_dir

    # -- probes --------------------------------------------------------------
    def _bolt_ready(self, password: str) -> str:
        """'ready', 'expired' (default password still set), 'auth' or 'down'."""
        driver = neo4j.GraphDatabase.driver(
            self.config.bolt_uri, auth=("neo4j", password), connection_timeout=3
        )
        try:
            with driver.session() as session:
                session.run("RETURN 1").consume()
            return "ready"
        except AuthError:
            return "auth"
        except Neo4jError as err:
            # With the default password only ALTER CURRENT USER is allowed.
            if password == _DEFAULT_PASSWORD or "CredentialsExpired" in (err.code or ""):
                return "expired"
            return "down"
        except (ServiceUnavailable, OSError):
            return "down"
        finally:
            driver.close()

    def status(self) -> ServerStatus:
        pid = self._recorded_pid()
        ready = False
        if pid is not None and self.password_file.exists():
            ready = self._bolt_ready(self.password()) == "ready"
        return ServerStatus(
            running=pid is not None,
            ready=ready,
            pid=pid,
            uri=self.config.bolt_uri,
            browser_url=self.config.browser_url,
            version=self.config.version,
            home=self.home,
            installed=(self.config.runtime_dir / ".complete").exists(),
        )

    # -- lifecycle -----------------------------------------------------------
    def start(self, timeout: float = 180.0) -> ServerStatus:
        """Start the server unless ours is already running; wait until Bolt answers."""
        if self._recorded_pid() is not None:
            self._wait_ready(timeout, first_start=False)
            return self.status()
        java = find_java()
        for port in (self.config.bolt_port, self.config.http_port):
            if _port_in_use(port):
                raise ServerError(
                    f"port {port} on 127.0.0.1 is already in use by another process: stop it, "
                    "or choose other ports with DIPGRAPH_BOLT_PORT / DIPGRAPH_HTTP_PORT"
                )
        install_runtime(self.config)
        conf_dir = self._write_conf()
        first_start = not self.password_file.exists()
        if first_start and (self.home / "data").exists():
            raise ServerError(
                f"{self.home / 'data'} exists but its password file is gone: "
                f"delete {self.home} to start afresh"
            )
        for sub in ("logs", "run", "data", "import"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        cmd = [
            java.path,
            f"-Xms{self.config.heap}",
            f"-Xmx{self.config.heap}",
            "-XX:+UseG1GC",
            "-XX:-OmitStackTraceInFastThrow",
            "-Dfile.encoding=UTF-8",
            "-cp",
            runtime_classpath(self.config),
            _MAIN_CLASS,
            f"--home-dir={self.home}",
            f"--config-dir={conf_dir}",
        ]
        with open(self.console_log, "ab") as console:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                cwd=self.home,
                start_new_session=True,
            )
        self.pid_file.write_text(f"{proc.pid}\n", encoding="utf-8")
        try:
            self._wait_ready(timeout, first_start=first_start, proc=proc)
        except ServerError:
            self._terminate(proc.pid, grace=10)
            raise
        return self.status()

    def _wait_ready(
        self, timeout: float, *, first_start: bool, proc: subprocess.Popen[bytes] | None = None
    ) -> None:
        deadline = time.monotonic() + timeout
        password = _DEFAULT_PASSWORD if first_start else self.password()
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise ServerError(
                    f"Neo4j exited during start (status {proc.returncode}); "
                    f"log tail: {self.log_tail()}"
                )
            state = self._bolt_ready(password)
            if state in ("ready", "expired"):
                if first_start:
                    self._set_initial_password()
                return
            if state == "auth":
                raise ServerError(
                    f"Neo4j at {self.config.bolt_uri} refused the password in "
                    f"{self.password_file}; delete {self.home} to start afresh"
                )
            time.sleep(0.5)
        raise ServerError(
            f"Neo4j did not answer on {self.config.bolt_uri} within {timeout:.0f}s; "
            f"log tail: {self.log_tail()}"
        )

    def _set_initial_password(self) -> None:
        new = secrets.token_urlsafe(24)
        driver = neo4j.GraphDatabase.driver(
            self.config.bolt_uri, auth=("neo4j", _DEFAULT_PASSWORD)
        )
        try:
            with driver.session(database="system") as session:
                session.run(
                    "ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                    old=_DEFAULT_PASSWORD,
                    new=new,
                ).consume()
        finally:
            driver.close()
        fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(new + "\n")

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop our server; ``False`` when it was not running. Never touches other processes."""
        pid = self._recorded_pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        self._terminate(pid, grace=timeout)
        self.pid_file.unlink(missing_ok=True)
        return True

    def _terminate(self, pid: int, grace: float) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            if not _pid_alive(pid):
                return
            time.sleep(0.3)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)

    def log_tail(self, lines: int = 3) -> str:
        """The most telling log lines: the first exception, else the last lines."""
        for path in (self.console_log, self.log_file):
            with contextlib.suppress(OSError):
                text = path.read_text(encoding="utf-8", errors="replace").splitlines()
                errors = [t for t in text if "Exception" in t or " ERROR " in t]
                if errors:
                    return errors[0].strip()
        with contextlib.suppress(OSError):
            tail = self.log_file.read_text(encoding="utf-8", errors="replace").splitlines()
            return " | ".join(t.strip() for t in tail[-lines:])
        return f"(no log in {self.home / 'logs'})"


def managed_settings(env: Mapping[str, str] | None = None, *, start: bool = True) -> Neo4jSettings:
    """Settings for the managed server, starting it first when ``start`` is true."""
    server = ManagedServer(server_config(env))
    if start:
        server.start()
    elif not server.status().running:
        raise ServerError("the managed Neo4j is not running: dipgraph neo4j start")
    return server.settings()
