package dev.freethread.stress.dict;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What the dict jcstress tests share (the same conventions as the stress package's Harness, which is package-private
 * there): a Runtime per test class, thread states attached lazily per actor thread and never closed, and a bounded
 * wait for another actor's volatile hand-over. See that class's Javadoc for why the actor that owns an object must
 * create it itself.
 */
final class DictHarness {
    private DictHarness() {}

    static final long TIMEOUT_SECONDS = 20;
    private static volatile boolean broken;

    static Runtime newRuntime() {
        return Runtime.builder().scheme(RcScheme.BIASED).build();
    }

    static ThreadState attached(Runtime rt) {
        ThreadState ts = rt.currentThreadState();
        return ts != null ? ts : rt.attachCurrentThread();
    }

    /** Spins until {@code condition} holds; fails after {@link #TIMEOUT_SECONDS} or once another wait has failed. */
    static void await(BooleanSupplier condition) {
        long deadline = 0;
        for (int i = 1; !condition.getAsBoolean(); i++) {
            Thread.onSpinWait();
            if ((i & 0x3FF) == 0) {
                if (broken) {
                    throw new IllegalStateException("another actor failed or hung: not waiting any longer");
                }
                long now = System.nanoTime();
                if (deadline == 0) {
                    deadline = now + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
                } else if (now - deadline > 0) {
                    broken = true;
                    throw new IllegalStateException("the other actor did not arrive within " + TIMEOUT_SECONDS + " s");
                }
                Thread.yield();
            }
        }
    }

    /**
     * A dict value that counts its frees (in {@link #clearReferences}, which deallocation calls once per free, so a
     * double free counts 2) and carries a label naming the key it was stored under (a torn read shows as a label that
     * does not match the key).
     */
    static final class Value extends PyObject {
        static final PyType TYPE = PyType.staticType("stress.DictValue", 0);
        private static final VarHandle FREES;

        static {
            try {
                FREES = MethodHandles.lookup().findVarHandle(Value.class, "frees", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final int label;
        @SuppressWarnings("unused") // through FREES
        private volatile int frees;

        Value(ThreadState ts, int label) {
            super(TYPE, ts);
            this.label = label;
        }

        int frees() {
            return (int) FREES.getVolatile(this);
        }

        @Override
        public void clearReferences(ReferenceVisitor visitor) {
            FREES.getAndAdd(this, 1);
        }

        @Override
        public String repr() {
            return "<stress.DictValue " + label + " frees=" + frees() + ">";
        }
    }
}
