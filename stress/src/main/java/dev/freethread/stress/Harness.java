// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * What every jcstress test here shares: a Runtime per test class, thread states attached lazily per Java thread,
 * the hand-over between actors, and a count of unraisable errors per thread.
 *
 * <h2>How jcstress runs an actor, and what that means for ownership</h2>
 * jcstress 0.16 gives each {@code @Actor} method its own Java thread for a whole iteration and runs it over an array
 * of fresh state objects, the actors walking the array side by side; states are constructed (and arbiters run) on
 * whichever actor thread reinitialises that part of the array, or on the harness's main thread. So a state's
 * constructor cannot create an object owned by a given actor: the actor that plays the <em>owner</em> creates the
 * object itself and publishes it through a volatile field, and the other actors wait for it ({@link #await}). Both
 * sides then race from the hand-over, which is where the interesting interleavings are. A ThreadState is used only on
 * its own thread: {@link #attached} finds or creates the calling thread's state in the test's Runtime and never closes
 * it (the thread runs many states; OwnerExitTest is the one test that attaches and closes per state).
 *
 * <p>Waiting on another actor is safe here because jcstress runs all actors of a state concurrently (in the API sanity
 * check, the resource estimate and the measured iterations alike); the wait still gives up after
 * {@link #TIMEOUT_SECONDS}, and at once once any actor has failed, so a broken test fails instead of hanging.
 *
 * <p>Public for the container suites in the sub-packages ({@code stress.dict}, {@code stress.list}), which share it and
 * its {@link Counted} object.
 */
public final class Harness {
    private Harness() {}

    /** How long an actor waits for another one before it declares the test broken. */
    public static final long TIMEOUT_SECONDS = 20;

    /** Set when an actor gave up waiting: every later wait fails at once. */
    private static volatile boolean broken;

    private static final ThreadLocal<int[]> UNRAISABLE = ThreadLocal.withInitial(() -> new int[1]);
    private static final AtomicInteger PRINTED = new AtomicInteger();

    /** A BIASED Runtime whose unraisable hook counts errors per thread (see {@link #takeUnraisable}). */
    public static Runtime newRuntime() {
        return Runtime.builder().scheme(RcScheme.BIASED).unraisableHook(Harness::unraisable).build();
    }

    /** The calling thread's state in {@code rt}, attached on first use. Never closed: jcstress reuses actor threads. */
    public static ThreadState attached(Runtime rt) {
        ThreadState ts = rt.currentThreadState();
        return ts != null ? ts : rt.attachCurrentThread();
    }

    private static void unraisable(Throwable error, String context, PyObject object) {
        UNRAISABLE.get()[0]++;
        if (PRINTED.getAndIncrement() < 5) { // enough to diagnose, not enough to flood jcstress's report
            System.err.println("unraisable in " + Thread.currentThread().getName() + ": " + context);
            error.printStackTrace();
        }
    }

    /** Unraisable errors (a misuse found at a merge, a finalizer's error) this thread reported since last asked. */
    public static int takeUnraisable() {
        int[] n = UNRAISABLE.get();
        int v = n[0];
        n[0] = 0;
        return v;
    }

    /**
     * For tests whose actors stop the world (a collection): the calling thread's state in {@code rt}, attached again
     * if the previous state left it detached. Such actors detach at the end of each body, because a stop must not wait
     * for a thread that sits between states in jcstress's own code.
     */
    public static ThreadState attachedForStops(Runtime rt) {
        ThreadState ts = rt.currentThreadState();
        if (ts == null) {
            return rt.attachCurrentThread();
        }
        if (!ts.isAttached()) {
            ts.attach();
        }
        return ts;
    }

    /**
     * {@link #await} for actors of tests that stop the world: spins detached (a stop may need this thread meanwhile),
     * attached again on return.
     */
    public static void awaitDetached(ThreadState ts, BooleanSupplier condition) {
        if (condition.getAsBoolean()) {
            return;
        }
        ts.detach();
        try {
            await(condition);
        } finally {
            ts.attach();
        }
    }

    /**
     * Polls {@code ts} until {@code condition} holds: for an actor whose deferred decrefs (refcount's QSBR) are
     * processed at its own safepoints. Gives up as {@link #await} does.
     */
    public static void pollUntil(ThreadState ts, BooleanSupplier condition) {
        await(() -> {
            ts.poll();
            return condition.getAsBoolean();
        });
    }

    /** Spins until {@code condition} holds (another actor's volatile write). */
    public static void await(BooleanSupplier condition) {
        if (condition.getAsBoolean()) {
            return;
        }
        long deadline = 0;
        for (int i = 1; ; i++) {
            Thread.onSpinWait();
            if (condition.getAsBoolean()) {
                return;
            }
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
                Thread.yield(); // 2 cores shared with other work: let the other actor run
            }
        }
    }

    /**
     * A container item that counts its frees (in {@link #clearReferences}, which deallocation calls once per free, so
     * a double free counts 2) and carries a label (a torn or wrong read shows as a label that does not match the key
     * or index it was stored under).
     */
    public static final class Counted extends PyObject {
        static final PyType TYPE = PyType.staticType("stress.Counted", 0);
        private static final VarHandle FREES;

        static {
            try {
                FREES = MethodHandles.lookup().findVarHandle(Counted.class, "frees", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        public final int label;
        @SuppressWarnings("unused") // through FREES
        private volatile int frees;

        public Counted(ThreadState ts, int label) {
            super(TYPE, ts);
            this.label = label;
        }

        public int frees() {
            return (int) FREES.getVolatile(this);
        }

        @Override
        public void clearReferences(ReferenceVisitor visitor) {
            FREES.getAndAdd(this, 1);
        }

        @Override
        public String repr() {
            return "<stress.Counted " + label + " frees=" + frees() + ">";
        }
    }
}
