"""Time the pytest plugin on a large synthetic document, beside checking it directly.

Run: ``python benchmarks/plugin.py [N]`` (N share claims, default 500). The
baseline is ``minestats.check`` of the same document in the same process; the
plugin's time includes pytest's collection, one item per reading and reporting.
Target: the plugin within 10x of the baseline plus pytest's fixed start-up.

It also prints what loading the plugin adds to every pytest start in an
environment where minestats is installed, beside importing pytest itself.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import minestats


def document_text(claims: int) -> str:
    lines = ["minestats: 1", "id: synthetic", "title: Synthetic document", "figures:"]
    for i in range(claims):
        part, whole = 1000 + i, 7000 + 3 * i
        share = f"{100 * part / whole:.1f}"
        for name, value, unit in ((f"part_{i}", part, "count"), (f"whole_{i}", whole, "count")):
            lines.append(f"  - {{id: {name}, label: {name}, value: {value}, unit: {unit}, entity: items,")
            lines.append(f"     locator: {{quote: '{value}'}}}}")
        lines.append(f"  - {{id: share_{i}, label: share {i}, value: '{share}', unit: percent,")
        lines.append(f"     locator: {{quote: '{share}'}}}}")
    lines.append("claims:")
    for i in range(claims):
        lines.append(f"  - {{id: claim_{i}, kind: share, label: claim {i}, stated: share_{i},")
        lines.append(f"     part: [part_{i}], whole: [whole_{i}]}}")
    return "\n".join(lines) + "\n"


def best(function: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


_IMPORTS = """
import time
t0 = time.perf_counter()
import pytest
t1 = time.perf_counter()
import minestats._plugin
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def import_costs(repeat: int = 3) -> tuple[float, float]:
    """Best (pytest import, plugin import) in fresh interpreters, in seconds."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _IMPORTS], capture_output=True, text=True, check=True)
        first, second = out.stdout.split()
        runs.append((float(first), float(second)))
    return min(r[0] for r in runs), min(r[1] for r in runs)


def main() -> None:
    claims = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.yaml"
        path.write_text(document_text(claims), encoding="utf-8")
        document = minestats.load(path)

        def run_plugin() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                code = pytest.main([str(path), "-q", "-p", "no:cacheprovider", f"--rootdir={folder}"])
            assert code == 0, code

        baseline = best(lambda: (minestats.load(path), minestats.check(document)))
        plugin = best(run_plugin)
    print(f"claims: {claims}")
    print(f"baseline  load + minestats.check: {baseline * 1000:8.1f} ms")
    print(f"plugin    pytest on the file:     {plugin * 1000:8.1f} ms  ({plugin / baseline:.1f}x baseline)")
    pytest_import, plugin_import = import_costs()
    print(f"baseline  import pytest:          {pytest_import * 1000:8.1f} ms")
    print(f"plugin    import minestats._plugin: {plugin_import * 1000:6.1f} ms (added to every pytest start)")


if __name__ == "__main__":
    main()
