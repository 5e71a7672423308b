"""A kit made twice from the same answers on the same day is the same bytes, so SHA256SUMS.txt tells an
office which drafts really changed since the last one it sent.

python-docx and openpyxl date every zip entry with the time of saving, and openpyxl also writes that
time into the workbook's properties; both are set here to the kit's own date instead.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from pathlib import Path

CORE_PROPERTIES = "docProps/core.xml"
_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def kit_time(day: dt.date) -> dt.datetime:
    """The time every file of a kit made for `day` carries (the documents' own properties say the same)."""
    return dt.datetime.combine(day, dt.time(9, 0))


def entry(name: str, when: dt.datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16  # a plain readable file, whatever the umask of the machine that made it
    return info


def restamp_office_file(path: Path, when: dt.datetime) -> None:
    """Rewrites a .docx or .xlsx with every entry dated `when` and its created/modified properties set to it."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(partial, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == CORE_PROPERTIES:
                data = _CORE_DATES.sub(lambda match: match[1] + stamp + match[2], data)
            target.writestr(entry(info.filename, when), data)
    os.replace(partial, path)
