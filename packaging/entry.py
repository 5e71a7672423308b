"""PyInstaller entry point: the same dispatcher as the `icp-wizard` console script.

GUI without a subcommand (or with only a file to open), the CLI otherwise.
"""

import sys

from wizard.launch import main

if __name__ == "__main__":
    sys.exit(main())
