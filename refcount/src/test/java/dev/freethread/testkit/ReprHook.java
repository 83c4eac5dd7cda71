// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An item whose repr is "user code": it runs a hook (emptying the container it is in, say), then records whether the
 * item itself has been freed by then, and prints {@code evil}. For the tests of lifetime edge E19: a container's repr
 * must hold the item while that code runs.
 */
public final class ReprHook extends PyObject {
    static final PyType TYPE = PyType.staticType("ReprHook", PyType.FLAG_NO_WEAKREFS);

    private final Consumer<ThreadState> hook;
    /** One entry per repr: whether the item was freed when its repr's hook returned. */
    public final List<Boolean> freedDuringRepr = new ArrayList<>();

    /** A new reference. */
    public ReprHook(ThreadState ts, Consumer<ThreadState> hook) {
        super(TYPE, ts);
        this.hook = hook;
    }

    @Override
    public String repr(ThreadState ts) {
        hook.accept(ts);
        freedDuringRepr.add(RefCount.isFreed(this));
        return "evil";
    }
}
