// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh Runtime (with the stand-in for reference counting) and the test thread's attached state, for objects' own
 * tests; closed after each test, which fails if a thread the test started has not exited. There is no leak check
 * here: objects cannot free anything without the refcount module, so the objects these tests create stay live by
 * design (refcount's tests run {@code @LeakChecked}).
 */
abstract class WithRuntime {
    Runtime rt;
    ThreadState ts;

    @BeforeEach
    void attachRuntime() {
        rt = NoRefcount.runtime(new NoRefcount());
        ts = rt.attachCurrentThread();
    }

    @AfterEach
    void closeRuntime() {
        ts.close();
        rt.close();
    }
}
