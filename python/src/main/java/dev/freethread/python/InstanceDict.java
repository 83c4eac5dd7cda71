// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

/**
 * An instance's attribute dict: a {@link PyDict} of a subtype of dict flagged {@link PyType#FLAG_PART_OF_OWNER}, so
 * the collector does not count it apart from its instance (CPython 3.13 keeps attributes inline and counts a cycle of
 * two instances as 2).
 */
final class InstanceDict extends PyDict {
    static final PyType TYPE = PyType.staticType("dict", PyType.FLAG_GC | PyType.FLAG_PART_OF_OWNER, PyDict.TYPE);

    InstanceDict(ThreadState ts) {
        super(TYPE, ts);
    }
}
