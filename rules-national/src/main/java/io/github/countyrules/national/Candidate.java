package io.github.countyrules.national;

/**
 * A national application counted against CN-E4's recommendation limits: its batch, the prefecture
 * that recommends it (the region's parent when that is a prefecture-level city; null for a county
 * directly under its province, which no prefecture recommends) and its province (the code's first
 * two digits). A derived fact.
 */
public record Candidate(String region, int year, int batch, String prefecture, String province) {
}
