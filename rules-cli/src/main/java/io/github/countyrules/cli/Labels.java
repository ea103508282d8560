package io.github.countyrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese labels for the fact model's words, read from {@code labels-zh.properties}: codes
 * (programme, level, theme, status…) by their {@code .name()}, and fact names segment by segment.
 * Chinese text shows these instead of identifiers; English text keeps the identifiers, which are
 * what facts files, scenarios and JSON use. When the modules declare their own labels this lookup
 * is the one place to point at them.
 */
final class Labels {
    private static final Properties ZH = load();
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern ROUND = Pattern.compile("[1-9]");
    private static final Pattern BRACKETED = Pattern.compile("^(.*)\\[(\\d{6})]$");

    private Labels() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels-zh.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The Chinese label of a code ("NATIONAL_INNOVATIVE_COUNTY"), or null when there is none. */
    static String code(String code) {
        return code == null ? null : ZH.getProperty("code." + code);
    }

    /** The Chinese label of a kind of fact ("MonitoringResult" → 监测评价结果), or null when there is none. */
    static String type(String type) {
        return ZH.getProperty("type." + type);
    }

    /** A code in the reader's language: the Chinese label in Chinese (the code when none), the code in English. */
    static String code(String code, Lang lang) {
        String zh = code(code);
        return lang == Lang.zh && zh != null ? zh : code;
    }

    /**
     * A fact name in words: "monitoring.2023.grade" → "2023 年监测评价等级",
     * "acceptance.1.resultDate" → "第 1 轮验收结果日期", "techTransactions.2017[620121]" →
     * "620121 2017 年技术交易额". English keeps the name.
     */
    static String field(String name, Lang lang) {
        if (lang != Lang.zh || name == null) {
            return name;
        }
        String region = "";
        Matcher b = BRACKETED.matcher(name);
        if (b.matches()) {
            name = b.group(1);
            region = b.group(2) + " ";
        }
        StringBuilder prefix = new StringBuilder(region);
        StringBuilder words = new StringBuilder();
        for (String seg : name.split("\\.")) {
            if (YEAR.matcher(seg).matches()) {
                prefix.append(seg).append(" 年");
            } else if (REGION.matcher(seg).matches()) {
                prefix.append(seg).append(' ');
            } else if (ROUND.matcher(seg).matches()) {
                prefix.append("第 ").append(seg).append(" 轮");
            } else {
                String w = ZH.getProperty("field." + seg);
                if (w == null) {
                    w = code(seg);
                }
                words.append(w == null ? seg : w);
            }
        }
        return prefix.toString() + words;
    }

    /** A fact's value in words: codes and truth values labelled in Chinese ("UNDER_CONSTRUCTION" → 建设中). */
    static String value(String value, Lang lang) {
        if (lang != Lang.zh || value == null) {
            return value;
        }
        Matcher m = Pattern.compile("(?<![A-Za-z0-9_])(?:[A-Z][A-Z_]{2,}|true|false)(?![A-Za-z0-9_])").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String zh = code(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(zh == null ? m.group() : zh));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The facts a reason quotes, as "label = value" parts. In Chinese, notes on where a value comes
     * from ({@code *.source}, written in the facts file's own words) are left out: they are the data
     * steward's, not the decision's.
     */
    static List<String> facts(Map<String, String> facts, Lang lang) {
        List<String> out = new ArrayList<>();
        facts.forEach((k, v) -> {
            if (lang == Lang.zh && (k.equals("source") || k.endsWith(".source"))) {
                return;
            }
            out.add(field(k, lang) + " = " + value(v, lang));
        });
        return out;
    }

    /**
     * The facts whose absence left a criterion unknown, summarised when long: names that differ only
     * in their region are counted ("2017 年技术交易额：缺 66 个县"). Short lists are named in full.
     */
    static String missing(List<String> missing, Lang lang) {
        if (missing.size() <= 6) {
            return String.join(lang.t("、", ", "), missing.stream().map(m -> field(m, lang)).toList());
        }
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (String m : missing) {
            Matcher b = BRACKETED.matcher(m);
            String name = b.matches() ? b.group(1) : m.replaceAll("\\.\\d{6}(?=\\.|$)", "");
            String region = b.matches() ? b.group(2) : regionIn(m);
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(region == null ? "" : region);
        }
        List<String> parts = new ArrayList<>();
        byName.forEach((name, regions) -> {
            long n = regions.stream().filter(r -> !r.isEmpty()).distinct().count();
            boolean counties = regions.stream().allMatch(r -> r.length() == 6 && !r.endsWith("00"));
            if (n == 0) {
                parts.add(field(name, lang));
            } else {
                parts.add(lang.t(field(name, lang) + "：缺 " + n + (counties ? " 个县" : " 个地区"),
                        name + ": " + n + (counties ? " counties" : " regions") + " missing"));
            }
        });
        return String.join(lang.t("；", "; "), parts);
    }

    private static String regionIn(String name) {
        Matcher m = Pattern.compile("(?<=\\.)\\d{6}(?=\\.|$)").matcher(name);
        return m.find() ? m.group() : null;
    }

    /** Every code label, for tests. */
    static Map<String, String> codes() {
        Map<String, String> out = new TreeMap<>();
        ZH.forEach((k, v) -> {
            if (k.toString().startsWith("code.")) {
                out.put(k.toString().substring(5), v.toString());
            }
        });
        return out;
    }
}
