// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.repository;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a release needs of the build, checked on the POMs themselves (docs/release.md): every library module (a module
 * of the reactor with a {@code module-info.java}) is in the BOM and publishes a sources and a Javadoc jar, every other
 * module but the BOM is left out of a deployment, and the BOM, which does not inherit the parent, has the parent's
 * version. A new library module (the interpreter module,
 * say) that misses one of these fails here rather than at release time.
 */
class ReleaseLayoutTest {
    private final Path root = RepositoryRoot.find();

    @Test
    void theBom_hasTheParentsVersion() throws Exception {
        Element parent = pom(root.resolve("pom.xml"));
        Element bom = pom(root.resolve("bom/pom.xml"));

        assertThat(child(bom, "parent")).as("the BOM must not inherit the parent (see bom/pom.xml)").isNull();
        assertThat(text(bom, "version")).as("bom/pom.xml's version").isEqualTo(text(parent, "version"));
        assertThat(text(bom, "groupId")).isEqualTo(text(parent, "groupId"));
    }

    @Test
    void everyLibraryModule_isInTheBom_andPublishesSourcesAndJavadoc() throws Exception {
        List<String> libraries = libraryModules();
        assertThat(libraries).as("library modules found").contains("objects", "refcount", "gc", "dict", "list");

        List<String> managed = new ArrayList<>();
        for (Element d : elements(child(child(pom(root.resolve("bom/pom.xml")), "dependencyManagement"), "dependencies"),
                "dependency")) {
            assertThat(text(d, "version")).isEqualTo("${project.version}");
            managed.add(text(d, "artifactId"));
        }
        for (String module : libraries) {
            Element pom = pom(root.resolve(module).resolve("pom.xml"));
            String artifactId = text(pom, "artifactId");
            assertThat(managed).as("freethread-bom lists " + artifactId).contains(artifactId);
            List<String> plugins = new ArrayList<>();
            for (Element p : elements(child(child(pom, "build"), "plugins"), "plugin")) {
                plugins.add(text(p, "artifactId"));
            }
            assertThat(plugins).as(module + "/pom.xml publishes sources and Javadoc")
                    .contains("maven-source-plugin", "maven-javadoc-plugin");
            assertThat(text(pom, "name")).as(module + "'s name").isNotBlank();
            assertThat(text(pom, "description")).as(module + "'s description").isNotBlank();
        }
        assertThat(managed).as("the BOM lists only library modules").hasSameSizeAs(libraries);
    }

    @Test
    void everyOtherModule_isNotDeployed() throws Exception {
        List<String> libraries = libraryModules();
        List<String> others = new ArrayList<>();
        for (Element m : elements(child(pom(root.resolve("pom.xml")), "modules"), "module")) {
            String name = m.getTextContent().trim();
            if (!libraries.contains(name) && !name.equals("bom")) {
                others.add(name);
                Element properties = child(pom(root.resolve(name).resolve("pom.xml")), "properties");
                assertThat(text(properties, "maven.deploy.skip")).as(name + "/pom.xml sets maven.deploy.skip")
                        .isEqualTo("true");
            }
        }
        assertThat(others).as("modules that are neither a library nor the BOM").contains("stress", "bench", "examples");
    }

    /** Modules of the reactor that are JPMS library modules: they have src/main/java/module-info.java. */
    private List<String> libraryModules() throws Exception {
        List<String> result = new ArrayList<>();
        for (Element m : elements(child(pom(root.resolve("pom.xml")), "modules"), "module")) {
            String name = m.getTextContent().trim();
            if (Files.isRegularFile(root.resolve(name).resolve("src/main/java/module-info.java"))) {
                result.add(name);
            }
        }
        return result;
    }

    private static Element pom(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        return doc.getDocumentElement();
    }

    /** The direct child element named {@code name}, or null. */
    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
                return (Element) n;
            }
        }
        return null;
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent != null) {
            NodeList list = parent.getChildNodes();
            for (int i = 0; i < list.getLength(); i++) {
                if (list.item(i) instanceof Element && ((Element) list.item(i)).getTagName().equals(name)) {
                    result.add((Element) list.item(i));
                }
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
