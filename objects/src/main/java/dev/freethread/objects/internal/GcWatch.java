// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import dev.freethread.objects.Runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The verdicts of the running concurrent collection's components, per Runtime: what a door (a {@code tryIncref} of
 * a watched object whose watch word is closed) reads to decide whether to wait, refuse or retry (docs/gc.md, "The
 * concurrent collector", [G12]). Written by the collector only; read by any thread with volatile loads.
 *
 * <p>A table belongs to one collection (its epoch's low three bits are in every watch word it wrote), so a door that
 * read a word of an older collection sees an epoch mismatch and re-reads the word, which the collector has unwatched
 * before it published a newer table.
 */
public final class GcWatch {
    /** The component is being validated (its words open): a door touches the word and proceeds. */
    public static final int OPEN = 0;
    /** The collector is closing the component's words: a door that found a closed word waits for the outcome. */
    public static final int COMMITTING = 1;
    /** Every word of the component was closed: it is garbage; a door refuses. */
    public static final int CLOSED = 2;
    /** The commit failed (a member was touched first): the component lives; its words are being unwatched. */
    public static final int ALIVE = 3;
    /** What {@link #verdict} answers for a word of another collection's table. */
    public static final int STALE = -1;

    private static final Object KEY = new Object();
    private static final VarHandle VERDICTS = MethodHandles.arrayElementVarHandle(int[].class);

    private static final class Table {
        final int epoch;
        final int[] verdicts;

        Table(int epoch, int[] verdicts) {
            this.epoch = epoch;
            this.verdicts = verdicts;
        }
    }

    private volatile Table table = new Table(-1, new int[0]);

    private GcWatch() {}

    /** The Runtime's table. */
    public static GcWatch of(Runtime rt) {
        return rt.attachment(KEY, GcWatch::new);
    }

    /** The collector: a new table for collection {@code epoch} with {@code components} components, all OPEN. */
    public void begin(int epoch, int components) {
        table = new Table(epoch & Header.WATCH_EPOCH_MASK, new int[components]);
    }

    /** The collector: sets a component's verdict (a volatile store, ordered before the word CASes that follow). */
    public void set(int component, int verdict) {
        VERDICTS.setVolatile(table.verdicts, component, verdict);
    }

    /** A component's verdict in the table of collection {@code epoch} (low three bits), or {@link #STALE}. */
    public int verdict(int epoch, int component) {
        Table t = table;
        if (t.epoch != epoch || component >= t.verdicts.length) {
            return STALE;
        }
        return (int) VERDICTS.getVolatile(t.verdicts, component);
    }
}
