// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code _zlib}: the JDK's zlib (java.util.zip, which bundles zlib itself, so the compressed bytes are zlib's) for
 * lib/zlib.py, which gives it CPython's API. The three container formats of zlib's {@code wbits}: 9..15 a zlib
 * stream, -9..-15 raw deflate, 25..31 gzip (header and trailer written and checked here); 40..47 detects zlib or
 * gzip when decompressing. The JDK always deflates with a 32 KiB window and memLevel 8, so other wbits and
 * memLevel values compress as 15 and 8 do (decompression is unaffected).
 *
 * <p>A compressor or decompressor is used under its own monitor, as CPython's objects hold a lock: two threads
 * sharing one see whole calls, never a half-updated stream.
 */
final class ZlibModule {
    private ZlibModule() {
    }

    /** A compressobj's state. */
    static final class CompressState extends PyObject {
        static final PyType TYPE = PyType.staticType("_zlib.compress_state", PyType.FLAG_NO_WEAKREFS);
        final Deflater deflater;
        final boolean gzip;
        final int level;
        final int strategy;
        final CRC32 crc = new CRC32();
        long size;
        boolean headerWritten;
        boolean finished;

        CompressState(ThreadState ts, int level, int strategy, int wbits, byte[] zdict) {
            super(TYPE, ts);
            this.level = level;
            this.strategy = strategy;
            gzip = wbits > 15;
            deflater = new Deflater(level, wbits < 0 || gzip);
            deflater.setStrategy(javaStrategy(strategy));
            if (zdict != null) {
                deflater.setDictionary(zdict);
            }
        }
    }

    /** A decompressobj's state. */
    static final class DecompressState extends PyObject {
        static final PyType TYPE = PyType.staticType("_zlib.decompress_state", PyType.FLAG_NO_WEAKREFS);
        final int wbits;
        final byte[] zdict;
        Inflater inflater;
        /** Input held back: a gzip header not yet complete, or what max_length left over. */
        byte[] pending = new byte[0];
        /** 0: no header read yet (gzip or auto), 1: in the deflate data, 2: reading the gzip trailer, 3: done. */
        int phase;
        boolean gzip;
        final CRC32 crc = new CRC32();
        long size;
        byte[] unusedData = new byte[0];

        DecompressState(ThreadState ts, int wbits, byte[] zdict) {
            super(TYPE, ts);
            this.wbits = wbits;
            this.zdict = zdict;
        }
    }

    private static int javaStrategy(int strategy) {
        switch (strategy) {
            case 1: return Deflater.FILTERED;
            case 2: return Deflater.HUFFMAN_ONLY;
            default: return Deflater.DEFAULT_STRATEGY; // Z_RLE and Z_FIXED: the JDK has neither
        }
    }

    static void install(PyThread t, PyModule m) {
        Modules.define(t, m, "crc32", (tt, a, kw) -> {
            Args.count(tt, "crc32", a, kw, 1, 2);
            byte[] b = BytesMethods.bytesLike(tt, a[0], null);
            long start = a.length > 1 ? Args.toLong(tt, a[1], "crc32") & 0xffffffffL : 0;
            return PyInt.of(tt.ts, crc32(start, b));
        });
        Modules.define(t, m, "adler32", (tt, a, kw) -> {
            Args.count(tt, "adler32", a, kw, 1, 2);
            byte[] b = BytesMethods.bytesLike(tt, a[0], null);
            long start = a.length > 1 ? Args.toLong(tt, a[1], "adler32") & 0xffffffffL : 1;
            return PyInt.of(tt.ts, adler32(start, b));
        });
        Modules.define(t, m, "compressobj_new", (tt, a, kw) -> {
            Args.count(tt, "compressobj_new", a, kw, 4, 4); // level, wbits, strategy, zdict or None
            int level = (int) Args.toLong(tt, a[0], "level");
            int wbits = (int) Args.toLong(tt, a[1], "wbits");
            int strategy = (int) Args.toLong(tt, a[2], "strategy");
            try {
                checkCompress(tt, level, wbits);
            } catch (ZlibError e) {
                return dev.freethread.objects.PyStr.of(tt.ts, e.getMessage());
            }
            byte[] zdict = a[3] == dev.freethread.objects.PyNone.NONE ? null : BytesMethods.bytesLike(tt, a[3], null);
            return new CompressState(tt.ts, level, strategy, wbits, zdict);
        });
        Modules.define(t, m, "compress_data", (tt, a, kw) -> { // (state, data, flush mode): the bytes made
            Args.count(tt, "compress_data", a, kw, 3, 3);
            CompressState st = (CompressState) a[0];
            byte[] data = BytesMethods.bytesLike(tt, a[1], null);
            int mode = (int) Args.toLong(tt, a[2], "mode");
            synchronized (st) {
                try {
                    return PyBytes.of(tt.ts, compress(tt, st, data, mode));
                } catch (ZlibError e) {
                    return dev.freethread.objects.PyStr.of(tt.ts, e.getMessage());
                }
            }
        });
        Modules.define(t, m, "decompressobj_new", (tt, a, kw) -> {
            Args.count(tt, "decompressobj_new", a, kw, 2, 2);
            int wbits = (int) Args.toLong(tt, a[0], "wbits");
            try {
                checkDecompress(tt, wbits);
            } catch (ZlibError e) {
                return dev.freethread.objects.PyStr.of(tt.ts, e.getMessage());
            }
            byte[] zdict = a[1] == dev.freethread.objects.PyNone.NONE ? null : BytesMethods.bytesLike(tt, a[1], null);
            return new DecompressState(tt.ts, wbits, zdict);
        });
        Modules.define(t, m, "decompress_data", (tt, a, kw) -> {
            // (state, data, max_length, final): (output, unconsumed_tail, unused_data, eof)
            Args.count(tt, "decompress_data", a, kw, 4, 4);
            DecompressState st = (DecompressState) a[0];
            byte[] data = BytesMethods.bytesLike(tt, a[1], null);
            long max = Args.toLong(tt, a[2], "max_length");
            boolean fin = Ops.truth(tt, a[3]);
            synchronized (st) {
                byte[][] r;
                try {
                    r = decompress(tt, st, data, max, fin);
                } catch (ZlibError e) {
                    return dev.freethread.objects.PyStr.of(tt.ts, e.getMessage());
                }
                return PyTuple.stealing(tt.ts, PyBytes.of(tt.ts, r[0]), PyBytes.of(tt.ts, r[1]),
                        PyBytes.of(tt.ts, st.unusedData), PyBool.of(st.phase == 3));
            }
        });
    }

