"""How long one figure frame takes to draw, and how much CPU a 30 fps animation costs.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/figure_render.py [--seconds 10]

Times are medians over many frames, each next to a baseline measured in the same process
(filling the image with one colour; drawing one anti-aliased ellipse), so the figures read
as ratios on any machine. Targets: a frame under 4 ms; animating under 5% of one core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from backcoach.content.library import built_in_folder, load_library
from backcoach.figures.animation import pose_at
from backcoach.figures.catalog import built_in_catalog
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.figure_view import FigureView
from backcoach.figures.painter import FigureStyle, paint_scene, thumbnail_image
from backcoach.figures.scene import build_scene, framing

FRAMES = 200
TARGET_FRAME_MS = 4.0
TARGET_CPU = 0.05


def median_ms(action: Callable[[int], None], frames: int = FRAMES) -> float:
    samples = []
    for index in range(frames):
        start = time.perf_counter()
        action(index)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def frame_times(poses: ExercisePoses, size: QSize, style: FigureStyle) -> dict[str, float]:
    """Median ms for: the pose and shapes (Python), painting them, and a whole frame."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    target = QRectF(0, 0, size.width(), size.height())
    frame = framing(poses)

    def moment(index: int) -> float:
        return (index % 50) / 50

    def shapes(index: int) -> None:
        build_scene(poses, pose_at(poses, 0, moment(index), first_rep=True), frame=frame)

    scene = build_scene(poses, pose_at(poses, 0, 0.5, first_rep=True), frame=frame)

    def paint_only(index: int) -> None:
        del index
        image.fill(style.background)
        painter = QPainter(image)
        paint_scene(painter, target, scene, style)
        painter.end()

    def whole(index: int) -> None:
        image.fill(style.background)
        painter = QPainter(image)
        pose = pose_at(poses, 0, moment(index), first_rep=True)
        paint_scene(painter, target, build_scene(poses, pose, frame=frame), style)
        painter.end()

    return {"shapes": median_ms(shapes), "paint": median_ms(paint_only), "frame": median_ms(whole)}


def baselines(size: QSize) -> dict[str, float]:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)

    def fill(index: int) -> None:
        image.fill(QColor(index % 255, 128, 128))

    def ellipse(index: int) -> None:
        del index
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("navy"))
        painter.drawEllipse(QRectF(0, 0, size.width(), size.height()).adjusted(20, 20, -20, -20))
        painter.end()

    return {"fill": median_ms(fill), "ellipse": median_ms(ellipse)}


def cpu_share(seconds: float, tick: Callable[[float], None]) -> tuple[float, float]:
    """Process CPU time over wall time while a 30 fps timer calls ``tick``; and the wall
    time it ran."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(33)
    start_wall = time.perf_counter()
    timer.timeout.connect(lambda: tick(time.perf_counter() - start_wall))
    start_cpu = time.process_time()
    timer.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    wall = time.perf_counter() - start_wall
    return (time.process_time() - start_cpu) / wall, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="of each animation run")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    catalog = built_in_catalog()
    style = FigureStyle.from_palette(QPalette())
    print(f"{'case':34} {'median ms':>10} {'x fill':>8} {'x ellipse':>10}  target")
    for size in (QSize(800, 600), QSize(1920, 1080)):
        base = baselines(size)
        label = f"{size.width()}x{size.height()}"
        print(f"{'baseline fill ' + label:34} {base['fill']:10.3f}")
        print(f"{'baseline ellipse ' + label:34} {base['ellipse']:10.3f}")
        worst = ("", 0.0)
        for exercise_id in ("bridge", "cycling", "water-exercise", "lower-back-rotation"):
            times = frame_times(catalog.poses[exercise_id], size, style)
            for part in ("shapes", "paint", "frame"):
                ms = times[part]
                verdict = ("ok" if ms < TARGET_FRAME_MS else "SLOW") if part == "frame" else ""
                print(
                    f"{exercise_id + ' ' + part + ' ' + label:34} {ms:10.3f} "
                    f"{ms / base['fill']:8.1f} {ms / base['ellipse']:10.1f}  {verdict}"
                )
            if times["frame"] > worst[1]:
                worst = (exercise_id, times["frame"])
        print(f"{'worst frame ' + label:34} {worst[1]:10.3f}   ({worst[0]})")
    library = load_library([built_in_folder()])
    start = time.perf_counter()
    built_in_catalog.cache_clear()
    catalog = built_in_catalog()
    thumbs = [
        thumbnail_image(p, QSize(64, 48), style)
        for e in library.exercises
        if (p := catalog.for_exercise(library.exercise(e))) is not None
    ]
    elapsed = (time.perf_counter() - start) * 1000
    print(f"{'read poses + 21 thumbnails':34} {elapsed:10.1f}   ({len(thumbs)} drawn)")

    idle = QWidget()
    idle.show()
    view = FigureView()
    view.show()
    poses = catalog.poses["bridge"]
    for size in (QSize(800, 600), QSize(1920, 1080)):
        idle.resize(size)
        view.resize(size)
        app.processEvents()
        label = f"{size.width()}x{size.height()}"
        empty, _ = cpu_share(args.seconds, lambda t: idle.update())
        before = view.paints
        animated, wall = cpu_share(
            args.seconds, lambda t: view.show_moment(poses, 0, (t % 2.0) / 2.0, first_rep=True)
        )  # lift the hips, over and over
        verdict = "ok" if animated < TARGET_CPU else "HIGH"
        rate = (view.paints - before) / wall
        print(f"{'30 fps, empty window ' + label:34} {empty * 100:9.1f}% of a core")
        print(
            f"{'30 fps, bridge ' + label:34} {animated * 100:9.1f}% of a core "
            f"({(animated - empty) * 100:+.1f}% over empty, {rate:.0f} frames/s)  {verdict}"
        )
    view.close()
    idle.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
