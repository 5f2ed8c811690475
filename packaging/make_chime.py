"""Write resources/display/chime.wav: the display's two-tone call chime (ding-dong), no sample library needed.

Run once (the WAV is committed): ``python packaging/make_chime.py``. 22.05 kHz,
16-bit mono, about 1.3 s: two soft bell tones (E5 then C5) with overtones and
an exponential decay, peaking well below full scale so no speaker clips.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
TARGET = Path(__file__).resolve().parent.parent / "resources" / "display" / "chime.wav"


def bell(freq: float, seconds: float, start: float, samples: list[float]) -> None:
    first = int(start * RATE)
    for i in range(int(seconds * RATE)):
        t = i / RATE
        envelope = math.exp(-3.2 * t) * min(1.0, t / 0.01)
        value = (math.sin(2 * math.pi * freq * t) + 0.35 * math.sin(2 * math.pi * 2 * freq * t)
                 + 0.12 * math.sin(2 * math.pi * 3 * freq * t))
        samples[first + i] += 0.45 * envelope * value / 1.47


def main() -> None:
    samples = [0.0] * int(1.35 * RATE)
    bell(659.25, 0.9, 0.0, samples)
    bell(523.25, 0.95, 0.4, samples)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(TARGET), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


if __name__ == "__main__":
    main()
