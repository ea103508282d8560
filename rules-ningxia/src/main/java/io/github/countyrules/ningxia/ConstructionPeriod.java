package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.Designation;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.model.Selection;
import io.github.countyrules.core.rules.Subject;

import java.time.LocalDate;
import java.util.Collection;

/**
 * NX-GUIDE 四(四) "建设周期为2年" for a region selected or under construction: the list was published
 * on {@code published} (the selection's publication date, else the designation's since), the
 * construction years are {@code startYear}..{@code endYear} with startYear = publication year +
 * ningxia.constructionStartOffset, and the baseline year is startYear - 1. A derived fact: the
 * lifecycle rules hang off it, and {@code subject} is the region's STATUS question.
 *
 * @param publishedFrom which fact gave the publication date: "selection.published" or "designation.since"
 * @param started       the as-of date lies in or after the first construction year (NX-D1…D3 apply)
 * @param ended         the as-of date lies after 31 December of the last construction year (NX-L4 applies)
 */
public record ConstructionPeriod(Subject subject, String region, Program program, LocalDate published,
                                 String publishedFrom, int startYear, int endYear, boolean started, boolean ended) {

    /** The period of a designation, with the (zero or one) selection on record for it. */
    public static ConstructionPeriod of(Designation d, Collection<?> selections, int startOffset, int years, LocalDate asOf) {
        Selection sel = selections.stream().map(Selection.class::cast).filter(s -> s.published() != null).findFirst().orElse(null);
        LocalDate published = sel != null ? sel.published() : d.since();
        int start = published.getYear() + startOffset;
        int end = start + years - 1;
        return new ConstructionPeriod(Subject.of(d.region(), d.program(), Kind.STATUS), d.region(), d.program(), published,
                sel != null ? "selection.published" : "designation.since", start, end, asOf.getYear() >= start,
                asOf.isAfter(LocalDate.of(end, 12, 31)));
    }

    public int baselineYear() {
        return startYear - 1;
    }

    /** 31 December of the last construction year. */
    public LocalDate endDate() {
        return LocalDate.of(endYear, 12, 31);
    }
}
