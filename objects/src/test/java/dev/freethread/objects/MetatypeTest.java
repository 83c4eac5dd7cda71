// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A heap type made with a metatype (a Python metaclass): {@code class Meta(type): pass; class A(metaclass=Meta): pass}
 * gives {@code type(A) is Meta}, {@code isinstance(A, type)} and {@code isinstance(Meta, type)} (CPython 3.13 prints
 * {@code True True True}); a metatype that is not a subtype of {@code type} is refused, as CPython refuses
 * {@code type.__new__(int, 'X', (), {})} ("type.__new__(int): int is not a subtype of type").
 */
class MetatypeTest extends WithRuntime {

    @Test
    void aHeapTypeMadeWithAMetatype_hasItAsItsType() {
        PyType meta = new PyType(ts, "Meta", PyType.FLAG_GC, PyType.TYPE);
        PyType a = new PyType(ts, meta, "A", 0, List.of(PyType.OBJECT));
        assertThat(a.type()).isSameAs(meta);
        assertThat(a.type().isSubtypeOf(PyType.TYPE)).isTrue();
        assertThat(meta.type()).isSameAs(PyType.TYPE);
        assertThat(a.mro()).containsExactly(a, PyType.OBJECT);
        PyType plain = new PyType(ts, "B", 0, List.of(PyType.OBJECT));
        assertThat(plain.type()).isSameAs(PyType.TYPE);
    }

    @Test
    void aMetatypeThatIsNotATypeSubtype_isRefused() {
        PyType notMeta = new PyType(ts, "NotMeta", 0);
        assertThatThrownBy(() -> new PyType(ts, notMeta, "A", 0, List.of(PyType.OBJECT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NotMeta");
        assertThatThrownBy(() -> new PyType(ts, null, "A", 0, List.of(PyType.OBJECT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }
}
