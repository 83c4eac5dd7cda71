// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.PyType;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Map;
import java.util.stream.Collectors;

/** See {@link LeakChecked}. */
public final class LeakCheckExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LeakCheckExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
        Class<?> t = pc.getParameter().getType();
        return t == Runtime.class || t == ThreadState.class;
    }

    @Override
    public Object resolveParameter(ParameterContext pc, ExtensionContext ec) throws ParameterResolutionException {
        ExtensionContext.Store store = ec.getStore(NS);
        Runtime rt = store.getOrComputeIfAbsent("runtime", k -> newRuntime(ec), Runtime.class);
        if (pc.getParameter().getType() == Runtime.class) {
            return rt;
        }
        return store.getOrComputeIfAbsent("ts", k -> rt.attachCurrentThread(), ThreadState.class);
    }

    private static Runtime newRuntime(ExtensionContext ec) {
        RcScheme scheme = ec.getTestInstance()
                .filter(i -> i instanceof SchemeUnderTest)
                .map(i -> ((SchemeUnderTest) i).scheme())
                .orElse(RcScheme.BIASED);
        return Runtime.builder().scheme(scheme).build();
    }

    @Override
    public void afterEach(ExtensionContext ec) {
        ExtensionContext.Store store = ec.getStore(NS);
        Runtime rt = store.remove("runtime", Runtime.class);
        ThreadState ts = store.remove("ts", ThreadState.class);
        if (rt == null) {
            return;
        }
        if (ts != null && ts.thread() == Thread.currentThread() && !ts.isExited()) {
            if (!ts.isAttached()) {
                ts.attach();
            }
            ts.close(); // merges whatever other threads queued to it
        }
        rt.stopExtensionThreads(); // gc's collector thread, if the test made automatic collections start it
        if (ec.getExecutionException().isPresent()) {
            return; // the test failed already; don't bury its error under a leak report
        }
        if (!rt.threads().isEmpty()) {
            throw new AssertionError("threads still attached or detached after the test: " + rt.threads());
        }
        Map<PyType, Long> live = rt.liveObjectsByType();
        if (!live.isEmpty()) {
            throw new AssertionError("leak: live objects after the test: " + live.entrySet().stream()
                    .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        }
        rt.close();
    }
}
