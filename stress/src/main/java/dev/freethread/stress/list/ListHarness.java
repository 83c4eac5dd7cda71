package dev.freethread.stress.list;

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
 * What the list jcstress tests share (the conventions of the stress package's Harness, which is package-private
 * there): a Runtime per test class, thread states attached lazily per actor thread and never closed, a bounded wait for
 * another actor's volatile hand-over, and an item that counts its frees. See that Harness's Javadoc for why the actor
 * that owns an object must create it itself.
 */
final class ListHarness {
    private ListHarness() {}

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
     * A list item that counts its frees (in {@link #clearReferences}, which deallocation calls once per free, so a
     * double free counts 2) and carries a label (a wrong or torn read shows as an unexpected label).
     */
    static final class Item extends PyObject {
        static final PyType TYPE = PyType.staticType("stress.ListItem", 0);
        private static final VarHandle FREES;

        static {
            try {
                FREES = MethodHandles.lookup().findVarHandle(Item.class, "frees", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final int label;
        @SuppressWarnings("unused") // through FREES
        private volatile int frees;

        Item(ThreadState ts, int label) {
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
            return "<stress.ListItem " + label + " frees=" + frees() + ">";
        }
    }
}
