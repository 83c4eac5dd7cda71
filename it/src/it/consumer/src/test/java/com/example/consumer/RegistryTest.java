// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import dev.freethread.dict.PyDict;
import dev.freethread.gc.Gc;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryTest {

    @Test
    void entriesLiveWhileRegistered_andTheCollectorFreesThemAfter() {
        assertEquals(new Registry.Outcome(10, 0, 10, 0), Registry.run(10));
    }

    @Test
    void freethreadIsUsedAsJavaModules() {
        assertTrue(Registry.class.getModule().isNamed(), "the consumer runs as a named module");
        assertEquals("dev.freethread.dict", PyDict.class.getModule().getName());
        assertEquals("dev.freethread.gc", Gc.class.getModule().getName());
    }
}
