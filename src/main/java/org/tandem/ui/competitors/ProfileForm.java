package org.tandem.ui.competitors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.tandem.domain.Competitor;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.NumberText;
import org.tandem.domain.ThreatLevel;
import org.tandem.ui.common.FieldProblems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The fields of the profile being edited: filled from a competitor, read back into one with the
 * number problems at their fields (every field judged at once; an unreadable number stands in as empty).
 */
public final class ProfileForm {
    private final Locale locale;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty website = new SimpleStringProperty(this, "website", "");
    private final StringProperty offer = new SimpleStringProperty(this, "offer", "");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty channels = new SimpleStringProperty(this, "channels", "");
    private final ObjectProperty<ThreatLevel> threat = new SimpleObjectProperty<>(this, "threat", ThreatLevel.MEDIUM);
    private final StringProperty share = new SimpleStringProperty(this, "share", "");
    private final ObjectProperty<LocalDate> lastReviewed = new SimpleObjectProperty<>(this, "lastReviewed");
    private final StringProperty positioning = new SimpleStringProperty(this, "positioning", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<String> strengths = FXCollections.observableArrayList();
    private final ObservableList<String> weaknesses = FXCollections.observableArrayList();
    private final ObservableSet<UUID> targetSegments = FXCollections.observableSet();
    private final FieldProblems problems = new FieldProblems(List.of("priceLevel", "sharePercent"));

    ProfileForm(Locale locale) {
        this.locale = locale;
    }

    /** Calls {@code changed} with the field (or list) a user changed. */
    void watch(Consumer<Object> changed) {
        for (ObservableValue<?> field : List.of(name, website, offer, price, channels, threat, share, lastReviewed, positioning, notes)) {
            field.addListener((o, was, now) -> changed.accept(field));
        }
        strengths.addListener((ListChangeListener<String>) c -> changed.accept(strengths));
        weaknesses.addListener((ListChangeListener<String>) c -> changed.accept(weaknesses));
        targetSegments.addListener((SetChangeListener<UUID>) c -> changed.accept(targetSegments));
    }

    void fill(Competitor c) {
        name.set(c.name());
        website.set(c.website());
        offer.set(c.offer());
        price.set(c.priceLevel() == null ? "" : NumberText.formatNumber(c.priceLevel(), locale, 2));
        channels.set(c.channels());
        threat.set(c.threat());
        share.set(c.sharePercent() == null ? "" : NumberText.formatNumber(c.sharePercent(), locale, 2));
        lastReviewed.set(c.lastReviewed());
        positioning.set(c.positioning());
        notes.set(c.notes());
        strengths.setAll(c.strengths());
        weaknesses.setAll(c.weaknesses());
        targetSegments.clear();
        targetSegments.addAll(c.targetSegments());
        problems.clear();
    }

    /**
     * The fields as the competitor {@code base}, or null with the problems shown; problems of
     * fields without a message place here (the name) go to {@code elsewhere}.
     */
    Competitor draft(Competitor base, Consumer<InvalidInput> elsewhere) {
        problems.clear();
        Double priceLevel = number(price.get(), "priceLevel", "a price level");
        Double sharePct = number(share.get(), "sharePercent", "a market share");
        boolean unreadable = problems.any();
        Competitor draft = new Competitor(base.id(), base.planId(), base.own(), name.get(), website.get(), offer.get(), priceLevel,
                channels.get(), List.copyOf(targetSegments), List.copyOf(strengths), List.copyOf(weaknesses), positioning.get(),
                threat.get(), sharePct, lastReviewed.get(), notes.get(), base.createdAt(), base.updatedAt());
        List<InvalidInput> found = new ArrayList<>(draft.problems());
        for (InvalidInput p : found) {
            if (p.field().equals("priceLevel") || p.field().equals("sharePercent")) {
                problems.show(p);
            } else {
                elsewhere.accept(p);
            }
        }
        return found.isEmpty() && !unreadable ? draft : null;
    }

    private Double number(String text, String field, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return problems.read(() -> NumberText.parse(text, locale, field, what).doubleValue());
    }

    /** Moves a strength or weakness within its list (the arrow buttons, keyboard reordering). */
    public void movePoint(ObservableList<String> points, int from, int to) {
        if (from < 0 || from >= points.size() || to < 0 || to >= points.size() || from == to) {
            return;
        }
        String point = points.remove(from);
        points.add(to, point);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public StringProperty offerProperty() {
        return offer;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty channelsProperty() {
        return channels;
    }

    public ObjectProperty<ThreatLevel> threatProperty() {
        return threat;
    }

    public StringProperty shareProperty() {
        return share;
    }

    public ObjectProperty<LocalDate> lastReviewedProperty() {
        return lastReviewed;
    }

    public StringProperty positioningProperty() {
        return positioning;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<String> strengths() {
        return strengths;
    }

    public ObservableList<String> weaknesses() {
        return weaknesses;
    }

    public ObservableSet<UUID> targetSegments() {
        return targetSegments;
    }

    public ReadOnlyStringProperty priceErrorProperty() {
        return problems.property("priceLevel");
    }

    public ReadOnlyStringProperty shareErrorProperty() {
        return problems.property("sharePercent");
    }
}
