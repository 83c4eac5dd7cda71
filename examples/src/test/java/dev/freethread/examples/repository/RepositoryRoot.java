// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.repository;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The root of the source tree, for tests that check files outside their module (README.md, every source file). Found
 * by walking up from the module's directory (surefire's {@code basedir}, else the working directory) to the first
 * directory that holds the Maven Wrapper ({@code mvnw} and {@code .mvn/}), so it works from any clone or copy.
 */
public final class RepositoryRoot {
    private RepositoryRoot() {}

    public static Path find() {
        Path start = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve(".mvn"))
                    && Files.isRegularFile(p.resolve("README.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (a directory with mvnw, .mvn/ and README.md) above " + start);
    }
}
