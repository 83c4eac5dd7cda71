// SPDX-License-Identifier: Apache-2.0
/** A user's module: it names the Freethread modules it uses; refcount and objects come transitively. */
module com.example.consumer {
    requires dev.freethread.dict;
    requires dev.freethread.gc;

    exports com.example.consumer;
}
