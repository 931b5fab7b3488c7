package org.tandem.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A competitor's profile, or the planner's own business ({@code own}), which takes part in every
 * comparison as its own row. Strengths and weaknesses are ordered lists.
 */
public record Competitor(UUID id, UUID planId, boolean own, String name, String website, String offer, Double priceLevel,
                         String channels, List<UUID> targetSegments, List<String> strengths, List<String> weaknesses,
                         String positioning, ThreatLevel threat, Double sharePercent, LocalDate lastReviewed, String notes,
                         Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_POINT_LENGTH = 500;

    public Competitor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        name = name == null ? "" : name.strip();
        website = website == null ? "" : website.strip();
        offer = offer == null ? "" : offer.strip();
        channels = channels == null ? "" : channels.strip();
        positioning = positioning == null ? "" : positioning.strip();
        notes = notes == null ? "" : notes;
        threat = threat == null ? ThreatLevel.MEDIUM : threat;
        targetSegments = List.copyOf(targetSegments == null ? List.of() : targetSegments);
        strengths = cleanPoints(strengths);
        weaknesses = cleanPoints(weaknesses);
    }

    /** A new, empty profile; {@code own} for the planner's business. */
    public static Competitor named(UUID planId, String name, boolean own, Instant now) {
        return new Competitor(UUID.randomUUID(), planId, own, name, "", "", null, "", List.of(), List.of(), List.of(), "",
                ThreatLevel.MEDIUM, null, null, "", now, now);
    }

    private static List<String> cleanPoints(List<String> points) {
        return points == null ? List.of() : points.stream().map(p -> p == null ? "" : p.strip()).filter(p -> !p.isEmpty()).toList();
    }

    /** A profile never reviewed counts from the day it was added: a brand-new profile is not due yet. */
    public boolean reviewDue(LocalDate today) {
        return review().due(today);
    }

    public CompetitorReview review() {
        return new CompetitorReview(id, name, own, lastReviewed, createdAt);
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        if (name.isEmpty()) {
            found.add(new InvalidInput("name", own ? "Give your business a name." : "Give the competitor a name."));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            found.add(new InvalidInput("name", "A name can be at most " + MAX_NAME_LENGTH + " characters."));
        }
        if (priceLevel != null && (priceLevel < 0 || priceLevel.isNaN())) {
            found.add(new InvalidInput("priceLevel", "A price level cannot be negative."));
        }
        if (sharePercent != null && (sharePercent < 0 || sharePercent > 100 || sharePercent.isNaN())) {
            found.add(new InvalidInput("sharePercent", "A market share is a percentage from 0 to 100."));
        }
        for (String point : concat(strengths, weaknesses)) {
            if (point.codePointCount(0, point.length()) > MAX_POINT_LENGTH) {
                found.add(new InvalidInput("points", "A strength or weakness can be at most " + MAX_POINT_LENGTH + " characters."));
                break;
            }
        }
        return found;
    }

    public Competitor requireValid() {
        List<InvalidInput> found = problems();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
        return this;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
