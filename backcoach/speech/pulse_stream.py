"""A PulseAudio playback stream through libpulse-simple (ctypes): blocking writes, latency, flush.

Why not QtMultimedia: opening a QAudioSink loads QtMultimedia and, in a pip-installed
PySide6, its FFmpeg backend plugin with libavcodec and friends, about 20 MiB resident
for 22050 Hz mono PCM; this stream costs about 2 MiB (measured in
benchmarks/player_cpu.py). PipeWire desktops serve the same protocol (pipewire-pulse),
and libpulse0 is already on every machine with libespeak-ng1. Qt-free; every call is
made from one thread (libpulse-simple handles are not thread-safe).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from ctypes import (
    POINTER,
    Structure,
    byref,
    c_char_p,
    c_int,
    c_size_t,
    c_uint8,
    c_uint32,
    c_uint64,
    c_void_p,
)

PA_SAMPLE_S16LE = 3
PA_STREAM_PLAYBACK = 1
DEFAULT = 0xFFFFFFFF  # (uint32_t) -1: "let the server choose"


class PulseError(Exception):
    """The stream could not be opened, or failed while playing."""


class PulseMissingError(PulseError):
    """libpulse itself is not installed."""


class _SampleSpec(Structure):
    _fields_ = [("format", c_int), ("rate", c_uint32), ("channels", c_uint8)]


class _BufferAttr(Structure):
    _fields_ = [
        ("maxlength", c_uint32),
        ("tlength", c_uint32),
        ("prebuf", c_uint32),
        ("minreq", c_uint32),
        ("fragsize", c_uint32),
    ]


def load_library() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    """libpulse-simple and libpulse, by soname (ctypes.util.find_library would start
    ldconfig or gcc in a subprocess); PulseError where they are not installed."""
    try:
        simple = ctypes.CDLL("libpulse-simple.so.0")
        pulse = ctypes.CDLL("libpulse.so.0")
    except OSError as error:
        raise PulseMissingError(str(error)) from error
    simple.pa_simple_new.restype = c_void_p
    simple.pa_simple_new.argtypes = [
        c_char_p,
        c_char_p,
        c_int,
        c_char_p,
        c_char_p,
        POINTER(_SampleSpec),
        c_void_p,
        POINTER(_BufferAttr),
        POINTER(c_int),
    ]
    simple.pa_simple_free.argtypes = [c_void_p]
    simple.pa_simple_free.restype = None
    simple.pa_simple_write.argtypes = [c_void_p, c_char_p, c_size_t, POINTER(c_int)]
    simple.pa_simple_flush.argtypes = [c_void_p, POINTER(c_int)]
    simple.pa_simple_drain.argtypes = [c_void_p, POINTER(c_int)]
    simple.pa_simple_get_latency.argtypes = [c_void_p, POINTER(c_int)]
    simple.pa_simple_get_latency.restype = c_uint64
    pulse.pa_strerror.argtypes = [c_int]
    pulse.pa_strerror.restype = c_char_p
    return simple, pulse


class PulseStream:
    """One mono 16-bit playback stream on the default sink."""

    def __init__(self, app_name: str, stream_name: str, rate: int, buffer_bytes: int) -> None:
        """Connects (raises PulseError when there is no library or no server). The server
        keeps about ``buffer_bytes`` queued: a write blocks while that much is waiting."""
        self._simple, self._pulse = load_library()
        spec = _SampleSpec(PA_SAMPLE_S16LE, rate, 1)
        # tlength is the whole latency with PA_STREAM_ADJUST_LATENCY, which pa_simple sets
        # when given attributes; prebuf stays the server's choice (= tlength): after a
        # pause the stream starts again once that much is queued.
        attr = _BufferAttr(DEFAULT, buffer_bytes, DEFAULT, DEFAULT, DEFAULT)
        error = c_int(0)
        handle = self._simple.pa_simple_new(
            None,
            app_name.encode(),
            PA_STREAM_PLAYBACK,
            None,
            stream_name.encode(),
            byref(spec),
            None,
            byref(attr),
            byref(error),
        )
        if not handle:
            raise PulseError(self._describe(error))
        self._handle: int | None = handle

    def write(self, pcm: bytes) -> None:
        """Queues ``pcm``; returns once the server has taken it (blocks while full)."""
        self._call(self._simple.pa_simple_write, pcm, len(pcm))

    def latency(self) -> float:
        """Seconds from now until a sample written now is heard (queued + the sink's)."""
        error = c_int(0)
        micros: int = self._simple.pa_simple_get_latency(self._live(), byref(error))
        if micros == 0xFFFFFFFFFFFFFFFF:  # (pa_usec_t) -1
            raise PulseError(self._describe(error))
        return micros / 1e6

    def flush(self) -> None:
        """Drops everything queued and not yet heard."""
        self._call(self._simple.pa_simple_flush)

    def drain(self) -> None:
        """Waits until everything queued has been heard."""
        self._call(self._simple.pa_simple_drain)

    def close(self) -> None:
        if self._handle is not None:
            self._simple.pa_simple_free(self._handle)
            self._handle = None

    def _call(self, function: Callable[..., int], *args: object) -> None:
        error = c_int(0)
        if function(self._live(), *args, byref(error)) < 0:
            raise PulseError(self._describe(error))

    def _live(self) -> int:
        if self._handle is None:
            raise PulseError("the stream is closed")
        return self._handle

    def _describe(self, error: c_int) -> str:
        text = self._pulse.pa_strerror(error.value)
        return text.decode(errors="replace") if text else f"PulseAudio error {error.value}"
