// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.Header;
import org.junit.jupiter.api.Test;

import static dev.freethread.objects.internal.Header.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The shared word's ranges and states, defined once in {@link Header}, hold what its documentation says. */
class HeaderEncodingTest {

    @Test
    void liveRange_isExactlyMinLiveToBelowSaturation() {
        for (int state = 0; state < 4; state++) {
            assertThat(isLiveShared(shared(0, state))).isTrue();
            assertThat(isLiveShared(shared(MIN_LIVE_COUNT, state))).isTrue();
            assertThat(isLiveShared(shared(MIN_LIVE_COUNT - 1, state))).isFalse();
            assertThat(isLiveShared(shared(SATURATED_COUNT - 1, state))).isTrue();
            assertThat(isLiveShared(shared(SATURATED_COUNT, state))).isFalse();
        }
    }

    @Test
    void deadWord_isOutsideTheLiveRange_evenAfterStrayUpdates() {
        assertThat(isLiveShared(DEAD_SHARED)).isFalse();
        assertThat(isSaturatedShared(DEAD_SHARED)).isFalse();
        // a buggy caller's stray increments or decrements keep it recognisable for 2^27 steps either way
        assertThat(isLiveShared(DEAD_SHARED + (1 << 27) * SHARED_ONE - SHARED_ONE)).isFalse();
        assertThat(isSaturatedShared(DEAD_SHARED - (1 << 27) * SHARED_ONE + SHARED_ONE)).isFalse();
        assertThat(sharedState(DEAD_SHARED)).isEqualTo(MERGED);
    }

    @Test
    void immortalWord_isSaturated_andDeferredBiasLeavesHeadroom() {
        assertThat(isSaturatedShared(IMMORTAL_SHARED)).isTrue();
        assertThat(DEFERRED_BIAS * 2).isLessThan(SATURATED_COUNT);
    }

    @Test
    void statesOrder_upwardOnly() {
        assertThat(new int[] {SHARED_INIT, MAYBE_WEAKREF, QUEUED, MERGED}).isSorted();
        assertThat(sharedCount(shared(-7, QUEUED))).isEqualTo(-7);
        assertThat(sharedState(shared(-7, QUEUED))).isEqualTo(QUEUED);
    }
}
