// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.testkit.TestNode;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.vm.VM;

import java.math.BigInteger;
import java.util.function.BiConsumer;

/**
 * Prints, with JOL, the field layout of the toolkit's objects and the header's overhead: how many bytes a
 * {@link PyObject} subclass takes beyond a plain Java class with the same fields (its <i>twin</i>), i.e. beyond the
 * JVM's own object header. Target (the issue): at most 24 bytes.
 *
 * <p>Run (from the repository root, after {@code ./mvnw -pl bench -am package -DskipTests}):
 * <pre>
 * java -Djdk.attach.allowAttachSelf=true -cp bench/target/benchmarks.jar dev.freethread.bench.HeaderLayout
 * </pre>
 * Layouts depend on the JVM and its flags (compressed oops and class pointers are on by default below a 32 GiB heap;
 * {@code -XX:-UseCompressedOops} or a larger heap changes them): the output states the VM it describes.
 */
public final class HeaderLayout {
    private HeaderLayout() {}

    // ---- minimal subclasses and their plain twins (never instantiated: JOL reads class layouts)

    /** A PyObject subclass with no fields of its own. */
    static final class NoFields extends PyObject {
        NoFields(PyType type, ThreadState ts) {
            super(type, ts);
        }
    }

    /** A PyObject subclass with one int and one reference field: do they fill the header's tail padding? */
    static final class IntAndRef extends PyObject {
        int i;
        Object r;

        IntAndRef(PyType type, ThreadState ts) {
            super(type, ts);
        }
    }

    /** Adds a boolean: small fields may fill the 3-byte gap after the header's {@code gcBits}. */
    static final class IntRefAndFlag extends PyObject {
        int i;
        Object r;
        boolean flag;

        IntRefAndFlag(PyType type, ThreadState ts) {
            super(type, ts);
        }
    }

    static final class NoFieldsTwin {
    }

    static final class IntRefAndFlagTwin {
        int i;
        Object r;
        boolean flag;
    }

    static final class IntAndRefTwin {
        int i;
        Object r;
    }

    /** TestNode's own fields. */
    static final class TestNodeTwin {
        PyObject[] slots;
        BiConsumer<ThreadState, TestNode> finalizer;
        int label;
    }

    /** PyInt's own fields. */
    static final class PyIntTwin {
        long value;
        BigInteger big;
    }

    /** PyStr's own fields. */
    static final class PyStrTwin {
        String value;
        long hash;
    }

    public static void main(String[] args) {
        System.out.println(VM.current().details());

        Class<?>[][] rows = {
            {NoFields.class, NoFieldsTwin.class},
            {IntAndRef.class, IntAndRefTwin.class},
            {IntRefAndFlag.class, IntRefAndFlagTwin.class},
            {TestNode.class, TestNodeTwin.class},
            {PyInt.class, PyIntTwin.class},
            {PyStr.class, PyStrTwin.class},
        };
        for (Class<?>[] row : rows) {
            System.out.println(ClassLayout.parseClass(row[0]).toPrintable());
        }
        System.out.println(ClassLayout.parseClass(ThreadState.class).toPrintable());

        ClassLayout object = ClassLayout.parseClass(Object.class);
        long jvmHeader = object.headerSize();
        long pyEnd = endOfFields(ClassLayout.parseClass(NoFields.class), PyObject.class);
        long pyBytes = declaredBytes(ClassLayout.parseClass(NoFields.class), PyObject.class);
        System.out.println("JVM object header: " + jvmHeader + " bytes; java.lang.Object instance: "
                + object.instanceSize() + " bytes");
        System.out.println("PyObject's header fields: " + pyBytes + " bytes, at offsets " + jvmHeader + ".." + pyEnd
                + " (a subclass's first field can start at " + pyEnd + ", aligned to its size)");
        System.out.println();
        System.out.println("| class | instance size | twin (same fields, no PyObject) | overhead beyond the JVM's header |");
        System.out.println("|---|---:|---:|---:|");
        long worst = 0;
        for (Class<?>[] row : rows) {
            long size = ClassLayout.parseClass(row[0]).instanceSize();
            long twin = ClassLayout.parseClass(row[1]).instanceSize();
            worst = Math.max(worst, size - twin);
            System.out.println("| " + name(row[0]) + " | " + size + " | " + twin + " | " + (size - twin) + " |");
        }
        ClassLayout tsl = ClassLayout.parseClass(ThreadState.class);
        System.out.println("| ThreadState (padded, not an object header) | " + tsl.instanceSize() + " | | |");
        System.out.println();
        System.out.println("ThreadState's own fields and the padding around them (a field needs padding on both sides"
                + " not to share a cache line with other threads' data):");
        for (FieldLayout f : tsl.fields()) {
            if (f.classShortName().equals("ThreadStateFields")) {
                long before = 0;
                long after = 0;
                for (FieldLayout p : tsl.fields()) {
                    if (p.classShortName().startsWith("ThreadStatePad")) {
                        if (p.offset() < f.offset()) {
                            before += p.size();
                        } else {
                            after += p.size();
                        }
                    }
                }
                System.out.println("  " + f.name() + " at offset " + f.offset() + ": " + before + " bytes of padding before it,"
                        + " " + after + " after it" + (before < 64 ? "  <-- not padded before: shares the object's first"
                        + " cache line (and whatever precedes the object in memory)" : ""));
            }
        }
        System.out.println();
        System.out.println("header overhead beyond the JVM's own header: " + worst + " bytes at most over these classes ("
                + pyBytes + " bytes of fields, the rest alignment; target: at most 24): " + (worst <= 24 ? "MET" : "NOT MET"));
    }

    private static String name(Class<?> c) {
        return c.getEnclosingClass() == HeaderLayout.class ? "PyObject subclass " + c.getSimpleName() : c.getSimpleName();
    }

    /** The offset just past the last field declared by {@code declaring}. */
    private static long endOfFields(ClassLayout layout, Class<?> declaring) {
        long end = 0;
        for (FieldLayout f : layout.fields()) {
            if (f.classShortName().equals(declaring.getSimpleName())) {
                end = Math.max(end, f.offset() + f.size());
            }
        }
        return end;
    }

    /** The bytes of the fields declared by {@code declaring}. */
    private static long declaredBytes(ClassLayout layout, Class<?> declaring) {
        long n = 0;
        for (FieldLayout f : layout.fields()) {
            if (f.classShortName().equals(declaring.getSimpleName())) {
                n += f.size();
            }
        }
        return n;
    }
}
