"""Render the Welcome Desk application icon to PNG and ICO files.

Source:  resources/icons/welcome-desk.svg   (the only hand-edited file)
Output:  resources/icons/hicolor/<N>x<N>/apps/welcome-desk.png
             for N in 16, 24, 32, 48, 64, 128, 256, 512 (freedesktop icon theme layout)
         resources/icons/welcome-desk.ico
             multi-size Windows icon (16, 24, 32, 48, 64, 128, 256), used by the
             PyInstaller spec on Windows

Run from anywhere after editing the SVG, then commit the results:

    .venv/bin/python packaging/make_icons.py

Requirements: only PySide6-Essentials (it contains QtSvg, which renders the SVG).
No Pillow needed: the .ico container is written directly (PNG-compressed entries,
supported by Windows Vista and later, which is also what Pillow would write).
The script runs headless (it selects Qt's "offscreen" platform).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "welcome-desk.svg"
ICON_NAME = "welcome-desk"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # .ico entries are at most 256 px


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    """An ICO container holding one PNG-compressed image per size."""
    header = struct.pack("<HHH", 0, 1, len(entries))  # reserved, type 1 = icon, count
    directory = b""
    payload = b""
    offset = len(header) + 16 * len(entries)
    for size, png in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory
        directory += struct.pack(
            "<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload)
        )
        payload += png
    return header + directory + payload


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG, help="source SVG (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ICON_DIR, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(args.svg))
    if not renderer.isValid():
        print(f"error: cannot render {args.svg}", file=sys.stderr)
        return 1

    ico_entries: list[tuple[int, bytes]] = []
    for size in PNG_SIZES:
        data = png_bytes(render(renderer, size))
        target = args.out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"wrote {target.relative_to(args.out.parent) if args.out.parent in target.parents else target}")
        if size in ICO_SIZES:
            ico_entries.append((size, data))

    ico = args.out / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes(ico_entries))
    print(f"wrote {ico} ({', '.join(str(s) for s, _ in ico_entries)} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
