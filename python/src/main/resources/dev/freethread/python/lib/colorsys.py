# SPDX-License-Identifier: Apache-2.0
# colorsys for ftpython: conversions between RGB and the YIQ, HLS and HSV
# colour systems, written here after CPython 3.13's behaviour.
# All coordinates are floats in [0, 1] (I and Q of YIQ may be negative).

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


# YIQ: the NTSC luma/chroma system (FCC coefficients).

def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    i = 0.74 * (r - y) - 0.27 * (b - y)
    q = 0.48 * (r - y) + 0.41 * (b - y)
    return (y, i, q)


def _clamp01(v):
    if v < 0.0:
        return 0.0
    if v > 1.0:
        return 1.0
    return v


def yiq_to_rgb(y, i, q):
    # Inverse of the matrix above (exact rational coefficients).
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp01(r), _clamp01(g), _clamp01(b))


# HLS: hue, lightness, saturation.

def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    spread = hi - lo
    l = total / 2.0
    if lo == hi:
        return 0.0, l, 0.0
    if l <= 0.5:
        s = spread / total
    else:
        s = spread / (2.0 - hi - lo)
    rc = (hi - r) / spread
    gc = (hi - g) / spread
    bc = (hi - b) / spread
    if r == hi:
        h = bc - gc
    elif g == hi:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    h = (h / 6.0) % 1.0
    return h, l, s


def _hue_component(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    if l <= 0.5:
        m2 = l * (1.0 + s)
    else:
        m2 = l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_hue_component(m1, m2, h + ONE_THIRD),
            _hue_component(m1, m2, h),
            _hue_component(m1, m2, h - ONE_THIRD))


# HSV: hue, saturation, value.

def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    spread = hi - lo
    v = hi
    if lo == hi:
        return 0.0, 0.0, v
    s = spread / hi
    rc = (hi - r) / spread
    gc = (hi - g) / spread
    bc = (hi - b) / spread
    if r == hi:
        h = bc - gc
    elif g == hi:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    h = (h / 6.0) % 1.0
    return h, s, v


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    f = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    sector = sector % 6
    if sector == 0:
        return v, t, p
    if sector == 1:
        return q, v, p
    if sector == 2:
        return p, v, t
    if sector == 3:
        return p, q, v
    if sector == 4:
        return t, p, v
    return v, p, q
