// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs each test with a fresh {@link dev.freethread.objects.Runtime} and an attached
 * {@link dev.freethread.objects.ThreadState} (as parameters), and fails the test if, after it, any object is still
 * live, any thread of the Runtime has not exited, or a merge was left pending. Registered with {@code @ExtendWith}
 * because a service-file registration is silently ignored on the module path (TOOLING.md).
 *
 * <p>The scheme is BIASED unless the test instance implements {@link SchemeUnderTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(LeakCheckExtension.class)
public @interface LeakChecked {
}
