"""Pictures on screen and in files: drawn, inside the frame, at any size, in any palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.figures.animation import key_pose, pose_at
from backcoach.figures.catalog import built_in_catalog
from backcoach.figures.export import contact_sheet, illustrate
from backcoach.figures.figure_view import FigureView
from backcoach.figures.painter import FigureStyle, paint_scene
from backcoach.figures.scene import build_scene
from backcoach.ui.library.exercise_detail import ExerciseDetail
from backcoach.ui.library.exercise_list_model import ExerciseListModel

CATALOG = built_in_catalog()
IDS = sorted(CATALOG.poses)


def dark_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d8ee0"))
    return palette


def figure_box(
    image: QImage, colour: QColor, tolerance: int = 24
) -> tuple[int, int, int, int] | None:
    """Bounding box (left, top, right, bottom) of pixels of (nearly) the figure's colour:
    the tolerance takes in half-covered edge pixels, which is most of a thumbnail."""
    xs: list[int] = []
    ys: list[int] = []
    red, green, blue = colour.red(), colour.green(), colour.blue()
    step = max(1, image.width() // 240)  # sample big images
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixel(x, y)
            if (
                abs((pixel >> 16 & 255) - red)
                + abs((pixel >> 8 & 255) - green)
                + abs((pixel & 255) - blue)
            ) <= tolerance:
                xs.append(x)
                ys.append(y)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def paint(exercise_id: str, size: QSize, palette: QPalette) -> tuple[QImage, FigureStyle]:
    poses = CATALOG.poses[exercise_id]
    style = FigureStyle.from_palette(palette)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(style.background)
    painter = QPainter(image)
    scene = build_scene(poses, key_pose(poses, poses.thumbnail_pose()))
    paint_scene(painter, QRectF(0, 0, size.width(), size.height()), scene, style)
    painter.end()
    return image, style


@pytest.mark.parametrize("exercise_id", IDS)
@pytest.mark.parametrize("size", [QSize(64, 48), QSize(1920, 1080)], ids=["64px", "1920x1080"])
def test_figure_is_drawn_inside_the_picture(
    qapp: QApplication, exercise_id: str, size: QSize
) -> None:
    for palette in (QPalette(), dark_palette()):
        image, style = paint(exercise_id, size, palette)
        box = figure_box(image, style.colours["near"])
        assert box is not None, "nothing of the figure was drawn"
        left, top, right, bottom = box
        assert left > 0 and right < size.width() - 1, box
        assert top > 0 and bottom < size.height() - 1, box
        if exercise_id == "water-exercise":
            continue  # the water's tint covers most of the swimmer: exact colours are few
        # It fills the picture: at least half its width or height.
        assert (right - left) > 0.45 * size.width() or (bottom - top) > 0.45 * size.height()


def test_far_limbs_are_lighter_in_light_and_darker_in_dark_themes(qapp: QApplication) -> None:
    light = FigureStyle.from_palette(QPalette())
    dark = FigureStyle.from_palette(dark_palette())
    for style in (light, dark):
        near, far, page = (style.colours["near"], style.colours["far"], style.background)
        # The far side sits between the near side and the page: it reads as further away.
        assert abs(far.lightnessF() - page.lightnessF()) < abs(
            near.lightnessF() - page.lightnessF()
        )


def test_mirrored_picture_is_the_flipped_picture(qapp: QApplication) -> None:
    poses = CATALOG.poses["bridge"]
    style = FigureStyle.from_palette(QPalette())
    images = []
    for other_side in (False, True):
        image = QImage(QSize(400, 200), QImage.Format.Format_RGB32)
        image.fill(style.background)
        painter = QPainter(image)
        scene = build_scene(poses, pose_at(poses, 0, 1.0, other_side=other_side))
        paint_scene(painter, QRectF(0, 0, 400, 200), scene, style)
        painter.end()
        images.append(image)
    flipped = images[0].flipped(Qt.Orientation.Horizontal)
    differing = sum(
        flipped.pixel(x, y) != images[1].pixel(x, y)
        for y in range(0, 200, 2)
        for x in range(0, 400, 2)
    )
    assert differing < 0.01 * 200 * 100  # anti-aliasing rounding at most


def test_thumbnails_in_the_list(qapp: QApplication) -> None:
    library = load_library([built_in_folder()])
    model = ExerciseListModel(library.exercises.values())
    pixmaps = [
        model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
        for row in range(model.rowCount())
    ]
    assert all(isinstance(p, QPixmap) and not p.isNull() for p in pixmaps)
    assert {p.deviceIndependentSize().toSize().toTuple() for p in pixmaps} == {(64, 48)}
    again = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert again is pixmaps[0]  # cached, not drawn again
    QGuiApplication.setPalette(dark_palette())
    try:
        dark = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
        assert dark is not pixmaps[0]  # a theme change draws it in the new colours
    finally:
        QGuiApplication.setPalette(QPalette())


def test_figure_view_animates_and_stays_still_when_paused(qtbot: QtBot) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(320, 240)
    view.show()
    qtbot.waitExposed(view)
    poses = CATALOG.poses["bridge"]
    view.show_moment(poses, 0, 0.5, first_rep=True)
    qtbot.waitUntil(lambda: view.paints >= 1)
    image = view.grab().toImage()
    assert figure_box(image, FigureStyle.from_palette(view.palette()).colours["near"])
    painted = view.paints
    for _ in range(5):  # paused: the player keeps giving the same moment
        view.show_moment(poses, 0, 0.5, first_rep=True)
        qapp_process()
    assert view.paints == painted
    view.show_moment(poses, 0, 0.6, first_rep=True, other_side=True)
    qtbot.waitUntil(lambda: view.paints > painted)
    assert view.pose is not None and view.pose.mirrored
    view.clear()
    view.close()


def test_figure_view_leaves_nothing_behind_when_it_moves(qtbot: QtBot) -> None:
    # Frame after frame, the picture must equal a fresh view of the last pose.
    poses = CATALOG.poses["bird-dog"]
    moving, fresh = FigureView(), FigureView()
    for view in (moving, fresh):
        qtbot.addWidget(view)
        view.resize(480, 320)
        view.show()
        qtbot.waitExposed(view)
    for step in range(11):
        moving.show_moment(poses, 0, step / 10, first_rep=True)
        qtbot.waitUntil(lambda: moving.paints > 0)
        qapp_process()
    fresh.show_moment(poses, 0, 1.0, first_rep=True)
    qtbot.waitUntil(lambda: fresh.paints > 0)
    assert moving.grab().toImage() == fresh.grab().toImage()
    for view in (moving, fresh):
        view.close()


def qapp_process() -> None:
    QApplication.processEvents()


def test_detail_shows_the_key_poses_in_order(qtbot: QtBot, small_library: Library) -> None:
    detail = ExerciseDetail()
    qtbot.addWidget(detail)
    detail.show_exercise(small_library.exercise("cat-cow"))
    html = detail.toHtml()
    sources = [f"backcoach-figure:cat-cow/{index}" for index in range(3)]
    assert [html.index(source) for source in sources] == sorted(html.index(s) for s in sources)
    text = detail.toPlainText()
    assert (
        text.index("1. Flat back")
        < text.index("2. Cat: back rounded")
        < text.index("3. Cow: back dipped")
        < text.index("How much")
    )
    image = detail.document().resource(1, sources[1])  # 1: an image resource
    assert isinstance(image, QImage) and not image.isNull()


def test_illustrate_writes_png_and_svg(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = load_library([built_in_folder()])
    assert illustrate("Bird dog", tmp_path / "bird.png", library) == 0
    assert "Bird dog, 2 poses" in capsys.readouterr().out
    image = QImage(str(tmp_path / "bird.png"))
    assert image.width() == 800 and 260 <= image.height() <= 600
    assert illustrate("cat-cow", tmp_path / "cat.svg", library) == 0
    svg = (tmp_path / "cat.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Cat-cow" in svg
    assert illustrate("no such thing", tmp_path / "x.png", library) == 1
    assert "no exercise called 'no such thing'" in capsys.readouterr().err
    assert illustrate("bridge", tmp_path / "x.gif", library) == 1
    assert illustrate("bridge", tmp_path / "missing" / "x.png", library) == 1
    assert "cannot write" in capsys.readouterr().err


def test_contact_sheet_has_every_exercise(qapp: QApplication, tmp_path: Path) -> None:
    library = load_library([built_in_folder()])
    assert contact_sheet(library, tmp_path / "sheet.png") == 21
    assert not QImage(str(tmp_path / "sheet.png")).isNull()
