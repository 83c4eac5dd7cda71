// SPDX-License-Identifier: Apache-2.0
/**
 * What higher toolkit modules plug into a {@link dev.freethread.objects.Runtime}: the safepoint and exit hooks through
 * which reference counting (and later the collector) service a thread. Found with {@link java.util.ServiceLoader}.
 */
package dev.freethread.objects.spi;
