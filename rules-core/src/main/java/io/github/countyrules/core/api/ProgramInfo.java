package io.github.countyrules.core.api;

import io.github.countyrules.core.model.DesignationStatus;
import io.github.countyrules.core.model.Program;

import java.util.Set;

/**
 * A programme as its module declares it ({@code programmes:} in
 * {@code META-INF/county-rules-module.yaml}).
 *
 * @param program            the word
 * @param module             the declaring module's name
 * @param province           two-digit province prefix its regions must have, or {@code null} for a national programme
 * @param titleZh            Chinese title, e.g. 自治区创新型县(区)
 * @param titleEn            English title
 * @param applicationFields  optional fields of {@code Application} this programme takes and then requires
 *                           ({@code batch}, {@code theme}); an application of another programme must leave them out
 * @param designationFields  optional fields of {@code Designation} it allows ({@code theme})
 * @param statuses           the designation statuses it allows
 */
public record ProgramInfo(Program program, String module, String province, String titleZh, String titleEn,
                          Set<String> applicationFields, Set<String> designationFields, Set<DesignationStatus> statuses) {
    public ProgramInfo {
        applicationFields = Set.copyOf(applicationFields);
        designationFields = Set.copyOf(designationFields);
        statuses = Set.copyOf(statuses);
    }

    /** True when a region with this code may take part in the programme. */
    public boolean admits(String regionCode) {
        return province == null || (regionCode != null && regionCode.startsWith(province));
    }
}
