package io.github.countyrules.examples.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The README's pom block and Java example are examples/consumer as it stands, which CI builds
 * against the deployed artifacts and runs (consumer/check.sh); and the BOM lists every published
 * module at the project's version.
 */
class ReadmeConsumerTest {
    private static final Path ROOT = Path.of("..");

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void theReadmeShowsTheConsumerPomAndMainAsTheyAre() throws IOException {
        String readme = read("README.md");
        String pom = read("examples/consumer/pom.xml");
        String main = read("examples/consumer/src/main/java/com/example/Main.java");

        String pomBlock = pom.substring(pom.indexOf("<project")).strip();
        assertTrue(readme.contains("```xml\n" + pomBlock + "\n```"), "README's pom block is examples/consumer/pom.xml");
        assertTrue(readme.contains("```java\n" + main.strip() + "\n```"), "README's Java is examples/consumer's Main.java");
        String promised = "640122 NINGXIA_INNOVATIVE_COUNTY ELIGIBILITY ELIGIBLE";
        assertTrue(readme.contains("`" + promised + "`"), "the README promises the line check.sh looks for");
        assertTrue(read("examples/consumer/check.sh").contains("expected='" + promised + "'"));
    }

    @Test
    void theBomListsEveryPublishedModuleAtTheProjectVersion() throws IOException {
        String parent = read("pom.xml");
        String bom = read("rules-bom/pom.xml");
        Matcher v = Pattern.compile("<artifactId>county-innovation-rules</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
        assertTrue(v.find());
        assertTrue(bom.contains("<artifactId>rules-bom</artifactId>\n  <version>" + v.group(1) + "</version>"),
                "the BOM's version is the project's, " + v.group(1));
        assertFalse(bom.contains("<parent>"), "the BOM imports nothing and inherits nothing");
        Matcher modules = Pattern.compile("<module>(rules-[a-z-]+)</module>").matcher(parent);
        int n = 0;
        while (modules.find()) {
            String m = modules.group(1);
            if (m.equals("rules-bom")) {
                continue;
            }
            n++;
            assertTrue(bom.contains("<artifactId>" + m + "</artifactId>\n        <version>${project.version}</version>"),
                    m + " is in the BOM");
        }
        assertEquals(8, n, "rules-core, -national, -ningxia, -gansu, -anhui, -cli, -spring-boot-starter, -server");
    }
}
