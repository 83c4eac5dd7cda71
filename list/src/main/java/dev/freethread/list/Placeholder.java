package dev.freethread.list;

/** Scaffolding: removed when the module gets its first real class. */
final class Placeholder {
    private Placeholder() {
    }
}
