"""PyInstaller entry point: the same dispatcher as the `icp-wizard` console script.

GUI without a subcommand (or with only a file to open), the CLI otherwise.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    # First of all: a worker started by "spawn" or "forkserver", and multiprocessing's helpers (the
    # resource tracker, the fork server), run this executable again. PyInstaller's run-time hook makes
    # freeze_support() turn such a run into that process and exit, on every platform (CPython's does
    # so on Windows only). Without it each ran the CLI, which refused its arguments: no worker started.
    multiprocessing.freeze_support()

    from wizard.launch import main

    sys.exit(main())
