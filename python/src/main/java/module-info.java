// SPDX-License-Identifier: Apache-2.0
/**
 * {@code python}: ftpython, a small Python 3 interpreter built on the toolkit. Every value is a
 * {@link dev.freethread.objects.PyObject}; lists and dicts are the toolkit's; frames hold counted references;
 * {@code __del__} runs through the finalizer slot; {@code gc} is the toolkit's collector; Python threads are Java
 * platform threads attached to one Runtime, with no global lock. docs/binding-guide.md walks through it.
 */
module dev.freethread.python {
    requires dev.freethread.gc;
    requires dev.freethread.dict;
    requires dev.freethread.list;
    requires info.picocli;
    requires org.jline;
    requires java.management; // the thread stack size (-Xss), for the Java-stack recursion guard
    requires jdk.unsupported; // sun.misc.Signal: Ctrl-C as KeyboardInterrupt

    exports dev.freethread.python;

    opens dev.freethread.python to info.picocli;
}
