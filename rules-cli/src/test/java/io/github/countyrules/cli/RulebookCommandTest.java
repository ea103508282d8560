package io.github.countyrules.cli;

import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rulebook}: every shipped rule and parameter is in the book, with its clause text and scenarios. */
class RulebookCommandTest {
    @TempDir
    static Path out;

    private static Cli.Result run;
    private static String md;
    private static String html;

    @BeforeAll
    static void writeTheRulebook() throws IOException {
        // run from rules-cli/: the default scenarios are found at ../rules-*/src/test/scenarios
        run = Cli.run("rulebook", "--out", out.toString(), "--lang", "en", "--as-of", "2025-06-30");
        md = Files.readString(out.resolve("rulebook.md"), StandardCharsets.UTF_8);
        html = Files.readString(out.resolve("rulebook.html"), StandardCharsets.UTF_8);
    }

    @Test
    void itNamesEveryRuleIdAndEveryParameter() {
        assertEquals(0, run.code(), run::toString);
        for (RuleInfo r : Cli.engine().rules()) {
            assertTrue(md.contains(Rulebook.md(r.id())) && md.contains(Rulebook.md(r.name())), "rulebook.md names " + r.name());
            assertTrue(html.contains(r.id()) && html.contains(r.name()), "rulebook.html names " + r.name());
        }
        List<ParameterInfo> params = Cli.engine().parameters(LocalDate.of(2025, 6, 30));
        assertFalse(params.isEmpty());
        for (ParameterInfo p : params) {
            assertTrue(md.contains(Rulebook.md(p.name())), "rulebook.md names " + p.name());
            assertTrue(html.contains(p.name()), "rulebook.html names " + p.name());
        }
    }

    @Test
    void eachModuleHasItsTitleAndEachRuleFileItsQuotedClauses() {
        for (ModuleInfo m : Cli.engine().moduleInfos()) {
            assertTrue(html.contains(Coverage.esc(m.titleEn())), "title of " + m.name());
        }
        for (RuleInfo r : Cli.engine().rules()) {
            String source = RulebookCommand.source(getClass().getClassLoader(), info(r.module()), r.file());
            List<String> header = DrlHeader.lines(source);
            assertFalse(header.isEmpty(), r.file() + " opens with a comment quoting its clauses");
            List<String> clause = Rulebook.clauseText(header);
            assertFalse(clause.isEmpty(), r.file() + " quotes its clauses in Chinese");
            assertTrue(html.contains(Coverage.esc(clause.get(0))), "the clause text of " + r.file() + " is quoted");
        }
        assertTrue(html.contains("<blockquote>"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains(" src="), "self-contained");
    }

    @Test
    void scenariosAreRunAndMappedToTheRulesTheyFire() {
        assertTrue(md.contains("Scenarios that check it"), "the repository's scenarios were found from rules-cli/");
        // a scenario name from each module's folder appears next to a rule it fires
        for (String module : Cli.engine().modules()) {
            Path folder = Path.of("..", "rules-" + module, "src", "test", "scenarios");
            assertTrue(Files.isDirectory(folder), folder::toString);
        }
        assertTrue(run.out().contains("scenario(s)"), run::toString);
        assertFalse(run.out().contains(" 0 scenario(s)"), run::toString);
    }

    @Test
    void notModelledNotesAreCollected() {
        int notes = 0;
        for (RuleInfo r : Cli.engine().rules().stream().filter(x -> x.file() != null)
                .collect(java.util.stream.Collectors.toMap(RuleInfo::file, x -> x, (a, b) -> a)).values()) {
            List<String> n = DrlHeader.notModelled(DrlHeader.lines(
                    RulebookCommand.source(getClass().getClassLoader(), info(r.module()), r.file())));
            for (String note : n) {
                notes++;
                assertTrue(html.contains(Coverage.esc(note)), note);
            }
        }
        assertTrue(notes > 0, "the shipped files say what they leave out");
    }

    @Test
    void aMalformedScenarioFileIsAnInputError(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: no expectations\nfacts: {asOf: 2025-01-01}\ncolour: red\n");

        Cli.Result r = Cli.run("rulebook", "--out", dir.resolve("book").toString(), "--scenarios", bad.toString());

        assertEquals(2, r.code(), r::toString);
        assertFalse(Files.exists(dir.resolve("book").resolve("rulebook.md")), "nothing written");
    }

    private static ModuleInfo info(String module) {
        return Cli.engine().moduleInfos().stream().filter(m -> m.name().equals(module)).findFirst().orElseThrow();
    }
}
