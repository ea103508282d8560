package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InputError;

import java.util.ArrayList;
import java.util.List;

/** Collects input errors with messages in Chinese and English. */
public final class Errors {
    private final List<InputError> list;

    public Errors() {
        this(new ArrayList<>());
    }

    public Errors(List<InputError> sink) {
        this.list = sink;
    }

    public void add(String path, Object value, String zh, String en) {
        list.add(new InputError(path, value == null ? null : String.valueOf(value), zh, en));
    }

    public void missing(String path) {
        add(path, null, "缺少必填字段", "required field is missing");
    }

    public void unknownField(String path, String name, java.util.Collection<String> allowed) {
        add(path, name, "未知字段 " + name + "；可用字段：" + String.join(", ", allowed),
                "unknown field '" + name + "'; expected one of: " + String.join(", ", allowed));
    }

    public void wrongType(String path, Object value, String expectedZh, String expectedEn) {
        add(path, value, "应为" + expectedZh + "，实为 " + value, "expected " + expectedEn + ", found " + value);
    }

    public void unknownWord(String path, Object value, java.util.Collection<String> allowed) {
        add(path, value, "未知取值 " + value + "；应为：" + String.join(" | ", allowed),
                "unknown word '" + value + "'; expected one of: " + String.join(" | ", allowed));
    }

    /** A field name as it appears in a path: plain when it is a word, quoted otherwise ("" for an empty name). */
    public static String key(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            return name;
        }
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<InputError> list() {
        return list;
    }
}
