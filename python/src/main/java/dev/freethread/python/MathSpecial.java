// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The special functions of {@code math} that Java lacks: {@code erf}, {@code erfc}, {@code gamma} and
 * {@code lgamma}, with CPython's domain rules (a {@link DomainException} where CPython raises "math domain error").
 *
 * <p>Accuracy. {@code erf}, and {@code erfc} below 5.5, are summed from their Taylor series in 60-digit decimal
 * arithmetic and rounded once, so they are correctly rounded (CPython calls the C library's, which is within an
 * ulp). {@code erfc} above 5.5 uses the continued fraction in doubles, with {@code exp(-x*x)} split so that x*x is
 * exact: a few ulps. {@code gamma} of an integer up to 23 is exact (as CPython's table); otherwise {@code gamma} and
 * {@code lgamma} use Lanczos' approximation (g = 7, nine terms) with reflection below 1/2: about 1e-15 relative,
 * so the last printed digit may differ from CPython's.
 */
final class MathSpecial {
    private MathSpecial() {
    }

    /** CPython's "math domain error". */
    static final class DomainException extends RuntimeException {
        DomainException() {
            super(null, null, false, false);
        }
    }

    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    /** 2/sqrt(pi) to 70 digits. */
    private static final BigDecimal TWO_OVER_SQRT_PI =
            new BigDecimal("1.128379167095512573896158903121545171688101258657997713688171443421");

    /** erf(x) by its Taylor series in 60 digits; x in (-6, 6). */
    private static BigDecimal erfSeries(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal x2 = bx.multiply(bx, MC);
        BigDecimal term = bx; // (-1)^n x^(2n+1) / n!
        BigDecimal sum = bx;
        BigDecimal eps = new BigDecimal("1e-58");
        for (int n = 1; n < 2000; n++) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf(-n), MC);
            BigDecimal add = term.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(add, MC);
            if (add.abs().compareTo(eps) < 0 && n > x * x) {
                break;
            }
        }
        return sum.multiply(TWO_OVER_SQRT_PI, MC);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) >= 6) { // |erf - 1| < 2e-17 beyond: rounds to 1
            return Math.copySign(1.0, x);
        }
        if (x == 0) {
            return x; // keeps the sign of -0.0
        }
        return erfSeries(x).doubleValue();
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= -6) {
            return 2.0;
        }
        if (x < 5.5) {
            return BigDecimal.ONE.subtract(erfSeries(x), MC).doubleValue();
        }
        if (x > 27.3) {
            return 0.0; // below the smallest subnormal
        }
        // erfc(x) = exp(-x^2) / sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))), evaluated bottom-up
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        double hi = Math.scalb(Math.rint(Math.scalb(x, 20)), -20); // x = hi + lo, hi*hi exact
        double lo = x - hi;
        double e = Math.exp(-hi * hi) * Math.exp(-(2 * hi * lo + lo * lo));
        return e / Math.sqrt(Math.PI) / f;
    }

    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double LOG_SQRT_2PI = 0.91893853320467274178;

    private static double lanczosSum(double xm1) {
        double a = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (xm1 + i);
        }
        return a;
    }

    private static boolean isNonPositiveInteger(double x) {
        return x <= 0 && x == Math.floor(x);
    }

    static double gamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return x;
            }
            throw new DomainException();
        }
        if (isNonPositiveInteger(x)) {
            throw new DomainException();
        }
        if (x == Math.floor(x) && x <= 23) {
            double r = 1;
            for (int k = 2; k < x; k++) {
                r *= k;
            }
            return r;
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        if (x > 171.7) {
            return Double.POSITIVE_INFINITY; // the caller reports the range error
        }
        double xm1 = x - 1;
        double t = xm1 + LANCZOS_G + 0.5;
        double a = lanczosSum(xm1);
        double p = Math.pow(t, (xm1 + 0.5) / 2); // t^(x-1/2) as its square root squared: no early overflow
        return Math.sqrt(2 * Math.PI) * p * (p * Math.exp(-t)) * a;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (isNonPositiveInteger(x)) {
            throw new DomainException();
        }
        if (x == 1 || x == 2) {
            return 0.0;
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        }
        double xm1 = x - 1;
        double t = xm1 + LANCZOS_G + 0.5;
        return LOG_SQRT_2PI + (xm1 + 0.5) * Math.log(t) - t + Math.log(lanczosSum(xm1));
    }
}
