package io.github.countyrules.core.api;

import io.github.countyrules.core.model.AttestationKey;

import java.util.List;

/** An attestation key as the modules declare it ({@code attestationKeys:}). */
public record AttestationKeyInfo(AttestationKey key, String labelZh, String labelEn, List<String> modules) {
    public AttestationKeyInfo {
        modules = List.copyOf(modules);
    }
}
