package io.github.countyrules.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rules-core knows no jurisdiction: no code line of its main sources (comments left out) names a
 * province or its programmes. A new jurisdiction is a module and nothing else.
 */
class NoJurisdictionInCoreTest {
    private static final Pattern NAMES = Pattern.compile("NINGXIA|GANSU|ANHUI|宁夏|甘肃|安徽|\"64\"|\"62\"|\"34\"", Pattern.CASE_INSENSITIVE);

    /** The code of a Java source with comments blanked out; string literals stay (they are code). */
    static String code(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                // a text block or a literal: copied as is
                if (src.startsWith("\"\"\"", i)) {
                    int end = src.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? src.length() : end + 3;
                    out.append(src, i, end);
                    i = end;
                    continue;
                }
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, src.length());
                out.append(src, i, j);
                i = j;
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(src.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void noCodeLineOfRulesCoreNamesAProvinceOrItsProgrammes() throws IOException {
        Path main = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(main), "run from the rules-core folder: " + main.toAbsolutePath());
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(main)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files++;
                String[] lines = code(Files.readString(f, StandardCharsets.UTF_8)).split("\n", -1);
                for (int n = 0; n < lines.length; n++) {
                    if (NAMES.matcher(lines[n]).find()) {
                        found.add(main.relativize(f) + ":" + (n + 1) + ": " + lines[n].strip());
                    }
                }
            }
        }
        assertTrue(files > 50, "sources found: " + files);
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckSeesCodeAndSkipsComments() {
        String src = "// NINGXIA in a comment\n/* 宁夏\n */ int a; String p = \"62\";\nString q = \"ok\"; // 甘肃\n";
        String[] lines = code(src).split("\n", -1);
        assertTrue(!NAMES.matcher(lines[0]).find() && !NAMES.matcher(lines[1]).find());
        assertTrue(NAMES.matcher(lines[2]).find(), lines[2]);
        assertTrue(!NAMES.matcher(lines[3]).find(), lines[3]);
    }
}
