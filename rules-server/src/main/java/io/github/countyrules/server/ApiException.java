package io.github.countyrules.server;

import io.github.countyrules.core.api.InputError;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A request the service answers with a problem (RFC 9457): status, title and detail in Chinese
 * and English, the input errors by path, and any further members.
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String titleZh;
    private final String titleEn;
    private final String detailZh;
    private final String detailEn;
    private final List<InputError> errors;
    private final Map<String, Object> extra;

    public ApiException(HttpStatus status, String titleZh, String titleEn, String detailZh, String detailEn,
                        List<InputError> errors, Map<String, Object> extra) {
        super(detailEn);
        this.status = status;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.detailZh = detailZh;
        this.detailEn = detailEn;
        this.errors = List.copyOf(errors);
        this.extra = Map.copyOf(extra);
    }

    public ApiException(HttpStatus status, String titleZh, String titleEn, String detailZh, String detailEn) {
        this(status, titleZh, titleEn, detailZh, detailEn, List.of(), Map.of());
    }

    /** 400 for one bad field: path, value, what was expected. */
    static ApiException badField(String path, String value, String zh, String en) {
        return new ApiException(HttpStatus.BAD_REQUEST, "输入有误", "Bad input",
                path + "：" + zh, path + ": " + en, List.of(new InputError(path, value, zh, en)), Map.of());
    }

    public HttpStatus status() { return status; }
    public String titleZh() { return titleZh; }
    public String titleEn() { return titleEn; }
    public String detailZh() { return detailZh; }
    public String detailEn() { return detailEn; }
    public List<InputError> errors() { return errors; }
    public Map<String, Object> extra() { return extra; }
}
