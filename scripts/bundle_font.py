"""Makes resources/fonts/wqy-microhei.ttf and its licence file from Debian's fonts-wqy-microhei.

    sudo apt-get install fonts-wqy-microhei      # the source
    python3 -m venv /tmp/fonttools && /tmp/fonttools/bin/pip install fonttools
    /tmp/fonttools/bin/python scripts/bundle_font.py

Run once, by hand, when the bundled font is to change; the program and the build only read
the result, which is kept in git. The collection's first face (WenQuanYi Micro Hei) is written
as a single-face TrueType file: every table is copied byte for byte, only the head table's
whole-file checksum is recomputed for the new file (its timestamps are kept, so running this
again writes the same bytes). The second face (… Micro Hei Mono) is left out: the program
never uses it. Nothing is subset: a user's data may hold any Chinese character.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
COPYRIGHT = Path("/usr/share/doc/fonts-wqy-microhei/copyright")
APACHE = Path("/usr/share/common-licenses/Apache-2.0")
TARGET = ROOT / "resources" / "fonts" / "wqy-microhei.ttf"
LICENCE = TARGET.with_name("wqy-microhei.LICENSE.txt")
DEBIAN_VERSION = "0.2.0-beta-3.1"

PREAMBLE = """\
WenQuanYi Micro Hei (文泉驿微米黑), font version 0.2.0-beta
======================================================

File: wqy-microhei.ttf, the face "WenQuanYi Micro Hei" (face 0) of wqy-microhei.ttc from the
Debian package fonts-wqy-microhei {debian_version}, written as a single-face TrueType file by
scripts/bundle_font.py with fontTools. Every font table is the original's, byte for byte; only
the checksum of the whole file (head.checkSumAdjustment) was recomputed. The collection's second
face, WenQuanYi Micro Hei Mono, is not included.

The font is offered under the Apache License 2.0 or under GPL-3+ with a font exception.
ICP Wizard uses and redistributes it under the Apache License, Version 2.0, whose full text
follows Debian's copyright notice below. PDFs made by ICP Wizard embed subsets of this font.

SHA-256 of the source collection: {source_sha}
SHA-256 of wqy-microhei.ttf:      {target_sha}

------------------------------------------------------------------------------
Debian's copyright file (/usr/share/doc/fonts-wqy-microhei/copyright)
------------------------------------------------------------------------------

"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    try:
        from fontTools.ttLib import TTCollection
    except ImportError:
        print("bundle_font.py needs fontTools (pip install fonttools); see the docstring", file=sys.stderr)
        return 2
    for needed in (SOURCE, COPYRIGHT, APACHE):
        if not needed.is_file():
            print(f"bundle_font.py: {needed} is missing (apt-get install fonts-wqy-microhei)", file=sys.stderr)
            return 2
    family = TTCollection(str(SOURCE), lazy=True).fonts[0]["name"].getDebugName(1)
    if family != "WenQuanYi Micro Hei":
        print(f"bundle_font.py: face 0 of {SOURCE} is {family!r}", file=sys.stderr)
        return 1
    # A face whose tables were never decompiled is saved from the original bytes (only head is rebuilt).
    face = TTCollection(str(SOURCE), recalcTimestamp=False, lazy=True).fonts[0]
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    face.save(str(TARGET))
    preamble = PREAMBLE.format(debian_version=DEBIAN_VERSION, source_sha=sha256(SOURCE), target_sha=sha256(TARGET))
    apache = "\n------------------------------------------------------------------------------\n" \
             "Apache License, Version 2.0 (/usr/share/common-licenses/Apache-2.0)\n" \
             "------------------------------------------------------------------------------\n\n"
    LICENCE.write_text(preamble + COPYRIGHT.read_text(encoding="utf-8") + apache + APACHE.read_text(encoding="utf-8"),
                       encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({TARGET.stat().st_size / 2**20:.1f} MiB) and {LICENCE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
