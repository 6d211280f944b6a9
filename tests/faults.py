"""Faults for the tests: a private read-only or nearly full file system, run in a mount namespace.

``unshare -r -m`` gives a child process its own mounts without touching the machine's; where user
namespaces are not available the tests that need them are skipped.
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import sys
from pathlib import Path

CLI = "import sys; from normlab.cli import main; sys.exit(main(sys.argv[1:]))"

_DRIVER = f"""
import json, subprocess, sys
results = []
for argv in json.loads(sys.argv[1]):
    done = subprocess.run([sys.executable, "-c", {CLI!r}, *argv], capture_output=True, text=True)
    results.append({{"code": done.returncode, "out": done.stdout, "err": done.stderr}})
print(json.dumps(results))
"""


@functools.cache
def namespaces_available() -> bool:
    if not shutil.which("unshare"):
        return False
    done = subprocess.run(["unshare", "-r", "-m", "true"], capture_output=True)
    return done.returncode == 0


def run_on_small_disk(
    mount: Path, commands: list[list[str]], *, setup: str = "", size_kb: int = 2048, read_only: bool = False
) -> list[dict[str, object]]:
    """Mount a tmpfs of ``size_kb`` at ``mount``, run ``setup`` (shell), optionally make it read-only,
    then run each normlab command line there; returns code, out, err of each."""
    mount.mkdir(exist_ok=True)
    remount = f'mount -o remount,ro "{mount}"' if read_only else ":"
    script = f"""
set -eu
mount -t tmpfs -o size={size_kb}k tmpfs "{mount}"
{setup}
{remount}
exec "{sys.executable}" -c {shlex_quote(_DRIVER)} {shlex_quote(json.dumps(commands))}
"""
    done = subprocess.run(
        ["unshare", "-r", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def shlex_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)
