// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

/**
 * The reference-counting scheme of a {@link Runtime}, fixed when it is built.
 *
 * <p>Both schemes share one implementation: an ATOMIC object is simply born in the state a BIASED object reaches
 * when its local and shared counts merge (no owner; one atomic counter), so every benchmark can compare the two in one
 * run through the same code.
 */
public enum RcScheme {
    /** Biased reference counting (Choi, Shull, Torrellas, PACT 2018; PEP 703): the default. */
    BIASED,
    /** One atomic counter per object: the obvious scheme, and the baseline every benchmark compares with. */
    ATOMIC
}
