"""Finding a CJK TrueType font and registering it with reportlab.

reportlab embeds TrueType fonts as subsets, so the PDF shows Chinese on any
viewer. The program carries its own font (resources/fonts/wqy-microhei.ttf,
WenQuanYi Micro Hei, Apache-2.0), which comes before any system font: a
report is then the same, byte for byte, whatever fonts the machine has.
ICP_WIZARD_FONT overrides it; system fonts are the fallback of an install
that lost its own. reportlab refuses CFF-based OpenType (Noto Sans CJK,
PingFang), so every candidate is tried in turn and a refused one is skipped.
Without any usable font we stop with FontNotFound rather than write a PDF
full of boxes.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..runtime.errors import InputError
from ..runtime.resources import bundled_font

FONT_NAME = "ICPWizardCJK"
ENV_FONT = "ICP_WIZARD_FONT"  # a .ttf/.ttc path; "path#2" picks a face of a collection
ENV_NO_SYSTEM = "ICP_WIZARD_NO_SYSTEM_FONTS"  # "1": only ICP_WIZARD_FONT and bundled fonts


class FontNotFound(InputError):
    """No Chinese TrueType font could be registered; says what was tried and how to get one."""


@dataclass(frozen=True)
class Candidate:
    path: Path
    index: int = 0  # face within a .ttc collection


def _parse_env(value: str) -> Candidate:
    path, _, index = value.partition("#")
    return Candidate(Path(path).expanduser(), int(index) if index.isdigit() else 0)


def _bundled() -> list[Candidate]:
    return [Candidate(bundled_font())]


def _system() -> list[Candidate]:
    linux = [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian/Ubuntu fonts-wqy-microhei
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Arch
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
    ]
    windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    local = Path(os.environ.get("LOCALAPPDATA", "~")).expanduser() / "Microsoft" / "Windows" / "Fonts"
    windows = [folder / name for folder in (windir, local) for name in ("msyh.ttc", "simhei.ttf", "simsun.ttc")]
    mac = [
        "/Library/Fonts/Arial Unicode.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
        "/System/Library/Fonts/STHeiti Light.ttc",
        "/System/Library/Fonts/STHeiti Medium.ttc",
    ]
    # The running platform's fonts first, so a Linux box with Wine fonts still prefers its own.
    if sys.platform == "win32":
        ordered = [*windows, *linux, *mac]
    elif sys.platform == "darwin":
        ordered = [*mac, *linux, *windows]
    else:
        ordered = [*linux, *windows, *mac]
    return [Candidate(Path(p)) for p in ordered]


def candidates(*, system: bool | None = None) -> list[Candidate]:
    """Every font file to try, in order of preference."""
    if system is None:
        system = os.environ.get(ENV_NO_SYSTEM, "") not in ("1", "true", "yes")
    found: list[Candidate] = []
    if os.environ.get(ENV_FONT):
        found.append(_parse_env(os.environ[ENV_FONT]))
    found += _bundled()
    if system:
        found += _system()
    return found


_registered: dict[Candidate, str] = {}


def register_cjk_font(*, system: bool | None = None) -> str:
    """Register the first usable CJK font with reportlab and return its name (cached)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    tried: list[str] = []
    for candidate in candidates(system=system):
        if candidate in _registered:
            return _registered[candidate]
        if not candidate.path.is_file():
            tried.append(f"{candidate.path} (not found)")
            continue
        # One name per file: re-registering FONT_NAME with another file would
        # silently change documents built earlier in the same process.
        name = FONT_NAME if not _registered else f"{FONT_NAME}{len(_registered)}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(candidate.path), subfontIndex=candidate.index))
        except (TTFError, OSError, ValueError, IndexError, KeyError) as exc:
            tried.append(f"{candidate.path} (unusable: {exc})")
            continue
        _registered[candidate] = name
        return name
    listing = "; ".join(tried) if tried else "no candidate paths"
    raise FontNotFound("export.no_cjk_font", {"variable": ENV_FONT}, field="font", detail=listing)


def font_path(name: str) -> Path | None:
    """The file behind a name returned by register_cjk_font (for the benchmark and tests)."""
    for candidate, registered in _registered.items():
        if registered == name:
            return candidate.path
    return None
