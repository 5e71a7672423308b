"""The Windows .ico and macOS .icns, built from the PNGs make_icon.py draws.

Each size inside comes from its own drawing (16 px from icp-wizard-16.png, not a
shrunken 256 px), so the taskbar and Finder icons stay crisp. Needs Pillow, which
reportlab already brings along; the spec calls this at build time.
"""

from __future__ import annotations

from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024 is macOS's 512 px @2x


def write_platform_icon(target: Path) -> Path:
    """Writes `target` (.ico or .icns) with every drawn size; returns it."""
    from PIL import Image

    sizes = ICO_SIZES if target.suffix == ".ico" else ICNS_SIZES
    images = [Image.open(ICONS / f"icp-wizard-{size}.png") for size in sizes]
    try:
        largest, smaller = images[-1], images[:-1]
        if target.suffix == ".ico":
            largest.save(target, sizes=[(s, s) for s in sizes], append_images=smaller)
        else:
            largest.save(target, append_images=smaller)
    finally:
        for image in images:
            image.close()
    return target
