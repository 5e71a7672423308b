"""The program icon for Windows and macOS, built from the drawn PNGs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_platform_icons_carry_each_drawn_size(tmp_path: Path) -> None:
    """The .ico / .icns the spec makes (no build needed), read back with Pillow."""
    image_module = pytest.importorskip("PIL.Image")
    sys.path.insert(0, str(ROOT / "packaging"))
    from platform_icon import ICONS, write_platform_icon

    with image_module.open(write_platform_icon(tmp_path / "icon.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
        small = ico.ico.getimage((16, 16)).convert("RGBA")
        with image_module.open(ICONS / "icp-wizard-16.png") as drawn:
            assert small.tobytes() == drawn.convert("RGBA").tobytes()  # the 16 px drawing, not a shrunken 256
    with image_module.open(write_platform_icon(tmp_path / "icon.icns")) as icns:
        assert (512, 512, 2) in icns.info["sizes"] and (16, 16, 2) in icns.info["sizes"]  # Retina, large and small
        icns.size = (16, 16)
        icns.load(scale=2)
        with image_module.open(ICONS / "icp-wizard-32.png") as drawn:
            assert icns.convert("RGBA").tobytes() == drawn.convert("RGBA").tobytes()
