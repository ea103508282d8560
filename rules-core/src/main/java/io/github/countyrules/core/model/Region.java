package io.github.countyrules.core.model;

import java.util.Set;

/**
 * An administrative unit, with its GB/T 2260 code. Every region but a province has a parent.
 *
 * @param peerGroup 同类县(区) group name, optional
 * @param tags      never null; copied
 */
public record Region(String code, String name, Level level, String parent, String peerGroup,
                     Set<Tag> tags, String source) {
    public Region {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** Two-digit province prefix of the code. */
    public String province() {
        return code.substring(0, 2);
    }

    public boolean hasTag(Tag tag) {
        return tags.contains(tag);
    }
}
