package io.github.countyrules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.spring.CountyRulesService;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reading a request's facts within the limits, and running evaluations on a bounded pool under
 * the time limit.
 */
@Component
public class Evaluations {
    static final List<MediaType> FACT_TYPES = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/yaml"),
            MediaType.parseMediaType("application/x-yaml"), MediaType.parseMediaType("text/yaml"),
            MediaType.parseMediaType("text/x-yaml"));
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    private final CountyRulesService service;
    private final ServerLimits limits;
    private final ThreadPoolExecutor pool;

    public Evaluations(CountyRulesService service, ServerLimits limits) {
        this.service = service;
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.getEvaluators(), limits.getEvaluators(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, limits.getQueue())), r -> {
            Thread t = new Thread(r, "county-rules-eval-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    /** A request body: its bytes (UTF-8 text) and the SHA-256 digest of them. */
    record Body(String text, String digest) {
    }

    /** The body, if its type is one of the facts types, within the size limit, as UTF-8 text. */
    Body body(HttpServletRequest req) {
        String ct = req.getContentType();
        MediaType parsed;
        try {
            parsed = ct == null ? null : MediaType.parseMediaType(ct);
        } catch (RuntimeException e) {
            parsed = null;
        }
        MediaType type = parsed;
        if (type == null || FACT_TYPES.stream().noneMatch(t -> t.includes(type) && t.getSubtype().equals(type.getSubtype()))) {
            String found = ct == null ? "(none)" : ct;
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", "Unsupported media type",
                    "请求体的 Content-Type 为 " + found + "，应为 application/json 或 application/yaml",
                    "the body's Content-Type is " + found + "; expected application/json or application/yaml",
                    List.of(new InputError("Content-Type", found, "应为 application/json 或 application/yaml",
                            "expected application/json or application/yaml")), Map.of());
        }
        long max = limits.getMaxBody().toBytes();
        if (req.getContentLengthLong() > max) {
            throw tooLarge(req.getContentLengthLong(), max);
        }
        byte[] bytes;
        try (InputStream in = req.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "请求体读取失败", "Body could not be read",
                    "请求体未能完整读取(" + e.getMessage() + ")", "the body could not be read completely (" + e.getMessage() + ")");
        }
        if (bytes.length > max) {
            throw tooLarge(-1, max);
        }
        if (bytes.length == 0) {
            throw ApiException.badField("(body)", null, "请求体为空，应为事实文件(YAML 或 JSON)",
                    "the body is empty; expected a facts file (YAML or JSON)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badField("(body)", null, "请求体不是有效的 UTF-8 文本", "the body is not valid UTF-8 text");
        }
        return new Body(text, CountyRulesService.sha256(bytes));
    }

    private static ApiException tooLarge(long found, long max) {
        String f = found < 0 ? "more than " + max : String.valueOf(found);
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "请求体过大", "Body too large",
                "请求体有 " + f + " 字节，上限为 " + max + " 字节(county-rules.server.max-body)",
                "the body has " + f + " bytes; the limit is " + max + " (county-rules.server.max-body)",
                List.of(new InputError("(body)", f + " bytes", "上限为 " + max + " 字节", "at most " + max + " bytes")),
                Map.of("limit", max));
    }

    /** The facts of a text, or 400 with every input error; 413 past the fact limit. */
    Facts facts(String text) {
        // counted on the plain tree first, so an oversized request costs no validation; a text too
        // short to hold that many facts (each takes at least 2 characters, "{}" and a separator) skips it
        int n;
        if (text.length() >= 2L * limits.getMaxFacts()) {
            n = countFacts(text);
            if (n > limits.getMaxFacts()) {
                throw tooMany(n);
            }
        }
        Facts facts;
        try {
            facts = Facts.fromYaml(text);
        } catch (InvalidInputException e) {
            throw refused(e.errors());
        }
        n = CountyRulesService.factCount(facts);
        if (n > limits.getMaxFacts()) {
            throw tooMany(n);
        }
        return facts;
    }

    /** The items of the top-level lists of a facts text; 0 when it does not parse (the facts reader then says why). */
    static int countFacts(String text) {
        try {
            JsonNode root = YAML.readTree(text);
            int n = 0;
            if (root != null && root.isObject()) {
                for (JsonNode v : root) {
                    if (v.isArray()) {
                        n += v.size();
                    }
                }
            }
            return n;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private ApiException tooMany(int n) {
            return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "事实过多", "Too many facts",
                    "请求含 " + n + " 条事实，上限为 " + limits.getMaxFacts() + " 条(county-rules.server.max-facts)；未作评估",
                    "the request holds " + n + " facts; the limit is " + limits.getMaxFacts() + " (county-rules.server.max-facts); nothing was evaluated",
                    List.of(new InputError("(facts)", String.valueOf(n), "至多 " + limits.getMaxFacts() + " 条事实",
                            "at most " + limits.getMaxFacts() + " facts")), Map.of("limit", limits.getMaxFacts()));
    }

    static ApiException refused(List<InputError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "事实未被接受，未作评估", "Facts refused; nothing was evaluated",
                "输入有 " + errors.size() + " 处错误，见 errors", errors.size() + " input error(s), listed under errors",
                errors, Map.of());
    }

    /** Evaluates on the pool within the time limit. */
    Report evaluate(Facts facts, String digest) {
        return run(() -> service.evaluate(facts, digest));
    }

    /** Runs work on the evaluation pool within the time limit: 503 with Retry-After when full or late. */
    <T> T run(Callable<T> work) {
        Future<T> f;
        try {
            f = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw unavailable("服务繁忙：评估队列已满，请稍后重试", "busy: the evaluation queue is full; retry later");
        }
        try {
            return f.get(limits.getEvaluationTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw unavailable("评估超过时限 " + limits.getEvaluationTimeout().toSeconds() + " 秒，未给出结果；请稍后重试或拆分事实文件",
                    "the evaluation exceeded the time limit of " + limits.getEvaluationTimeout().toSeconds()
                            + " s and gave no result; retry later or split the facts");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw unavailable("服务正在停止", "the server is stopping");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InvalidInputException iie) {
                throw refused(iie.errors());
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }

    private ApiException unavailable(String zh, String en) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "暂时无法评估", "Evaluation unavailable", zh, en,
                List.of(), Map.of("retryAfter", limits.getRetryAfterSeconds()));
    }

    /** The report as JSON, narrowed to one region and/or provinces when asked (else exactly the CLI's). */
    static ObjectNode narrowed(Report r, String region, List<String> scope) {
        ObjectNode tree = r.toJsonTree();
        if ((region == null || region.isBlank()) && scope.isEmpty()) {
            return tree;
        }
        var ds = tree.withArray("decisions");
        for (int i = ds.size() - 1; i >= 0; i--) {
            String code = ds.get(i).path("region").asText();
            boolean keep = (region == null || region.isBlank() || code.equals(region))
                    && (scope.isEmpty() || scope.stream().anyMatch(code::startsWith));
            if (!keep) {
                ds.remove(i);
            }
        }
        return tree;
    }

    private static final ObjectMapper INDENTED = new ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /** A tree as indented JSON, as the report's own JSON is written. */
    static String indented(JsonNode tree) {
        try {
            return INDENTED.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query parameter scope: two-digit province codes, comma-separated. */
    static List<String> scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (String s : scope.split(",")) {
            String p = s.trim();
            if (!p.matches("\\d{2}")) {
                throw ApiException.badField("scope", scope, "应为两位省级代码，以逗号分隔(如 64 或 62,64)",
                        "expected two-digit province codes, comma-separated (e.g. 64 or 62,64)");
            }
            out.add(p);
        }
        return out;
    }

    static void region(String region) {
        if (region != null && !region.isBlank() && !region.matches("\\d{6}")) {
            throw ApiException.badField("region", region, "应为六位行政区划代码(如 640122)",
                    "expected a six-digit region code (e.g. 640122)");
        }
    }

    /** A JSON or YAML text as a tree (for requests that wrap facts). */
    static JsonNode tree(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw ApiException.badField("(body)", null, "不是有效的 JSON 或 YAML(" + firstLine(e.getMessage()) + ")",
                    "not valid JSON or YAML (" + firstLine(e.getMessage()) + ")");
        }
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
