#!/usr/bin/env python3
"""Fails unless every PNG named on the command line exists and is not blank.

A name with a size in it (`editor-dark-1280x720.png`) must have that size. A screenshot
counts as blank when nearly all of its pixels share one colour (a window that
never drew). Uses only the standard library, so CI needs nothing installed for it.
"""
import os
import re
import struct
import sys
import zlib
from collections import Counter


def pixels(path):
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    offset, idat, width, height, colour_type = 8, b"", 0, 0, 6
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind = data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour_type not in (2, 6):
                raise ValueError("expected 8-bit RGB or RGBA")
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main(paths):
    failed = False
    for path in paths:
        try:
            width, height, channels, rows = pixels(path)
        except (OSError, ValueError, zlib.error) as error:
            print(f"{path}: missing or unreadable: {error}")
            failed = True
            continue
        counts = Counter()
        for row in rows[::4]:
            for x in range(0, len(row), channels * 4):
                counts[row[x:x + 3]] += 1
        total = sum(counts.values())
        dominant = counts.most_common(1)[0][1] / total if total else 1.0
        asked = re.search(r"-(\d+)x(\d+)", os.path.basename(path))
        if asked and (width, height) != (int(asked[1]), int(asked[2])):
            print(f"{path}: {width}x{height}, not the {asked[1]}x{asked[2]} asked for")
            failed = True
        elif width < 400 or height < 300 or len(counts) < 8 or dominant > 0.97:
            print(f"{path}: looks blank ({width}x{height}, {len(counts)} colours, {dominant:.0%} one colour)")
            failed = True
        else:
            print(f"{path}: ok ({width}x{height}, {len(counts)} colours)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
