// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The {@code _random} module: the Mersenne Twister (MT19937, Matsumoto and Nishimura, 1998) with CPython's seeding
 * (an int's 32-bit words, least significant first; a str's UTF-8 bytes followed by their SHA-512; a float's hash), its
 * 53-bit {@code random()} and its {@code getrandbits}, so that {@code random.seed(n)} gives CPython's sequence.
 * {@code random.py} builds the rest of the random module on it, as CPython's does. Each generator's state is guarded
 * by its object's critical section, as in the free-threaded CPython.
 */
final class RandomModule {
    private RandomModule() {
    }

    private static final int N = 624;
    private static final int M = 397;

    /** One generator ({@code _random.Random}). */
    static final class Core extends PyObject {
        static final PyType TYPE = PyType.staticType("_random.Random", 0);

        private final int[] mt = new int[N];
        private int index = N + 1;

        Core(ThreadState ts) {
            super(TYPE, ts);
        }

        private void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        private void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** The next 32 random bits (as an unsigned value in an int). */
        private int next32() {
            if (index >= N) {
                for (int k = 0; k < N; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
                    mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        BigInteger getrandbits(int k) {
            if (k <= 32) {
                return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
            }
            int words = (k - 1) / 32 + 1;
            byte[] big = new byte[words * 4]; // big-endian, most significant word first
            for (int w = 0; w < words; w++) {
                long r = next32() & 0xffffffffL;
                if (k < 32) {
                    r >>>= 32 - k;
                }
                int at = (words - 1 - w) * 4;
                big[at] = (byte) (r >>> 24);
                big[at + 1] = (byte) (r >>> 16);
                big[at + 2] = (byte) (r >>> 8);
                big[at + 3] = (byte) r;
                k -= 32;
            }
            return new BigInteger(1, big);
        }

        void seed(BigInteger n) {
            n = n.abs();
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }
    }

    static void install(PyThread t, PyModule m) {
        Modules.define(t, m, "Random", (tt, a, kw) -> {
            Core c = new Core(tt.ts);
            c.seed(urandom());
            return c;
        });
        Map<String, PyBuiltin.MethodImpl> methods = Builtins.table(t.interp, Core.TYPE);
        methods.put("random", (tt, self, a, kw) -> {
            Core c = (Core) self;
            try (CriticalSection cs = CriticalSection.of(tt.ts, c)) {
                return new PyFloat(tt.ts, c.random());
            }
        });
        methods.put("getrandbits", (tt, self, a, kw) -> {
            Args.count(tt, "getrandbits", a, kw, 1, 1);
            if (!(a[0] instanceof PyInt)) {
                throw Errors.typeError(tt, "'" + Ops.typeName(a[0]) + "' object cannot be interpreted as an integer");
            }
            PyInt k = (PyInt) a[0];
            if (k.bigValue().signum() < 0) {
                throw Errors.valueError(tt, "number of bits must be non-negative");
            }
            if (!k.fitsLong() || k.longValue() > Integer.MAX_VALUE - 64) {
                throw Errors.raise(tt, "OverflowError", "getrandbits() argument too large");
            }
            int bits = (int) k.longValue();
            if (bits == 0) {
                return PyInt.small(0);
            }
            Core c = (Core) self;
            try (CriticalSection cs = CriticalSection.of(tt.ts, c)) {
                return Arith.ofBig(tt.ts, c.getrandbits(bits));
            }
        });
        methods.put("seed", (tt, self, a, kw) -> {
            Args.count(tt, "seed", a, kw, 0, 1);
            BigInteger n = seedValue(tt, a.length == 0 ? PyNone.NONE : a[0]);
            Core c = (Core) self;
            try (CriticalSection cs = CriticalSection.of(tt.ts, c)) {
                c.seed(n);
            }
            return PyNone.NONE;
        });
        methods.put("getstate", (tt, self, a, kw) -> {
            Args.count(tt, "getstate", a, kw, 0, 0);
            Core c = (Core) self;
            PyObject[] items = new PyObject[N + 1];
            try (CriticalSection cs = CriticalSection.of(tt.ts, c)) {
                for (int i = 0; i < N; i++) {
                    items[i] = PyInt.of(tt.ts, c.mt[i] & 0xffffffffL);
                }
                items[N] = PyInt.of(tt.ts, c.index);
            }
            return PyTuple.stealing(tt.ts, items);
        });
        methods.put("setstate", (tt, self, a, kw) -> {
            Args.count(tt, "setstate", a, kw, 1, 1);
            if (!(a[0] instanceof PyTuple) || ((PyTuple) a[0]).size() != N + 1) {
                throw Errors.valueError(tt, "state vector is the wrong size");
            }
            PyTuple st = (PyTuple) a[0];
            int[] words = new int[N];
            for (int i = 0; i < N; i++) {
                PyObject w = st.getItemBorrowed(i);
                if (!(w instanceof PyInt) || ((PyInt) w).bigValue().signum() < 0
                        || ((PyInt) w).bigValue().bitLength() > 32) {
                    throw Errors.raise(tt, "OverflowError", "Python int too large to convert to C unsigned long");
                }
                words[i] = ((PyInt) w).bigValue().intValue();
            }
            PyObject ix = st.getItemBorrowed(N);
            if (!(ix instanceof PyInt) || !((PyInt) ix).fitsLong() || ((PyInt) ix).longValue() < 0
                    || ((PyInt) ix).longValue() > N) {
                throw Errors.valueError(tt, "invalid state");
            }
            Core c = (Core) self;
            try (CriticalSection cs = CriticalSection.of(tt.ts, c)) {
                System.arraycopy(words, 0, c.mt, 0, N);
                c.index = (int) ((PyInt) ix).longValue();
            }
            return PyNone.NONE;
        });
    }

    /** CPython's seed argument: None (fresh entropy), an int, a str (its bytes then their SHA-512), a float's hash. */
    private static BigInteger seedValue(PyThread t, PyObject a) {
        if (a == PyNone.NONE) {
            return urandom();
        }
        if (a instanceof PyInt) {
            return ((PyInt) a).bigValue();
        }
        if (a instanceof PyStr) {
            byte[] b = ((PyStr) a).value().getBytes(StandardCharsets.UTF_8);
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(b);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-512", e);
            }
            byte[] all = new byte[b.length + digest.length];
            System.arraycopy(b, 0, all, 0, b.length);
            System.arraycopy(digest, 0, all, b.length, digest.length);
            return new BigInteger(1, all);
        }
        if (a instanceof PyFloat) {
            return BigInteger.valueOf(Ops.hash(t, a));
        }
        throw Errors.typeError(t, "The only supported seed types are:\n- None\n- int\n- float\n- str\n- bytes\n"
                + "- bytearray.");
    }

    private static BigInteger urandom() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return new BigInteger(1, b);
    }
}
