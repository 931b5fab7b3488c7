package org.tandem.store;

import java.time.Instant;

/**
 * A kept version of a plan: a plan file exported or imported (its revision id), or a snapshot taken before a
 * replace, merge or restore, or one the user named. {@code content} is the plan file, gzipped, in pieces; none in
 * lists.
 */
public record Revision(String id, String planId, String kind, String name, String baseId, Instant createdAt, PackedPlan content) {
    public static final String EXPORT = "export";
    public static final String IMPORT = "import";
    public static final String BEFORE_REPLACE = "before-replace";
    public static final String BEFORE_MERGE = "before-merge";
    public static final String BEFORE_RESTORE = "before-restore";
    public static final String NAMED = "named";
}
