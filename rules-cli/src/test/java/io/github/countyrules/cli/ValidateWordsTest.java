package io.github.countyrules.cli;

import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code validate} on typos a policy officer makes in a copy of the shipped Ningxia folder: each is
 * reported in its DRL file, on the line of the typo (not the rule's first line), in plain words in
 * Chinese and English, with the compiler's text only as a detail.
 */
class ValidateWordsTest {
    @TempDir
    Path dir;

    /** The copied folder with {@code from} replaced by {@code to} in dynamic-management.drl; returns the 1-based line of the edit. */
    private int typo(Path folder, String from, String to) throws IOException {
        Path drl = folder.resolve("dynamic-management.drl");
        String text = Files.readString(drl);
        int at = text.indexOf(from);
        assertTrue(at >= 0, "the shipped file holds " + from);
        Files.writeString(drl, text.substring(0, at) + to + text.substring(at + from.length()));
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private static int ruleHeadLine(Path folder, String ruleStart) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("dynamic-management.drl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("rule \"" + ruleStart)) {
                return i + 1;
            }
        }
        throw new AssertionError("no rule " + ruleStart);
    }

    private static RuleProblem only(Path folder) {
        List<RuleProblem> ps = PolicyEngine.validate(folder);
        assertEquals(1, ps.size(), ps::toString);
        RuleProblem p = ps.get(0);
        assertTrue(p.file().endsWith("dynamic-management.drl"), p::toString);
        return p;
    }

    @Test
    void aMisspelledFieldIsReportedOnItsLineWithTheFieldItMeant() throws IOException {
        Path f = DiffSectionsTest.copyOfShipped("ningxia", dir.resolve("a"));
        int line = typo(f, "ConstructionPeriod(started == true, $s : subject, $r : region)\n    accumulate",
                "ConstructionPeriod(startd == true, $s : subject, $r : region)\n    accumulate");

        RuleProblem p = only(f);
        assertEquals(line, p.line(), p::toString);
        // the rule-folder guard reads conditions before the compiler does: it names the field probably meant
        assertTrue(p.zh().contains("“startd”不是规则可以读取的字段或方法：是不是“started”？"), p::toStringZh);
        assertTrue(p.en().contains("\"startd\" is not a field or method a rule may read: did you mean \"started\"?"), p::toString);
        assertFalse(p.zh().contains("strict-mode"), "the compiler's words are not the message");
    }

    @Test
    void aTypoInTheThenPartIsReportedOnItsLineNotTheRulesFirstLine() throws IOException {
        Path f = DiffSectionsTest.copyOfShipped("ningxia", dir.resolve("b"));
        int line = typo(f, "twoYearDecline($series, $c, ctx.asOf()", "twoYearDecline($series, $c, ctx.asOff()");
        int head = ruleHeadLine(f, "NX-D1 ");

        RuleProblem p = only(f);
        assertTrue(line > head, "the typo is below the rule's first line");
        assertEquals(line, p.line(), p::toString);
        assertTrue(p.zh().startsWith("“asOff”不是 Context 提供的方法"), p::toStringZh);
        assertTrue(p.column() > 0, p::toString);
    }

    @Test
    void brokenSyntaxIsExplainedInPlainWordsWithLineAndColumn() throws IOException {
        Path f = DiffSectionsTest.copyOfShipped("ningxia", dir.resolve("c"));
        int line = typo(f, "accumulate( $m : MonitoringSeries(region == $r) ; $series : collectList($m) )\nthen\n    insertLogical(DynamicManagement.twoYearDecline",
                "accumulate( $m $m : MonitoringSeries(region == $r) ; $series : collectList($m) )\nthen\n    insertLogical(DynamicManagement.twoYearDecline");

        RuleProblem p = only(f);
        assertEquals(line, p.line(), p::toString);
        assertTrue(p.zh().startsWith("写法有误：此处不应出现“$m”"), p::toStringZh);
        assertTrue(p.en().startsWith("this is not valid rule syntax"), p::toString);
        assertTrue(p.detail().contains("ERR 102"), p::detail);
    }

    @Test
    void aMisspelledFactTypeNamesTheTypeItMeant() throws IOException {
        Path f = DiffSectionsTest.copyOfShipped("ningxia", dir.resolve("d"));
        int line = typo(f, "$c : ConstructionPeriod(started == true, $s : subject, $r : region)\n    accumulate( $m",
                "$c : ConstructionPeriods(started == true, $s : subject, $r : region)\n    accumulate( $m");

        RuleProblem p = only(f);
        assertEquals(line, p.line(), p::toString);
        assertTrue(p.zh().contains("没有名为“ConstructionPeriods”的事实类型：是不是“ConstructionPeriod”？"), p::toStringZh);
    }

    @Test
    void theCommandPrintsFileLineAndBothLanguagesWithTheDetailIndented() throws IOException {
        Path f = DiffSectionsTest.copyOfShipped("ningxia", dir.resolve("e"));
        int line = typo(f, "twoYearDecline($series, $c, ctx.asOf()", "twoYearDecline($series, $c, ctx.asOff()");

        Cli.Result zh = Cli.run("validate", f.toString());
        Cli.Result en = Cli.run("validate", f.toString(), "--lang", "en");

        assertEquals(1, zh.code(), zh::toString);
        assertTrue(zh.out().contains("dynamic-management.drl:" + line + ":"), zh.out());
        assertTrue(zh.out().contains("\n    编译器原文：Rule Compilation error"), zh.out());
        assertTrue(en.out().contains("\"asOff\" is not a method of Context (a typo?)"), en.out());
        assertTrue(en.out().contains("\n    compiler said: "), en.out());
    }
}
