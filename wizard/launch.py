"""`icp-wizard`: the GUI when run without a subcommand (or with only a file), else the core CLI.

This dispatcher lives outside wizard.core so that the core never imports Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    opens_file = len(args) == 1 and not args[0].startswith("-") and Path(args[0]).suffix.lower() in (".yaml", ".yml", ".json")
    if not args or opens_file:
        try:
            from .gui.launcher import main as gui_main
        except ImportError as exc:
            print(
                f"icp-wizard: the graphical wizard cannot start ({exc}). "
                "Use a subcommand such as 'icp-wizard check FILE', or reinstall the program.",
                file=sys.stderr,
            )
            return 2
        return gui_main(args)
    from .core.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
