// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/** A JFR event per collection: its duration (the event's), what it examined and collected, and its pause. */
@Name("dev.freethread.gc.Collection")
@Label("Freethread cycle collection")
@Category({"Freethread", "GC"})
@Description("One collection of the Freethread cycle collector")
final class GcCollectionEvent extends jdk.jfr.Event {
    @Label("Generation")
    int generation;

    @Label("Objects examined")
    long examined;

    @Label("Objects collected")
    long collected;

    @Label("Uncollectable")
    long uncollectable;

    @Label("Stop-the-world pause")
    @Timespan(Timespan.NANOSECONDS)
    long pause;
}
