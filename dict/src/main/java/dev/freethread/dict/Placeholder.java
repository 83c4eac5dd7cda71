package dev.freethread.dict;

/** Scaffolding: removed when the module gets its first real class. */
final class Placeholder {
    private Placeholder() {
    }
}
