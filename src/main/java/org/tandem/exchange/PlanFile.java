package org.tandem.exchange;

import java.time.Instant;

/**
 * A plan file ({@code *.tandem.json}) as it sits on disk. Later sections add their lists to
 * {@link PlanData}; {@link #FORMAT_VERSION} goes up when a change would confuse an older reader.
 */
public record PlanFile(String format, int formatVersion, Instant exportedAt, String app, PlanData plan) {
    public static final String FORMAT = "tandem-plan";
    public static final int FORMAT_VERSION = 1;
}
