// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link PyObject#changeType}, a binding's {@code obj.__class__ = C}: the new type must agree on collector tracking,
 * an immortal object keeps its type, and the per-type live counts follow the object.
 */
class ChangeTypeTest extends WithRuntime {
    private static final PyType A = PyType.staticType("A", 0);
    private static final PyType B = PyType.staticType("B", 0);
    private static final PyType TRACKED = PyType.staticType("Tracked", PyType.FLAG_GC);

    /** Exposes the protected change, as a binding's instance class does. */
    private static final class Retypable extends PyObject {
        Retypable(ThreadState ts, PyType type) {
            super(type, ts);
        }

        Retypable(PyType type) {
            super(type, Immortal.IMMORTAL);
        }

        void retype(ThreadState ts, PyType type) {
            changeType(ts, type);
        }
    }

    @Test
    void theTypeChanges_andTheLiveCountsMoveWithIt() {
        Retypable o = new Retypable(ts, A);
        assertThat(rt.liveObjectsByType()).containsEntry(A, 1L);
        o.retype(ts, B);
        assertThat(o.type()).isSameAs(B);
        assertThat(rt.liveObjectsByType()).containsEntry(B, 1L).doesNotContainEntry(A, 1L);
        assertThat(rt.liveObjects()).isEqualTo(1);
        o.retype(ts, A);
        assertThat(o.type()).isSameAs(A);
        assertThat(rt.liveObjectsByType()).containsEntry(A, 1L).doesNotContainEntry(B, 1L);
    }

    @Test
    void aTypeThatDiffersInCollectorTracking_isRefused_andTheObjectKeepsItsType() {
        Retypable o = new Retypable(ts, A);
        assertThatThrownBy(() -> o.retype(ts, TRACKED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'A'").hasMessageContaining("'Tracked'");
        assertThat(o.type()).isSameAs(A);
        assertThat(rt.liveObjectsByType()).containsEntry(A, 1L);
    }

    @Test
    void anImmortalObject_keepsItsType() {
        Retypable o = new Retypable(A);
        assertThatThrownBy(() -> o.retype(ts, B)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("immortal 'A'");
        assertThat(o.type()).isSameAs(A);
    }

    @Test
    void aNullType_isRefused() {
        Retypable o = new Retypable(ts, A);
        assertThatThrownBy(() -> o.retype(ts, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'A' object");
    }
}
