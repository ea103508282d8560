package io.github.countyrules.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {
    @Test
    void chineseCharactersTakeTwoColumns() {
        assertEquals(4, Text.width("NX-1"));
        assertEquals(6, Text.width("贺兰县"));
        assertEquals("贺兰县    |", Text.pad("贺兰县", 10) + "|");
        assertEquals("too long", Text.pad("too long", 3), "never cut");
    }
}
