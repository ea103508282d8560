package io.github.countyrules.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;


import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML (and so JSON) safely into a tree: no type tags are resolved to classes, aliases,
 * nesting and size are bounded ({@link Limits}), numbers with a fraction stay exact decimals,
 * duplicate keys are errors, and bytes must be UTF-8.
 */
public final class Yaml {
    private Yaml() {
    }

    /** The mapper, made on first use: its classes are most of what reading YAML costs at start-up. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = create();
    }

    /**
     * JSON read with Jackson's own parser: some 30 times faster than through the YAML parser
     * (SnakeYAML), with the same settings (exact decimals, duplicate keys refused, the depth
     * limit); aliases and tags do not exist in JSON.
     */
    private static final class JsonMapper {
        static final ObjectMapper INSTANCE = createJson();
    }

    private static ObjectMapper createJson() {
        com.fasterxml.jackson.core.JsonFactory f = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Limits.MAX_DEPTH + 2).build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper m = new ObjectMapper(f);
        m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return m;
    }

    /** Whether the text opens as JSON does ({@code {} or {@code [}); it may still be YAML's flow style. */
    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                return true;
            }
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return false;
    }

    private static ObjectMapper create() {
        LoaderOptions lo = new LoaderOptions();
        lo.setMaxAliasesForCollections(Limits.MAX_ALIASES);
        // a margin, so that Checked refuses deep nesting first, with its message
        lo.setNestingDepthLimit(Limits.MAX_DEPTH + 2);
        lo.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Limits.MAX_FILE_BYTES));
        lo.setAllowDuplicateKeys(false);
        YAMLFactory f = YAMLFactory.builder().loaderOptions(lo)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Limits.MAX_DEPTH + 2)
                        .maxStringLength(Limits.MAX_SCALAR_CHARS).build())
                // YAML 1.2 core schema: only true/false are truth values (yes, on, y stay text)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
        f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        ObjectMapper m = new ObjectMapper(f);
        m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return m;
    }

    /**
     * A tree with the line each value starts on (for a mapping's member: the line of its key), by
     * path in the form input errors use: {@code expect[1].outcome}, {@code [0].facts.monitoring[3]};
     * the root is {@code ""}.
     */
    public record Located(JsonNode root, Map<String, Integer> lines) {
        /** The line of the path, or of the nearest enclosing value that has one; 0 when unknown. */
        public int lineOf(String path) {
            String p = path;
            while (true) {
                Integer l = lines.get(p);
                if (l != null) {
                    return l;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                if (p.isEmpty()) {
                    return 0;
                }
                p = cut < 0 ? "" : p.substring(0, cut);
            }
        }
    }

    /** Parses a file, keeping the line of every value; null (with the errors) when it cannot be read. */
    public static Located readLocated(Path file, Errors err) {
        Map<String, Integer> lines = new HashMap<>();
        JsonNode root = read(file, err, lines);
        return root == null ? null : new Located(root, lines);
    }

    /** Parses a file; problems become one error at {@code (file)}, returned as null. */
    public static JsonNode read(Path file, Errors err) {
        return read(file, err, null);
    }

    private static JsonNode read(Path file, Errors err, Map<String, Integer> lines) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
                err.add("(file)", file.toString(), "不是普通文件(如 FIFO 或设备)，不读取", "not a regular file (a FIFO or a device such as /dev/zero); not read");
                return null;
            }
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            byte[] bytes;
            try {
                if (size > Limits.MAX_FILE_BYTES) {
                    throw new Limits.TooLarge(size + " bytes");
                }
                // the size a file system reports is not trusted: the read stops at the limit whatever it said
                bytes = Limits.readBounded(file, Limits.MAX_FILE_BYTES);
            } catch (Limits.TooLarge e) {
                err.add("(file)", e.getMessage(), "文件过大：上限 " + Limits.MAX_FILE_BYTES + " 字节(countyrules.maxFileBytes)",
                        "file too large: the limit is " + Limits.MAX_FILE_BYTES + " bytes (countyrules.maxFileBytes)");
                return null;
            }
            return parse(bytes, err, lines);
        } catch (IOException e) {
            err.add("(file)", file.toString(), "无法读取文件：" + e.getMessage(), "cannot read the file: " + e.getMessage());
            return null;
        }
    }

    /** The bytes as UTF-8 text; malformed or unmappable bytes are refused, never replaced. */
    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Parses bytes that must be UTF-8. */
    public static JsonNode parse(byte[] bytes, Errors err) {
        return parse(bytes, err, null);
    }

    private static JsonNode parse(byte[] bytes, Errors err, Map<String, Integer> lines) {
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes);
            err.add("(file)", "byte " + at, "文件不是 UTF-8 编码(第 " + at + " 字节起)",
                    "the file is not UTF-8 (bad bytes from byte offset " + at + ")");
            return null;
        }
        return parse(text, err, lines);
    }

    /** Parses text. */
    public static JsonNode parse(String text, Errors err) {
        return parse(text, err, null);
    }

    private static JsonNode parse(String text, Errors err, Map<String, Integer> lines) {
        if (text.length() > Limits.MAX_FILE_BYTES) {
            err.add("(file)", text.length() + " chars", "内容过大", "input too large");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int longLine = longLine(text);
        if (longLine > 0) {
            // refused before SnakeYAML, whose scanner takes time quadratic in the length of one token
            err.add("(file):" + longLine, null, "单行超过 " + Limits.MAX_SCALAR_CHARS + " 个字符(countyrules.maxScalarChars)",
                    "a line longer than " + Limits.MAX_SCALAR_CHARS + " characters (countyrules.maxScalarChars)");
            return null;
        }
        if (looksLikeJson(text)) {
            Map<String, Integer> jsonLines = lines == null ? null : new HashMap<>();
            Errors jsonErr = new Errors();
            JsonNode n = parseWith(JsonMapper.INSTANCE, text, jsonErr, jsonLines);
            if (n != null || jsonErr.list().stream().noneMatch(e -> e.en().startsWith("YAML/JSON syntax error"))) {
                // JSON, read (or refused for what YAML would refuse too: depth, emptiness, a second document)
                err.list().addAll(jsonErr.list());
                if (lines != null && jsonLines != null) {
                    lines.putAll(jsonLines);
                }
                return n;
            }
            // not JSON after all (YAML's flow style, unquoted words, a duplicate key): YAML reads it and
            // gives its own messages
        }
        return parseWith(Mapper.INSTANCE, text, err, lines);
    }

    private static JsonNode parseWith(ObjectMapper mapper, String text, Errors err, Map<String, Integer> lines) {
        try (Checked p = new Checked(mapper.getFactory().createParser(text), lines)) {
            JsonNode n = mapper.readTree(p);
            if (n == null || n.isMissingNode() || n.isNull()) {
                err.add("(file)", null, "文件为空", "the file is empty");
                return null;
            }
            if (p.nextToken() != null) {
                // Jackson would read the first document and silently drop the rest
                throw new Refused(p.line(), null, "文件只能包含一个 YAML 文档(第二个 --- 之后的内容不会被读取)",
                        "a file holds one YAML document (what follows a second --- would not be read)");
            }
            return n;
        } catch (Refused r) {
            err.add("(file):" + r.line, r.value, r.zh, r.en);
            return null;
        } catch (IOException e) {
            if (e.getCause() instanceof Refused r) {
                err.add("(file):" + r.line, r.value, r.zh, r.en);
                return null;
            }
            return syntaxError(e, err);
        } catch (RuntimeException | StackOverflowError e) {
            if (e.getCause() instanceof Refused r) {
                err.add("(file):" + r.line, r.value, r.zh, r.en);
                return null;
            }
            String msg = String.valueOf(e.getMessage());
            err.add("(file)", null, "文件无法解析：" + msg, "the file cannot be parsed: " + msg);
            return null;
        }
    }

    private static JsonNode syntaxError(IOException io, Errors err) {
        if (io instanceof JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            String msg = e.getOriginalMessage();
            err.add("(file)" + where, null, "YAML/JSON 语法错误：" + msg, "YAML/JSON syntax error: " + msg);
            return null;
        }
        String msg = String.valueOf(io.getMessage());
        err.add("(file)", null, "文件无法解析：" + msg, "the file cannot be parsed: " + msg);
        return null;
    }

    /** The line (from 1) of the first line longer than {@link Limits#MAX_SCALAR_CHARS}, or 0. */
    private static int longLine(String text) {
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                if (i - start > Limits.MAX_SCALAR_CHARS) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    private static final Pattern YAML12_NUMBER = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    /** What {@link Checked} refuses, with the line it is on. */
    private static final class Refused extends RuntimeException {
        final int line;
        final String value;
        final String zh;
        final String en;

        Refused(int line, String value, String zh, String en) {
            super(en, null, false, false);
            this.line = line;
            this.value = value;
            this.zh = zh;
            this.en = en;
        }
    }

    /**
     * The YAML parser as Jackson reads it, checked token by token in the same single pass: refuses
     * explicit type tags (a file must not choose classes or types), aliases (Jackson would silently
     * read {@code *a} as the text "a", and expanding them is how "billion laughs" files exhaust
     * memory) and nesting deeper than {@link Limits#MAX_DEPTH}. Reading the events once, rather than
     * once to check and once to build, halves the time a large file takes.
     */
    private static final class Checked extends com.fasterxml.jackson.core.util.JsonParserDelegate {
        private int depth;
        /** When not null: the line of every value by path (see {@link Located}). */
        private final Map<String, Integer> lines;
        private final ArrayDeque<Frame> frames = new ArrayDeque<>();

        /** An open mapping or list: its path, the next index (list) or the path of the member whose value comes next. */
        private static final class Frame {
            final String path;
            final boolean list;
            int index;
            String member;

            Frame(String path, boolean list) {
                this.path = path;
                this.list = list;
            }
        }

        Checked(JsonParser p, Map<String, Integer> lines) {
            super(p);
            this.lines = lines;
        }

        private void locate(com.fasterxml.jackson.core.JsonToken t) throws IOException {
            Frame top = frames.peek();
            if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                if (top != null) {
                    top.member = (top.path.isEmpty() ? "" : top.path + ".") + Errors.key(delegate.currentName());
                    lines.putIfAbsent(top.member, line());
                }
                return;
            }
            if (t.isStructEnd()) {
                frames.poll();
                return;
            }
            String path;
            if (top == null) {
                path = "";
                lines.putIfAbsent(path, line());
            } else if (top.list) {
                path = top.path + "[" + top.index++ + "]";
                lines.putIfAbsent(path, line());
            } else {
                path = top.member == null ? top.path : top.member;
            }
            if (t.isStructStart()) {
                frames.push(new Frame(path, t == com.fasterxml.jackson.core.JsonToken.START_ARRAY));
            }
        }

        /** Where the current token is, as a path: applications[0].region. */
        String path() {
            StringBuilder b = new StringBuilder();
            java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
            for (var c = delegate.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                parts.push(c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]" : c.getCurrentName() == null ? "" : "." + c.getCurrentName());
            }
            parts.forEach(b::append);
            String p = b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
            return ControlChars.escape(p.isEmpty() ? "(file)" : p);
        }

        int line() {
            var at = delegate.currentTokenLocation();
            return at == null ? 0 : at.getLineNr();
        }

        @Override
        public com.fasterxml.jackson.core.JsonToken nextToken() throws IOException {
            com.fasterxml.jackson.core.JsonToken t = delegate.nextToken();
            if (t == null) {
                return null;
            }
            if (delegate instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y) {
                if (y.isCurrentAlias()) {
                    throw new Refused(line(), null, "不支持 YAML 别名(*名称)，请直接写出取值",
                            "YAML aliases (*name) are not supported; write the value out");
                }
                // keys too; a tag seen at an earlier token was refused there
                String tag = y.getTypeId();
                if (tag != null) {
                    throw new Refused(line(), "!" + tag, "不允许 YAML 类型标签(!!… 或 !…)",
                            "YAML type tags (!!… or !…) are not allowed");
                }
            }
            if (lines != null) {
                locate(t);
            }
            if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING || t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String text = delegate.getText();
                if (text.length() > Limits.MAX_SCALAR_CHARS) {
                    throw new Refused(line(), path(), "取值超过 " + Limits.MAX_SCALAR_CHARS + " 个字符(countyrules.maxScalarChars)",
                            "a value longer than " + Limits.MAX_SCALAR_CHARS + " characters (countyrules.maxScalarChars)");
                }
                int at = ControlChars.find(text);
                if (at >= 0) {
                    String c = String.format("U+%04X", (int) text.charAt(at));
                    throw new Refused(line(), path(), path() + " 含控制字符 " + c + "(不可见或改变显示顺序的字符不允许出现在输入中)",
                            path() + " holds the control character " + c + " (invisible or reordering characters are not allowed in input)");
                }
            } else if (t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT || t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT) {
                String text = delegate.getText();
                if (text != null && !YAML12_NUMBER.matcher(text).matches()) {
                    // YAML 1.1 forms (2_022, 1:30, 0b101) are not numbers in YAML 1.2
                    throw new Refused(line(), path(), path() + "：" + text + " 不是 YAML 1.2 的数字写法(不能有下划线、冒号等)",
                            path() + ": " + text + " is not a YAML 1.2 number (no underscores, colons or the like)");
                }
            }
            if (t.isStructStart() && ++depth > Limits.MAX_DEPTH) {
                throw new Refused(line(), null, "嵌套过深：上限 " + Limits.MAX_DEPTH + " 层(countyrules.maxDepth)",
                        "nested too deeply: the limit is " + Limits.MAX_DEPTH + " levels (countyrules.maxDepth)");
            }
            if (t.isStructEnd()) {
                depth--;
            }
            return t;
        }
    }

    private static int firstBadByte(byte[] b) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        for (int i = 0; i < b.length; i++) {
            int len = (b[i] & 0x80) == 0 ? 1 : (b[i] & 0xE0) == 0xC0 ? 2 : (b[i] & 0xF0) == 0xE0 ? 3 : (b[i] & 0xF8) == 0xF0 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                return i;
            }
            try {
                dec.reset().decode(ByteBuffer.wrap(b, i, len));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += len - 1;
        }
        return -1;
    }

    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final Pattern PLAIN_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_]*): +(.+)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\\\]*\"");
    private static final Pattern QUOTED_LIST = Pattern.compile("\\[ *(\"[^\"\\\\]*\"( *, *\"[^\"\\\\]*\")*)? *]");
    private static final Pattern NOT_TEXT = Pattern.compile("(?i)[-+.~0-9].*|true|false|yes|no|on|off|y|n|null");

    /**
     * The tree of a file in the plainest form of YAML, as {@link #parse(byte[], Errors)} would give
     * it, without the YAML and JSON libraries (some 1,000 classes to load, a good part of start-up
     * when only module descriptors are read); null for anything else, which then goes to
     * {@link #parse(byte[], Errors)}. The form: lines {@code key: value} at the left margin, each key
     * once, a value being text in double quotes without escapes, a list of such texts in brackets,
     * or plain text that YAML cannot take for a number, a truth value or null, and that holds no
     * {@code ": "}, {@code " #"} or a final {@code ":"}; blank lines and whole-line comments.
     */
    public static JsonNode parsePlain(byte[] bytes) {
        if (bytes.length > Math.min(65_536, Limits.MAX_FILE_BYTES)) {
            return null;
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // what YAML reads as printable and not as a line break, but no tab, carriage return,
            // byte-order mark or surrogate
            if (c != '\n' && (c < 0x20 || (c > 0x7e && c < 0xa0) || c == 0x2028 || c == 0x2029
                    || (c > 0xd7ff && c < 0xe000) || c > 0xfffd || c == 0xfeff || ControlChars.isControl(c))) {
                return null;
            }
        }
        com.fasterxml.jackson.databind.node.ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = PLAIN_LINE.matcher(line);
            if (!m.matches() || out.has(m.group(1))) {
                return null;
            }
            String v = m.group(2);
            if (QUOTED.matcher(v).matches()) {
                out.put(m.group(1), v.substring(1, v.length() - 1));
            } else if (QUOTED_LIST.matcher(v).matches()) {
                com.fasterxml.jackson.databind.node.ArrayNode list = out.putArray(m.group(1));
                Matcher q = QUOTED.matcher(v);
                while (q.find()) {
                    list.add(v.substring(q.start() + 1, q.end() - 1));
                }
            } else if ("-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) < 0 && !NOT_TEXT.matcher(v).matches()
                    && !v.contains(": ") && !v.contains(" #") && !v.endsWith(":") && !v.endsWith(" ")) {
                out.put(m.group(1), v);
            } else {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }
}
