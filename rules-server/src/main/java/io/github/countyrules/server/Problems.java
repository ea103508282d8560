package io.github.countyrules.server;

import io.github.countyrules.core.api.InputError;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error as {@code application/problem+json} (RFC 9457): {@code title} and {@code detail} in
 * the request's language ({@code lang}, Chinese by default), both languages under
 * {@code titleZh/titleEn/detailZh/detailEn}, and the input errors as {@code errors} (path, value,
 * message zh/en). Never a stack trace.
 */
@RestControllerAdvice
public class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e, HttpServletRequest req) {
        return answer(e, req);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
        String found = e.getContentType() == null ? "(none)" : e.getContentType().toString();
        return answer(new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", "Unsupported media type",
                "请求体的 Content-Type 为 " + found + "，应为 " + e.getSupportedMediaTypes(),
                "the body's Content-Type is " + found + "; expected one of " + e.getSupportedMediaTypes(),
                List.of(new InputError("Content-Type", found, "应为 " + e.getSupportedMediaTypes(),
                        "expected one of " + e.getSupportedMediaTypes())), Map.of()), req);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest req) {
        return answer(new ApiException(HttpStatus.NOT_ACCEPTABLE, "无法提供所要求的格式", "Not acceptable",
                "本接口以 JSON 作答", "this endpoint answers in JSON"), req);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest req) {
        return answer(new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法", "Method not allowed",
                req.getMethod() + " 不适用于 " + req.getRequestURI() + "，应为 " + e.getSupportedHttpMethods(),
                req.getMethod() + " does not apply to " + req.getRequestURI() + "; use " + e.getSupportedHttpMethods()), req);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e, HttpServletRequest req) {
        return answer(ApiException.badField(e.getParameterName(), null, "缺少查询参数 " + e.getParameterName(),
                "query parameter " + e.getParameterName() + " is required"), req);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req) {
        String v = String.valueOf(e.getValue());
        String type = e.getRequiredType() == null ? "?" : e.getRequiredType().getSimpleName();
        String expected = type.equals("LocalDate") ? "a date, YYYY-MM-DD" : type;
        return answer(ApiException.badField(e.getName(), v, "取值 " + v + " 无效，应为 " + expected,
                "value " + v + " is not valid; expected " + expected), req);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NoResourceFoundException e, HttpServletRequest req) {
        return answer(new ApiException(HttpStatus.NOT_FOUND, "未找到", "Not found",
                "没有 " + req.getRequestURI() + "(接口见 /v3/api-docs)", "no " + req.getRequestURI() + " here (the API is listed at /v3/api-docs)"), req);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> other(Exception e, HttpServletRequest req) {
        LOG.error("county-rules server: {} {} failed", req.getMethod(), req.getRequestURI(), e);
        return answer(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", "Internal server error",
                "请求未能完成，未作评估；服务器日志记有原因", "the request could not be completed and nothing was evaluated; the server log has the cause"), req);
    }

    static ResponseEntity<Map<String, Object>> answer(ApiException e, HttpServletRequest req) {
        boolean en = "en".equalsIgnoreCase(req.getParameter("lang"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", en ? e.titleEn() : e.titleZh());
        body.put("status", e.status().value());
        body.put("detail", en ? e.detailEn() : e.detailZh());
        body.put("instance", req.getRequestURI());
        body.put("titleZh", e.titleZh());
        body.put("titleEn", e.titleEn());
        body.put("detailZh", e.detailZh());
        body.put("detailEn", e.detailEn());
        if (!e.errors().isEmpty()) {
            List<Map<String, Object>> errs = new ArrayList<>();
            for (InputError ie : e.errors()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", ie.path());
                m.put("value", ie.value());
                m.put("message", Map.of("zh", ie.zh(), "en", ie.en()));
                errs.add(m);
            }
            body.put("errors", errs);
        }
        body.putAll(e.extra());
        HttpHeaders h = new HttpHeaders();
        h.setContentType(PROBLEM);
        if (e.extra().get("retryAfter") instanceof Integer s) {
            h.set(HttpHeaders.RETRY_AFTER, String.valueOf(s));
        }
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            h.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"county-rules\"");
        }
        return new ResponseEntity<>(body, h, e.status());
    }
}
