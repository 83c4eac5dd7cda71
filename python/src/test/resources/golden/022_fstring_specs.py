# SPDX-License-Identifier: Apache-2.0
# f-string format specs: width, alignment, precision, zero padding, thousands, hex, exponent, percent.
vals = [0, 7, -7, 1234, 1234567, -98765]
for v in vals:
    print(f"[{v:>8}] [{v:<8}] [{v:^9}] [{v:05d}] [{v:,}] [{v:x}]")
fl = [0.0, 1.0, 3.14159, -2.5, 1234.5678, 0.000123]
for v in fl:
    print(f"[{v:.3f}] [{v:e}] [{v:%}] [{v:>10}] [{v:<10}]")
s = "text"
print(f"[{s:>8}] [{s:<8}] [{s:^9}] [{s:^8}]")
print(f"[{s:<10}] [{3.14159:.2f}] [{-0.5:.0f}] [{0.5:.0f}] [{1.5:.0f}]")