    private static long crc32(long start, byte[] b) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(b);
            return c.getValue();
        }
        long c = start ^ 0xffffffffL; // continue from a value: CRC32 takes no seed, so run the table-less loop
        for (byte x : b) {
            c ^= x & 0xff;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xedb88320L : c >>> 1;
            }
        }
        return c ^ 0xffffffffL;
    }

    private static long adler32(long start, byte[] b) {
        if (start == 1) {
            Adler32 c = new Adler32();
            c.update(b);
            return c.getValue();
        }
        long s1 = start & 0xffff;
        long s2 = (start >>> 16) & 0xffff;
        for (byte x : b) {
            s1 = (s1 + (x & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }

    private static void checkCompress(PyThread t, int level, int wbits) {
        if (level < -1 || level > 9) {
            throw error(t, "Bad compression level");
        }
        int w = Math.abs(wbits) > 15 ? wbits - 16 : wbits;
        if (!(Math.abs(w) >= 9 && Math.abs(w) <= 15) || wbits < -15 || wbits > 31) {
            throw Errors.valueError(t, "Invalid initialization option");
        }
    }

    private static void checkDecompress(PyThread t, int wbits) {
        boolean ok = wbits == 0 || wbits >= 8 && wbits <= 15 || wbits <= -8 && wbits >= -15
                || wbits >= 24 && wbits <= 31 || wbits >= 40 && wbits <= 47;
        if (!ok) {
            throw error(t, "Error -2 while preparing to decompress data: inconsistent stream state");
        }
    }

    /**
     * zlib's failure: the function that meets it answers its message as a str instead of a result, and lib/zlib.py
     * raises its zlib.error with it (the class lives in Python).
     */
    private static final class ZlibError extends RuntimeException {
        ZlibError(String message) {
            super(message, null, false, false);
        }
    }

    static RuntimeException error(PyThread t, String message) {
        return new ZlibError(message);
    }

    private static byte[] compress(PyThread t, CompressState st, byte[] data, int mode) {
        if (st.finished) {
            throw error(t, "Error -2 while compressing data: inconsistent stream state");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (st.gzip && !st.headerWritten) {
            int xfl = st.level == 9 ? 2 : (st.strategy >= 2 || st.level == 1 || st.level == 0 ? 4 : 0);
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3}, 0, 10);
            st.headerWritten = true;
        }
        if (data.length > 0) {
            st.deflater.setInput(data);
            st.crc.update(data);
            st.size += data.length;
        }
        byte[] buf = new byte[16384];
        if (mode == 4) { // Z_FINISH
            st.deflater.finish();
            while (!st.deflater.finished()) {
                int n = st.deflater.deflate(buf);
                out.write(buf, 0, n);
            }
            st.finished = true;
            if (st.gzip) {
                writeLe32(out, st.crc.getValue());
                writeLe32(out, st.size);
            }
            return out.toByteArray();
        }
        int flush = mode == 2 ? Deflater.SYNC_FLUSH : mode == 3 ? Deflater.FULL_FLUSH : Deflater.NO_FLUSH;
        while (true) {
            int n = st.deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (n < buf.length && (flush != Deflater.NO_FLUSH || st.deflater.needsInput())) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static void writeLe32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** The length of a complete gzip header at the start of b, or -1 when more input is needed. */
    private static int gzipHeader(PyThread t, byte[] b) {
        if (b.length < 10) {
            return -1;
        }
        if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
            throw error(t, "Error -3 while decompressing data: incorrect header check");
        }
        if (b[2] != 8) {
            throw error(t, "Error -3 while decompressing data: unknown compression method");
        }
        int flags = b[3] & 0xff;
        int p = 10;
        if ((flags & 4) != 0) { // FEXTRA
            if (b.length < p + 2) {
                return -1;
            }
            p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) != 0) {
                while (p < b.length && b[p] != 0) {
                    p++;
                }
                if (p >= b.length) {
                    return -1;
                }
                p++;
            }
        }
        if ((flags & 2) != 0) { // FHCRC
            p += 2;
        }
        return p <= b.length ? p : -1;
    }

    /** Feeds data; answers {output, unconsumed tail}. */
    private static byte[][] decompress(PyThread t, DecompressState st, byte[] data, long max, boolean fin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (st.phase == 3) {
            st.unusedData = concat(st.unusedData, data);
            return new byte[][] {new byte[0], new byte[0]};
        }
        byte[] in = concat(st.pending, data);
        st.pending = new byte[0];
        if (st.phase == 0) {
            boolean gz = st.wbits >= 24 && st.wbits <= 31
                    || st.wbits >= 40 && in.length >= 2 && (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b;
            if (st.wbits >= 40 && in.length < 2) {
                st.pending = in;
                return new byte[][] {new byte[0], new byte[0]};
            }
            if (gz) {
                int h = gzipHeader(t, in);
                if (h < 0) {
                    st.pending = in;
                    return new byte[][] {new byte[0], new byte[0]};
                }
                in = java.util.Arrays.copyOfRange(in, h, in.length);
                st.gzip = true;
            }
            st.inflater = new Inflater(st.wbits < 0 || gz);
            if (st.zdict != null && st.wbits < 0) {
                st.inflater.setDictionary(st.zdict);
            }
            st.phase = 1;
        }
        byte[] tail = new byte[0];
        if (st.phase == 1) {
            st.inflater.setInput(in);
            byte[] buf = new byte[16384];
            try {
                while (!st.inflater.finished()) {
                    int room = max > 0 ? (int) Math.min(buf.length, max - out.size()) : buf.length;
                    if (room == 0) {
                        break;
                    }
                    int n = st.inflater.inflate(buf, 0, room);
                    if (n == 0) {
                        if (st.inflater.needsDictionary()) {
                            if (st.zdict == null) {
                                throw error(t, "Error 2 while decompressing data");
                            }
                            st.inflater.setDictionary(st.zdict);
                            continue;
                        }
                        if (st.inflater.needsInput()) {
                            break;
                        }
                    }
                    out.write(buf, 0, n);
                    if (st.gzip) {
                        st.crc.update(buf, 0, n);
                        st.size += n;
                    }
                }
            } catch (DataFormatException e) {
                throw error(t, "Error -3 while decompressing data: " + e.getMessage());
            }
            int left = st.inflater.getRemaining();
            byte[] rest = java.util.Arrays.copyOfRange(in, in.length - left, in.length);
            if (st.inflater.finished()) {
                st.inflater.end();
                if (st.gzip) {
                    st.phase = 2;
                    in = rest;
                } else {
                    st.phase = 3;
                    st.unusedData = rest;
                }
            } else if (max > 0 && out.size() >= max) {
                tail = rest; // max_length reached: the rest waits as unconsumed_tail
            }
        }
        if (st.phase == 2) {
            if (in.length < 8) {
                st.pending = in;
            } else {
                long crc = le32(in, 0);
                long isize = le32(in, 4);
                if (crc != st.crc.getValue()) {
                    throw error(t, "Error -3 while decompressing data: incorrect data check");
                }
                if (isize != (st.size & 0xffffffffL)) {
                    throw error(t, "Error -3 while decompressing data: incorrect length check");
                }
                st.phase = 3;
                st.unusedData = java.util.Arrays.copyOfRange(in, 8, in.length);
            }
        }
        if (fin && st.phase != 3) {
            throw error(t, "Error -5 while decompressing data: incomplete or truncated stream");
        }
        return new byte[][] {out.toByteArray(), tail};
    }

    private static long le32(byte[] b, int off) {
        long v = 0;
        for (int i = 3; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }
}
