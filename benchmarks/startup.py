"""Start-up cost: `import minestats` and `minestats check`, against their floors.

Run:  python benchmarks/startup.py [--runs 20]

Each command runs as a whole new process, alternating with its floor in the
same run: `import minestats` against `import pydantic`, and `minestats check`
on the bundled letter against `import pint, pydantic` (its mandatory
dependencies). Prints the median wall time of each and the ratio.
Targets: at most 1.2 for both.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

PAIRS = {
    "import minestats": ("import minestats", "import pydantic"),
    "minestats check": ("from minestats.__main__ import main; main(['check'])", "import pint, pydantic"),
    "first compute (pint registry)": (
        "import minestats; minestats.compute(minestats.letter(), 'cleared_area / minefield_area')",
        "import pint, pydantic",
    ),
}


def wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {args.runs} runs each, median wall time of a whole process")
    for label, (code, floor) in PAIRS.items():
        wall(code), wall(floor)  # warm the file cache
        ours, base = [], []
        for _ in range(args.runs):
            ours.append(wall(code))
            base.append(wall(floor))
        m, b = statistics.median(ours), statistics.median(base)
        print(f"{label:<30} {m * 1000:7.1f} ms   floor `{floor}` {b * 1000:7.1f} ms   ratio {m / b:5.2f}")


if __name__ == "__main__":
    main()
