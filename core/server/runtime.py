"""Assemble a Neo4j Community server runtime from Maven Central, once.

There is no packaged Neo4j distribution on Maven Central, so we generate a tiny
pom naming the server (``org.neo4j:neo4j``, ``org.neo4j.app:neo4j-server``) and
the Browser (``org.neo4j.client:neo4j-browser``) and let ``mvn
dependency:copy-dependencies`` fetch the runtime jars into the cache. A marker
file makes later calls free.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from dipgraph.errors import ServerError
from dipgraph.settings import ServerConfig

__all__ = ["JavaRuntime", "find_java", "install_runtime", "runtime_classpath"]

SUPPORTED_JAVA = (17, 21)
_MARKER = ".complete"

_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dipgraph.local</groupId>
  <artifactId>neo4j-community-runtime</artifactId>
  <version>{version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{version}</version>
    </dependency>
    <dependency>
      <groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId>
      <version>{version}</version>
    </dependency>
    <dependency>
      <groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId>
      <version>{browser_version}</version>
    </dependency>
  </dependencies>
</project>
"""


@dataclass(frozen=True)
class JavaRuntime:
    """A ``java`` executable and its feature version (17, 21, ...)."""

    path: str
    major: int


def _java_major(version_output: str) -> int | None:
    match = re.search(r'version "(\d+)(?:\.(\d+))?', version_output)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def find_java(env: dict[str, str] | None = None) -> JavaRuntime:
    """The Java that will run Neo4j: ``$JAVA_HOME/bin/java`` or ``java`` on PATH (17 or 21)."""
    env = dict(os.environ) if env is None else env
    candidate = None
    if env.get("JAVA_HOME"):
        candidate = str(Path(env["JAVA_HOME"]) / "bin" / "java")
        if not os.access(candidate, os.X_OK):
            candidate = None
    candidate = candidate or shutil.which("java")
    if not candidate:
        raise ServerError(
            "Java not found: install a Java 17 or 21 runtime (e.g. apt-get install "
            "openjdk-17-jre-headless) or set JAVA_HOME"
        )
    try:
        proc = subprocess.run(
            [candidate, "-version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise ServerError(f"cannot run {candidate} -version: {err}") from err
    major = _java_major(proc.stderr + proc.stdout)
    if major is None:
        raise ServerError(
            f"cannot tell the version of {candidate}; set JAVA_HOME to a Java 17 or 21"
        )
    if major not in SUPPORTED_JAVA:
        raise ServerError(
            f"Neo4j 5.26 needs Java 17 or 21 but {candidate} is Java {major}: "
            "install openjdk-17 or set JAVA_HOME to a Java 17/21"
        )
    return JavaRuntime(path=candidate, major=major)


def runtime_classpath(config: ServerConfig) -> str:
    """The ``-cp`` value for an installed runtime."""
    return str(config.runtime_dir / "lib" / "*")


def is_installed(config: ServerConfig) -> bool:
    return (config.runtime_dir / _MARKER).is_file()


def install_runtime(config: ServerConfig, *, mvn: str | None = None) -> Path:
    """Download the server and Browser jars into ``config.runtime_dir`` unless already there."""
    target = config.runtime_dir
    if is_installed(config):
        return target / "lib"
    mvn = mvn or shutil.which("mvn")
    if not mvn:
        raise ServerError(
            "Maven (mvn) not found: it downloads Neo4j from Maven Central; "
            "install it (apt-get install maven) and retry"
        )
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    (staging / "pom.xml").write_text(
        _POM.format(version=config.version, browser_version=config.browser_version),
        encoding="utf-8",
    )
    cmd = [
        mvn, "-B", "-q", "-f", str(staging / "pom.xml"),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={staging / 'lib'}",
        "-DincludeScope=runtime",
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise ServerError(f"downloading Neo4j {config.version} with mvn failed: {err}") from err
    if proc.returncode != 0:
        lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if "ERROR" in ln]
        detail = re.sub(r"\x1b\[[0-9;]*m", "", lines[0] if lines else f"exit {proc.returncode}")
        raise ServerError(
            f"downloading Neo4j {config.version} from Maven Central failed ({detail.strip()}); "
            "check that Maven Central is reachable and retry"
        )
    jars = list((staging / "lib").glob("*.jar"))
    if not any(j.name.startswith(f"neo4j-{config.version}") for j in jars):
        raise ServerError(f"Maven returned no neo4j-{config.version}.jar; retry or clear {staging}")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    (target / _MARKER).write_text(f"{config.version}\n{len(jars)} jars\n", encoding="utf-8")
    return target / "lib"
