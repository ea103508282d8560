package io.github.countyrules.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DrlHeaderTest {
    private static final String DRL = """
            /*
             * 某某指引 (2023-07-05)
             * 四(六) "对建设期内创新能力连续2年下降……
             *        ……取消建设资格。"
             *
             * The reading. Not modelled: the yearly call, because it is an act,
             * not a criterion.
             *
             * CN-K2 reads the tag; the work programme is not modelled, because no fact records it. Then more.
             */
            package io.github.countyrules.probe;

            rule "X" when then end
            """;

    @Test
    void theOpeningCommentLosesItsMarksButKeepsItsIndentation() {
        List<String> lines = DrlHeader.lines(DRL);

        assertEquals("某某指引 (2023-07-05)", lines.get(0));
        assertEquals("       ……取消建设资格。\"", lines.get(2));
        assertEquals("", lines.get(3));
        assertEquals(8, lines.size());
    }

    @Test
    void notModelledNotesAreTheParagraphAfterTheLabelOrTheSentenceAroundIt() {
        List<String> notes = DrlHeader.notModelled(DrlHeader.lines(DRL));

        assertEquals(List.of("The yearly call, because it is an act, not a criterion.",
                "The work programme is not modelled, because no fact records it."), notes);
    }

    @Test
    void aFileWithoutAnOpeningCommentHasNone() {
        assertEquals(List.of(), DrlHeader.lines("package x;\nrule \"A\" when then end\n"));
        assertEquals(List.of("first", "second"), DrlHeader.lines("// first\n// second\npackage x;\n"));
    }

    @Test
    void chineseLinesJoinWithoutASpace() {
        assertEquals(List.of("第一行第二行 and English"), DrlHeader.paragraphs(List.of("第一行", "第二行", "and English")));
    }
}
