package org.tandem.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The numbered SQL files in org/tandem/db, in order. Schema version N means the first N have run.
 * A new schema version adds a file there and its name here.
 */
public final class Migrations {
    private static final String FOLDER = "/org/tandem/db/";

    public static final Migrations ALL = new Migrations(List.of(
            "V001__plans.sql",
            "V002__settings.sql",
            "V003__research.sql",
            "V004__research_list_indexes.sql",
            "V005__competitors.sql",
            "V006__campaigns.sql",
            "V007__campaign_series_and_overlays.sql",
            "V008__sales_plans.sql",
            "V009__sales_money_minor_units.sql",
            "V010__plan_files.sql",
            "V011__sales_scenarios.sql",
            "V012__classroom.sql",
            "V013__research_text_by_parts.sql",
            "V014__research_at_scale.sql",
            "V015__revision_pieces.sql"));

    private final List<String> scripts;

    public Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    public int latest() {
        return scripts.size();
    }

    public List<String> scripts() {
        return scripts;
    }

    /** The first {@code version} migrations: how tests build an older database. */
    public Migrations upTo(int version) {
        return new Migrations(scripts.subList(0, version));
    }

    String sql(int version) {
        String name = scripts.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }
}
