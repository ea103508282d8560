package io.github.countyrules.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What code compiled from a rules folder may reach: the allow-list the bytecode check
 * ({@link BytecodeGuard}) and the expression check ({@link DrlGuard}) apply. Everything not listed
 * here is refused: {@code Class}, class loaders, reflection, method handles, threads,
 * {@code System}, {@code Runtime}, {@code ProcessHandle}, I/O, logging, the command line's and
 * the engine's own classes.
 */
final class CodePolicy {
    private CodePolicy() {
    }

    /** Packages (internal names, with a trailing slash) whose every public member rule code may use. */
    static final List<String> OPEN_PACKAGES = List.of("io/github/countyrules/core/model/", "io/github/countyrules/core/rules/",
            "java/math/");

    /** JDK classes rule code may use, with members refused on them (empty: every member allowed). */
    static final Map<String, Set<String>> JDK = Map.ofEntries(
            Map.entry("java/lang/String", Set.of()),
            Map.entry("java/lang/StringBuilder", Set.of()),
            Map.entry("java/lang/CharSequence", Set.of()),
            Map.entry("java/lang/Math", Set.of()),
            Map.entry("java/lang/StrictMath", Set.of()),
            Map.entry("java/lang/Number", Set.of()),
            // getInteger/getLong/getBoolean read system properties
            Map.entry("java/lang/Integer", Set.of("getInteger")),
            Map.entry("java/lang/Long", Set.of("getLong")),
            Map.entry("java/lang/Boolean", Set.of("getBoolean")),
            Map.entry("java/lang/Short", Set.of()),
            Map.entry("java/lang/Byte", Set.of()),
            Map.entry("java/lang/Double", Set.of()),
            Map.entry("java/lang/Float", Set.of()),
            Map.entry("java/lang/Character", Set.of()),
            Map.entry("java/lang/Comparable", Set.of()),
            Map.entry("java/lang/Iterable", Set.of()),
            Map.entry("java/lang/Enum", Set.of("getDeclaringClass", "describeConstable", "valueOf")),
            Map.entry("java/lang/Record", Set.of()),
            Map.entry("java/lang/IllegalArgumentException", Set.of()),
            Map.entry("java/lang/IllegalStateException", Set.of()),
            Map.entry("java/lang/ArithmeticException", Set.of()),
            Map.entry("java/lang/NullPointerException", Set.of()),
            Map.entry("java/lang/RuntimeException", Set.of()),
            Map.entry("java/lang/UnsupportedOperationException", Set.of()),
            // java.time: values and arithmetic; no clock (now()), zone providers or the system zone
            Map.entry("java/time/LocalDate", Set.of("now")),
            Map.entry("java/time/LocalDateTime", Set.of("now")),
            Map.entry("java/time/YearMonth", Set.of("now")),
            Map.entry("java/time/Year", Set.of("now")),
            Map.entry("java/time/MonthDay", Set.of("now")),
            Map.entry("java/time/Month", Set.of("getDeclaringClass", "describeConstable")),
            Map.entry("java/time/DayOfWeek", Set.of("getDeclaringClass", "describeConstable")),
            Map.entry("java/time/Period", Set.of()),
            Map.entry("java/time/Duration", Set.of()),
            Map.entry("java/time/chrono/ChronoLocalDate", Set.of()),
            Map.entry("java/time/chrono/ChronoPeriod", Set.of()),
            Map.entry("java/time/temporal/ChronoUnit", Set.of("getDeclaringClass", "describeConstable")),
            Map.entry("java/time/temporal/TemporalUnit", Set.of()),
            Map.entry("java/time/temporal/TemporalAdjusters", Set.of()),
            Map.entry("java/time/temporal/TemporalAdjuster", Set.of()),
            Map.entry("java/time/temporal/Temporal", Set.of()),
            Map.entry("java/time/temporal/TemporalAccessor", Set.of()),
            Map.entry("java/time/temporal/TemporalAmount", Set.of()),
            // java.util: collections, read and built locally; no parallel streams (they start threads)
            Map.entry("java/util/Collection", Set.of("parallelStream")),
            Map.entry("java/util/List", Set.of("parallelStream")),
            Map.entry("java/util/Set", Set.of("parallelStream")),
            Map.entry("java/util/Map", Set.of()),
            Map.entry("java/util/Map$Entry", Set.of()),
            Map.entry("java/util/SortedMap", Set.of()),
            Map.entry("java/util/SortedSet", Set.of("parallelStream")),
            Map.entry("java/util/NavigableMap", Set.of()),
            Map.entry("java/util/NavigableSet", Set.of("parallelStream")),
            Map.entry("java/util/Iterator", Set.of()),
            Map.entry("java/util/ArrayList", Set.of("parallelStream")),
            Map.entry("java/util/HashMap", Set.of()),
            Map.entry("java/util/HashSet", Set.of("parallelStream")),
            Map.entry("java/util/TreeMap", Set.of()),
            Map.entry("java/util/TreeSet", Set.of("parallelStream")),
            Map.entry("java/util/LinkedHashMap", Set.of()),
            Map.entry("java/util/LinkedHashSet", Set.of("parallelStream")),
            Map.entry("java/util/Collections", Set.of()),
            Map.entry("java/util/Comparator", Set.of()),
            Map.entry("java/util/Optional", Set.of()),
            Map.entry("java/util/OptionalInt", Set.of()),
            Map.entry("java/util/OptionalLong", Set.of()),
            Map.entry("java/util/OptionalDouble", Set.of()),
            Map.entry("java/util/Objects", Set.of()),
            Map.entry("java/util/Arrays", Set.of("parallelSort", "parallelPrefix", "parallelSetAll")),
            Map.entry("java/util/stream/Stream", Set.of("parallel")),
            Map.entry("java/util/stream/IntStream", Set.of("parallel")),
            Map.entry("java/util/stream/LongStream", Set.of("parallel")),
            Map.entry("java/util/stream/DoubleStream", Set.of("parallel")),
            Map.entry("java/util/stream/BaseStream", Set.of("parallel")),
            Map.entry("java/util/stream/Collectors", Set.of()),
            Map.entry("java/util/stream/Collector", Set.of()));

