package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.Facts;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digest of an evaluation's input: SHA-256 over a canonical form of the facts (as-of date,
 * parameter overrides, every fact of every kind), the same whatever the order of the facts or of
 * the keys in a file, and whether a number is written 61.5 or 61.50. With the rule-set digest it
 * identifies a report: the same two digests give the same decisions.
 *
 * <p>The canonical form: {@code asOf=<date>}, then each parameter override by name
 * ({@code parameter <name>=<value>}, maps by key), then each kind of fact (each list of
 * {@link Facts}, by accessor name) with its count and its facts, each fact as its record
 * components in order, {@code name=value} (numbers without trailing zeros, absent values as
 * {@code ~}), the facts of a kind sorted as text.
 */
public final class InputDigest {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final List<Method> KINDS = kinds();

    private InputDigest() {
    }

    /** "sha256:" and 64 hex digits. */
    public static String of(Facts facts) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("asOf=").append(facts.asOf()).append('\n');
        for (Map.Entry<String, Object> p : facts.parameters().entrySet()) {
            sb.append("parameter ").append(p.getKey()).append('=');
            value(p.getValue(), sb);
            sb.append('\n');
        }
        md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        for (Method kind : KINDS) {
            List<?> list;
            try {
                list = (List<?>) kind.invoke(facts);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            List<String> items = new ArrayList<>(list.size());
            for (Object fact : list) {
                StringBuilder f = new StringBuilder();
                fact(fact, f);
                items.add(f.toString());
            }
            items.sort(Comparator.naturalOrder());
            md.update((kind.getName() + " " + items.size() + "\n").getBytes(StandardCharsets.UTF_8));
            for (String item : items) {
                md.update(item.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    /** The fact lists of {@link Facts}: public, no parameters, returning a List; by name. */
    private static List<Method> kinds() {
        return Arrays.stream(Facts.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && List.class.isAssignableFrom(m.getReturnType())
                        && !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static void fact(Object fact, StringBuilder sb) {
        if (fact == null || !fact.getClass().isRecord()) {
            value(fact, sb);
            return;
        }
        RecordComponent[] rc = COMPONENTS.computeIfAbsent(fact.getClass(), Class::getRecordComponents);
        sb.append(fact.getClass().getSimpleName()).append('{');
        for (int i = 0; i < rc.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(rc[i].getName()).append('=');
            try {
                value(rc[i].getAccessor().invoke(fact), sb);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        sb.append('}');
    }

    private static void value(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append('~');
        } else if (v instanceof BigDecimal d) {
            sb.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } else if (v instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(e.getKey()).append('=');
                value(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof Iterable<?> it) {
            sb.append('[');
            boolean first = true;
            for (Object x : it) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                value(x, sb);
            }
            sb.append(']');
        } else if (v.getClass().isRecord()) {
            fact(v, sb);
        } else {
            // text is quoted, so "a, b" in a value cannot pass for two values
            String s = v.toString();
            if (v instanceof CharSequence) {
                sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
            } else {
                sb.append(s);
            }
        }
    }
}
