"""Render the app icon's hicolor PNG set from its SVG.

    QT_QPA_PLATFORM=offscreen python packaging/linux/render_icons.py

Reads resources/icons/hicolor/scalable/apps/<APP_ID>.svg and writes
resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png for every size in SIZES, replacing what
is there. Run it after editing the SVG and commit the PNGs with it. Needs only PySide6
(QtSvg); no display (it sets QT_QPA_PLATFORM=offscreen itself when nothing is set).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HICOLOR = REPO / "resources" / "icons" / "hicolor"
# The sizes desktops look up most (16-48 in menus and panels, 64-512 in app grids and
# software centres). Keep in step with packaging/install, which copies whatever exists.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_id() -> str:
    sys.path.insert(0, str(REPO))
    from backcoach import APP_ID  # noqa: PLC0415 (after the sys.path line; only __init__)

    return APP_ID


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt only here, after QT_QPA_PLATFORM is set; importing the module (SIZES) needs none.
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    name = app_id()
    svg = HICOLOR / "scalable" / "apps" / f"{name}.svg"
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"render_icons: cannot read {svg}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{name}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        # Straight (not premultiplied) alpha is what PNG stores.
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(out)):
            print(f"render_icons: cannot write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