    /** Refused on every class, the rule's own included: the way to classes, class loaders and monitors. */
    static final Set<String> DENIED_MEMBERS = Set.of("getClass", "getDeclaringClass", "getProtectionDomain", "getClassLoader",
            "class", "classLoader", "declaringClass", "wait", "notify", "notifyAll", "finalize", "loadClass", "forName");

    /** Members of java.lang.Object rule code may call; getClass, wait and notify are refused. */
    static final Set<String> OBJECT = Set.of("<init>", "equals", "hashCode", "toString");

    /** Members of the Drools consequence context ({@code drools}) a consequence may call. */
    static final Set<String> RULE_CONTEXT = Set.of("insert", "insertLogical", "getRule", "delete", "retract");
    static final Set<String> RULE_CONTEXT_OWNERS = Set.of("org/drools/core/rule/consequence/KnowledgeHelper",
            "org/drools/base/rule/consequence/ConsequenceContext", "org/kie/api/runtime/rule/RuleContext",
            "org/drools/core/base/DefaultKnowledgeHelper");
    /** Rule metadata read through {@code drools.getRule()}. */
    static final Set<String> RULE_READ = Set.of("getName", "getMetaData", "getPackageName", "getId", "getNamespace");
    static final Set<String> RULE_OWNERS = Set.of("org/kie/api/definition/rule/Rule", "org/drools/base/definitions/rule/impl/RuleImpl");

    /** Lambda bootstraps; their targets are checked like calls. */
    static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
            "java/lang/runtime/ObjectMethods", "java/lang/runtime/SwitchBootstraps");

    /**
     * Why rule code may not use {@code owner.member}, or null when it may. {@code ownPackage} is the
     * module's package as an internal name with a trailing slash.
     */
    static String refusal(String owner, String member, String ownPackage) {
        if (owner.startsWith("[")) {
            // arrays: clone and length only
            return member.equals("clone") || member.equals("length") ? null : "array member " + member;
        }
        if (owner.equals("java/lang/Object")) {
            return OBJECT.contains(member) ? null : "Object." + member;
        }
        if (DENIED_MEMBERS.contains(member)) {
            return display(owner) + "." + member;
        }
        if (owner.startsWith(ownPackage) && owner.indexOf('/', ownPackage.length()) < 0) {
            return null;
        }
        for (String p : OPEN_PACKAGES) {
            if (owner.startsWith(p) && owner.indexOf('/', p.length()) < 0) {
                return null;
            }
        }
        Set<String> refused = JDK.get(owner);
        if (refused != null) {
            return refused.contains(member) ? display(owner) + "." + member : null;
        }
        if (owner.startsWith("java/util/function/")) {
            return null;
        }
        if (RULE_CONTEXT_OWNERS.contains(owner)) {
            return RULE_CONTEXT.contains(member) ? null : display(owner) + "." + member;
        }
        if (owner.equals("org/drools/mvel/field/FieldFactory")) {
            // accumulate expressions wrap their value for Drools
            return member.equals("getInstance") || member.equals("getFieldValue") ? null : display(owner) + "." + member;
        }
        if (RULE_OWNERS.contains(owner)) {
            return RULE_READ.contains(member) ? null : display(owner) + "." + member;
        }
        return display(owner) + (member.isEmpty() ? "" : "." + member);
    }

    /** Whether rule code may name a type (a cast, an instanceof, an array of it, a local's type). */
    static boolean typeAllowed(String type, String ownPackage) {
        String t = type;
        while (t.startsWith("[")) {
            t = t.substring(1);
        }
        if (t.length() == 1) {
            return true;
        }
        if (t.startsWith("L") && t.endsWith(";")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.equals("java/lang/Object") || RULE_CONTEXT_OWNERS.contains(t) || RULE_OWNERS.contains(t)
                || refusal(t, "", ownPackage) == null;
    }

    static String display(String internal) {
        return internal.replace('/', '.').replace('$', '.');
    }
}
