package io.github.countyrules.core.model;

import java.time.LocalDate;

/** Ningxia: selected, publicly noticed from {@code noticeStart}, published. Later dates are optional. */
public record Selection(String region, Program program, LocalDate selected, LocalDate noticeStart,
                        LocalDate published, String source) {
}
