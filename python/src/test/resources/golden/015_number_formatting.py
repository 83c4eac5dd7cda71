# SPDX-License-Identifier: Apache-2.0
# str()/repr() of numbers and number format specs in f-strings and format().
n = 1234567
x = 3.14159265
print(f"{n:,}", f"{n:x}", f"{255:x}", f"{-255:x}")
print(f"{n:>12}|", f"{n:<12}|", f"{n:^12}|", f"{n:012d}")
print(f"{x:.3f}", f"{x:.0f}", f"{x:e}", f"{x:.2e}", f"{x:10.4f}|")
print(f"{0.25:%}", f"{0.25:.1%}", f"{-x:.2f}", f"{x:+.2f}")
print(f"{42:05d}", f"{-42:05d}", f"{42:+d}", f"{1e6:,.2f}")
print(format(255, "x"), format(3.5, ".1f"), format(42, ">5"), format("ab", "^6") + "|")
print(f"{2 ** 70:,}", f"{1e-7:e}", f"{123.0:e}", f"{0.0:e}", f"{-1234.5:,}")
print(f"{1.5:.0f}", f"{2.5:.0f}", f"{0.125:.2f}", f"{2.675:.2f}")
print(f"{True}", f"{None}", f"{7!r}", f"{'s'!r}")
print("{:,}".format(-9876543), "{:>6.1f}".format(2.25), "{0:03}-{0:x}".format(11))
