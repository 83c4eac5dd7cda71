// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.readme;

import dev.freethread.examples.repository.RepositoryRoot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's binding snippet is {@link ReadmeBindingTest}, verbatim: the file from its first import to its end, in
 * a {@code java} code block. So the README cannot show code that does not compile or whose comments promise what the
 * test does not check: change the test, then paste it into README.md.
 */
class ReadmeSnippetTest {

    @Test
    void readmeShowsReadmeBindingTest_fromTheImportsDown() throws IOException {
        Path root = RepositoryRoot.find();
        String test = Files.readString(
                root.resolve("examples/src/test/java/dev/freethread/examples/readme/ReadmeBindingTest.java"),
                StandardCharsets.UTF_8);
        String snippet = test.substring(test.indexOf("\nimport ") + 1);
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(readme)
                .as("README.md must show examples/src/test/java/dev/freethread/examples/readme/ReadmeBindingTest.java"
                        + " from its first import to its end, in a ```java block")
                .contains("```java\n" + snippet + "```\n");
    }
}
