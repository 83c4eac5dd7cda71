// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;

/**
 * The new references a test holds until it ends: {@link #own} records one, {@link #releaseAll} drops them newest
 * first (a container before the items it was given), so the leak check after the test finds nothing left.
 */
public final class OwnedReferences {
    private final List<PyObject> refs = new ArrayList<>();

    /** Records a new reference the test now owns; returns it. */
    public <T extends PyObject> T own(T o) {
        refs.add(o);
        return o;
    }

    /** Drops every recorded reference, newest first, through {@code ts}. */
    public void releaseAll(ThreadState ts) {
        for (int i = refs.size() - 1; i >= 0; i--) {
            RefCount.decref(ts, refs.get(i));
        }
        refs.clear();
    }
}
