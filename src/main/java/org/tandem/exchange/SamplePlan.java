package org.tandem.exchange;

import org.tandem.domain.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The bundled sample plan: a plan file in the jar. Each copy gets new ids and a free name, so
 * "New plan from sample" can be used any number of times.
 */
public final class SamplePlan {
    static final String RESOURCE = "/org/tandem/sample/sample.tandem.json";

    private final Supplier<PlanFile> source;
    private final Clock clock;

    /** @param source the sample as read (a start may have read it ahead, on another thread) */
    public SamplePlan(Supplier<PlanFile> source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public SamplePlan() {
        this(SamplePlan::readBundled, Clock.systemUTC());
    }

    public PlanFile read() {
        return source.get();
    }

    /** The bundled plan file's bytes, as a plan file import reads them (Reset sample). */
    public static byte[] bundledBytes() {
        try (InputStream in = SamplePlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample plan is missing from the application (" + RESOURCE + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample plan", e);
        }
    }

    /** Reads the plan file bundled in the jar. */
    public static PlanFile readBundled() {
        PlanFileReader reader = new PlanFileReader();
        try (InputStream in = SamplePlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample plan is missing from the application (" + RESOURCE + ")");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample plan", e);
        }
    }

    /** Adds a fresh copy of the sample plan, every section included. */
    public Plan addTo(PlanImport importer) {
        Plan plan = importer.asNewPlan(read().plan());
        importer.markFromSample(plan.id());
        return plan;
    }
}
