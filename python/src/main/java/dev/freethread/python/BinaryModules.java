// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Java halves of {@code hashlib} and {@code base64}/{@code binascii} (their Python halves are bundled):
 * {@code _hashlib} keeps a message digest per hash object (the JDK's MD5 and SHA families), {@code _binascii}
 * converts base64 and hex and computes CRC-32, each over bytes-like arguments.
 */
final class BinaryModules {
    private BinaryModules() {
    }

    /** A running digest: the state of one hash object, used under its own monitor (update, digest, copy). */
    static final class Digest extends PyObject {
        static final PyType TYPE = PyType.staticType("_hashlib.digest_state", PyType.FLAG_NO_WEAKREFS);
        private final MessageDigest md;

        Digest(ThreadState ts, MessageDigest md) {
            super(TYPE, ts);
            this.md = md;
        }

        synchronized void update(byte[] b) {
            md.update(b);
        }

        /** The digest so far, leaving the state able to take more (a clone is finished). */
        synchronized byte[] digest() {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized Digest copy(ThreadState ts) {
            try {
                return new Digest(ts, (MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        int digestSize() {
            return md.getDigestLength();
        }
    }

    private static String javaAlgorithm(String name) {
        switch (name.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "")) {
            case "md5": return "MD5";
            case "sha1": return "SHA-1";
            case "sha224": return "SHA-224";
            case "sha256": return "SHA-256";
            case "sha384": return "SHA-384";
            case "sha512": return "SHA-512";
            case "sha3224": return "SHA3-224";
            case "sha3256": return "SHA3-256";
            case "sha3384": return "SHA3-384";
            case "sha3512": return "SHA3-512";
            default: return null;
        }
    }

    static void hashlib(PyThread t, PyModule m) {
        def(t, m, "new_state", (tt, a, kw) -> {
            Args.count(tt, "new_state", a, kw, 1, 1);
            String name = Args.str(tt, a[0], "new_state", 1);
            String alg = javaAlgorithm(name);
            if (alg == null) {
                throw Errors.valueError(tt, "unsupported hash type " + name);
            }
            try {
                return new Digest(tt.ts, MessageDigest.getInstance(alg));
            } catch (NoSuchAlgorithmException e) {
                throw Errors.valueError(tt, "unsupported hash type " + name);
            }
        });
        def(t, m, "update", (tt, a, kw) -> {
            Args.count(tt, "update", a, kw, 2, 2);
            if (a[1] instanceof PyStr) {
                throw Errors.typeError(tt, "Strings must be encoded before hashing");
            }
            state(tt, a[0]).update(BytesMethods.bytesLike(tt, a[1], null));
            return dev.freethread.objects.PyNone.NONE;
        });
        def(t, m, "digest", (tt, a, kw) -> {
            Args.count(tt, "digest", a, kw, 1, 1);
            return PyBytes.of(tt.ts, state(tt, a[0]).digest());
        });
        def(t, m, "copy", (tt, a, kw) -> {
            Args.count(tt, "copy", a, kw, 1, 1);
            return state(tt, a[0]).copy(tt.ts);
        });
        def(t, m, "digest_size", (tt, a, kw) -> {
            Args.count(tt, "digest_size", a, kw, 1, 1);
            return PyInt.of(tt.ts, state(tt, a[0]).digestSize());
        });
    }

    private static Digest state(PyThread t, PyObject o) {
        if (!(o instanceof Digest)) {
            throw Errors.typeError(t, "expected a hash state, not " + Ops.typeName(o));
        }
        return (Digest) o;
    }

    static void binascii(PyThread t, PyModule m) {
        def(t, m, "b2a_base64", (tt, a, kw) -> {
            Args.count(tt, "b2a_base64", a, kw, 1, 2);
            byte[] b = BytesMethods.bytesLike(tt, a[0], null);
            PyObject nl = Args.kw(a, kw, "newline");
            boolean newline = nl == null || Ops.truth(tt, nl);
            byte[] enc = Base64.getEncoder().encode(b);
            if (newline) {
                enc = java.util.Arrays.copyOf(enc, enc.length + 1);
                enc[enc.length - 1] = '\n';
            }
            return PyBytes.of(tt.ts, enc);
        });
        def(t, m, "a2b_base64", (tt, a, kw) -> {
            Args.count(tt, "a2b_base64", a, kw, 1, 2);
            byte[] b = asciiBytes(tt, a[0]);
            PyObject strictArg = Args.kw(a, kw, "strict_mode");
            boolean strict = strictArg != null && Ops.truth(tt, strictArg);
            java.io.ByteArrayOutputStream clean = new java.io.ByteArrayOutputStream();
            for (byte x : b) {
                boolean valid = x >= 'A' && x <= 'Z' || x >= 'a' && x <= 'z' || x >= '0' && x <= '9' || x == '+'
                        || x == '/' || x == '=';
                if (valid) {
                    clean.write(x);
                } else if (strict) {
                    throw Errors.raise(tt, "ValueError", "Only base64 data is allowed");
                }
            }
            byte[] c = clean.toByteArray();
            int data = 0;
            int pads = 0;
            for (byte x : c) {
                if (x == '=') {
                    pads++;
                } else {
                    data++;
                }
            }
            if (data % 4 != 0 && data % 4 != 1 && pads < 4 - data % 4) {
                throw Errors.raise(tt, "ValueError", "Incorrect padding"); // Java's decoder would accept it
            }
            if (data % 4 == 1) {
                throw Errors.raise(tt, "ValueError", "Invalid base64-encoded string: number of data characters ("
                        + data + ") cannot be 1 more than a multiple of 4");
            }
            String s = new String(c, java.nio.charset.StandardCharsets.US_ASCII).replace("=", "");
            try {
                return PyBytes.of(tt.ts, Base64.getDecoder().decode(s));
            } catch (IllegalArgumentException e) {
                throw Errors.raise(tt, "ValueError", "Incorrect padding");
            }
        });
        def(t, m, "hexlify", (tt, a, kw) -> {
            Args.count(tt, "hexlify", a, kw, 1, 1);
            byte[] b = BytesMethods.bytesLike(tt, a[0], null);
            byte[] out = new byte[b.length * 2];
            for (int i = 0; i < b.length; i++) {
                out[2 * i] = (byte) Character.forDigit((b[i] >> 4) & 15, 16);
                out[2 * i + 1] = (byte) Character.forDigit(b[i] & 15, 16);
            }
            return PyBytes.of(tt.ts, out);
        });
        def(t, m, "unhexlify", (tt, a, kw) -> {
            Args.count(tt, "unhexlify", a, kw, 1, 1);
            byte[] b = asciiBytes(tt, a[0]);
            if (b.length % 2 != 0) {
                throw Errors.raise(tt, "ValueError", "Odd-length string");
            }
            byte[] out = new byte[b.length / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(b[2 * i], 16);
                int lo = Character.digit(b[2 * i + 1], 16);
                if (hi < 0 || lo < 0) {
                    throw Errors.raise(tt, "ValueError", "Non-hexadecimal digit found");
                }
                out[i] = (byte) (hi * 16 + lo);
            }
            return PyBytes.of(tt.ts, out);
        });
        def(t, m, "crc32", (tt, a, kw) -> {
            Args.count(tt, "crc32", a, kw, 1, 2);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            byte[] b = BytesMethods.bytesLike(tt, a[0], null);
            if (a.length > 1) { // continue from a previous value: CRC32 has no seed, so combine by recomputation
                long start = Args.toLong(tt, a[1], "crc32") & 0xffffffffL;
                return PyInt.of(tt.ts, crc32From(start, b));
            }
            crc.update(b);
            return PyInt.of(tt.ts, crc.getValue());
        });
    }

    /** {@code _struct}: the IEEE 754 bits of floats, which struct.py packs and unpacks. */
    static void struct(PyThread t, PyModule m) {
        def(t, m, "double_to_bits", (tt, a, kw) -> {
            Args.count(tt, "double_to_bits", a, kw, 1, 1);
            return Arith.ofBig(tt.ts, java.math.BigInteger.valueOf(Double.doubleToRawLongBits(Arith.toDouble(tt, a[0])))
                    .and(java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE)));
        });
        def(t, m, "bits_to_double", (tt, a, kw) -> {
            Args.count(tt, "bits_to_double", a, kw, 1, 1);
            return new PyFloat(tt.ts, Double.longBitsToDouble(((PyInt) a[0]).bigValue().longValue()));
        });
        def(t, m, "float_to_bits", (tt, a, kw) -> { // OverflowError as CPython's for a value beyond a float's range
            Args.count(tt, "float_to_bits", a, kw, 1, 1);
            double d = Arith.toDouble(tt, a[0]);
            float f = (float) d;
            if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                throw Errors.raise(tt, "OverflowError", "float too large to pack with f format");
            }
            return PyInt.of(tt.ts, Float.floatToRawIntBits(f) & 0xffffffffL);
        });
        def(t, m, "bits_to_float", (tt, a, kw) -> {
            Args.count(tt, "bits_to_float", a, kw, 1, 1);
            return new PyFloat(tt.ts, Float.intBitsToFloat((int) ((PyInt) a[0]).longValue()));
        });
    }

    /** CRC-32 of {@code b} continuing from {@code start} (zlib's crc32(data, value)). */
    private static long crc32From(long start, byte[] b) {
        long c = start ^ 0xffffffffL;
        for (byte x : b) {
            c ^= x & 0xff;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xedb88320L : c >>> 1;
            }
        }
        return c ^ 0xffffffffL;
    }

    /** An ASCII str or a bytes-like object, as binascii's decoders take. */
    private static byte[] asciiBytes(PyThread t, PyObject o) {
        PyObject v = BuiltinBase.operand(o);
        if (v instanceof PyStr) {
            String s = ((PyStr) v).value();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) {
                    throw Errors.valueError(t, "string argument should contain only ASCII characters");
                }
            }
            return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        return BytesMethods.bytesLike(t, o, null);
    }

    private static void def(PyThread t, PyModule m, String name, PyBuiltin.Impl impl) {
        m.dict().setItem(t.ts, t.interp.str(name), new PyBuiltin(name, impl));
    }
}
