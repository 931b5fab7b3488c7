package org.tandem.ui.calendar;

import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.tandem.domain.Occurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tandem's own month and week pages: whole weeks of day cells with each campaign as one bar per week, in lanes, and
 * "+N more" where a day has more than its cell holds. CalendarFX's month view built a node per campaign per day and
 * took about 370 ms to show the next month of a busy plan; here the day cells and bars are made once and reused, so a
 * month switch only sets texts and positions. Gestures live in {@link GridGestures}.
 */
final class CampaignGrid extends Region {
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    private static final PseudoClass OTHER_MONTH = PseudoClass.getPseudoClass("other-month");
    private static final PseudoClass WEEKEND = PseudoClass.getPseudoClass("weekend");
    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("selected");
    private static final double HEADER = 26;
    private static final double WEEK_NUMBER = 30;
    private static final double DAY_HEADER = 22;
    private static final double BAR = 19;
    private static final double GAP = 2;

    private final int weeks;
    private final Locale locale;
    private final DayOfWeek firstDayOfWeek;
    private final List<Label> weekdays = new ArrayList<>();
    private static final String FULL_DATE = "tandem.grid.fullDate";
    private static final String SHORT_DATE = "tandem.grid.shortDate";
    private final List<Label> weekNumbers = new ArrayList<>();
    private final List<Region> cells = new ArrayList<>();
    private final List<Label> numbers = new ArrayList<>();
    private final List<Label> mores = new ArrayList<>();
    private final List<Label> bars = new ArrayList<>();
    private final Tooltip barTip = new Tooltip();
    private final Map<String, Background> backgrounds = new HashMap<>();
    private final Map<String, Color> inks = new HashMap<>();
    private final Map<String, Border> borders = new HashMap<>();
    private List<WeekLanes.Item> items = List.of();
    /** The lanes a row held when the bars were placed: a taller or shorter grid places them again. */
    private int placedLanes = -1;
    private LocalDate firstDay = LocalDate.now().withDayOfMonth(1);
    private WeekLanes.Layout layout;
    private Function<WeekLanes.Item, String> colour = o -> "#6E7781";
    private Predicate<Occurrence> clash = o -> false;
    private String selectedKey;
    private LocalDate previewFrom;
    private LocalDate previewTo;

    CampaignGrid(int weeks, Locale locale, DayOfWeek firstDayOfWeek) {
        this.weeks = weeks;
        this.locale = locale;
        this.firstDayOfWeek = firstDayOfWeek;
        this.layout = new WeekLanes.Layout(List.of(), new int[weeks * 7]);
        getStyleClass().add("campaign-grid");
        if (weeks == 1) {
            getStyleClass().add("campaign-grid-week");
        }
        setFocusTraversable(true);
        for (int c = 0; c < 7; c++) {
            Label day = new Label(firstDayOfWeek.plus(c).getDisplayName(TextStyle.SHORT, locale));
            day.getStyleClass().add("grid-weekday");
            weekdays.add(day);
        }
        for (int w = 0; w < weeks; w++) {
            Label number = new Label();
            number.getStyleClass().add("grid-week-number");
            weekNumbers.add(number);
        }
        for (int i = 0; i < weeks * 7; i++) {
            Region cell = new Region();
            cell.getStyleClass().add("grid-day");
            cells.add(cell);
            Label number = new Label();
            number.getStyleClass().add("grid-day-number");
            number.setMouseTransparent(true);
            numbers.add(number);
            Label more = new Label();
            more.getStyleClass().add("grid-more");
            more.setVisible(false);
            mores.add(more);
        }
        getChildren().addAll(cells);
        getChildren().addAll(weekdays);
        if (weeks > 1) {
            getChildren().addAll(weekNumbers);
        }
        getChildren().addAll(numbers);
        getChildren().addAll(mores);
        barTip.setOnShowing(e -> {
            if (barTip.getOwnerNode() != null && barTip.getOwnerNode().getUserData() instanceof WeekLanes.Item o) {
                barTip.setText(o.name() + "\n" + CalendarText.day(o.start(), locale)
                        + (o.end().equals(o.start()) ? "" : " to " + CalendarText.day(o.end(), locale)));
            }
        });
    }

    /** The first day a page showing {@code day} starts on: its month's first week, or its own week. */
    LocalDate firstDayFor(LocalDate day) {
        LocalDate from = weeks > 1 ? day.withDayOfMonth(1) : day;
        return from.with(java.time.temporal.TemporalAdjusters.previousOrSame(firstDayOfWeek));
    }

    LocalDate firstDay() {
        return firstDay;
    }

    int weeks() {
        return weeks;
    }

    /**
     * Shows these campaigns and imported events on the weeks from {@code first}; {@code month} dims the days outside it
     * (null: none).
     */
    void show(LocalDate first, YearMonth month, List<WeekLanes.Item> items, Function<WeekLanes.Item, String> colours,
              Predicate<Occurrence> clashes, String selected, LocalDate today) {
        firstDay = first;
        colour = colours;
        clash = clashes;
        selectedKey = selected;
        this.items = List.copyOf(items);
        for (int i = 0; i < weeks * 7; i++) {
            LocalDate day = first.plusDays(i);
            Region cell = cells.get(i);
            cell.pseudoClassStateChanged(TODAY, day.equals(today));
            cell.pseudoClassStateChanged(OTHER_MONTH, month != null && !YearMonth.from(day).equals(month));
            cell.pseudoClassStateChanged(WEEKEND, day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
            Label number = numbers.get(i);
            String dayOfMonth = Integer.toString(day.getDayOfMonth());
            String full = weeks == 1 || day.getDayOfMonth() == 1 && month == null
                    ? day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " " + dayOfMonth : dayOfMonth;
            number.getProperties().put(FULL_DATE, full);
            number.getProperties().put(SHORT_DATE, dayOfMonth);
            number.setText(full);
            number.pseudoClassStateChanged(TODAY, day.equals(today));
            number.pseudoClassStateChanged(OTHER_MONTH, month != null && !YearMonth.from(day).equals(month));
        }
        for (int w = 0; w < weeks; w++) {
            weekNumbers.get(w).setText(Integer.toString(first.plusWeeks(w).plusDays(3).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        place(lanes());
        requestLayout();
    }

    /** Bars only for the lanes a row can show: a busy month dresses a few dozen bars, not hundreds. */
    private void place(int lanes) {
        placedLanes = lanes;
        layout = WeekLanes.place(items, firstDay, weeks, lanes);
        while (bars.size() < layout.bars().size()) {
            Label bar = new Label();
            bar.getStyleClass().add("grid-bar");
            bar.setMinWidth(0);
            Tooltip.install(bar, barTip);
            bars.add(bar);
            getChildren().add(bar);
        }
        for (int i = 0; i < bars.size(); i++) {
            Label bar = bars.get(i);
            if (i < layout.bars().size()) {
                dress(bar, layout.bars().get(i));
            } else {
                bar.setUserData(null);
                bar.setVisible(false);
            }
        }
    }

    /** How many lanes of bars a week row holds at the grid's height (a guess of 12 before it has one). */
    private int lanes() {
        double rowHeight = rowHeight();
        return getHeight() <= 0 || rowHeight <= 0 ? 12 : Math.max(0, (int) ((rowHeight - DAY_HEADER - 2) / (BAR + GAP)));
    }

    private void dress(Label bar, WeekLanes.Bar placed) {
        WeekLanes.Item item = placed.item();
        Occurrence o = item.occurrence();
        bar.setUserData(item);
        boolean clashing = o != null && clash.test(o);
        bar.setText((clashing ? "\u26A0 " : "") + item.name());
        bar.setId(o == null ? null : "bar-" + o.key() + "-" + placed.week());
        String hex = colour.apply(item);
        bar.setBackground(backgrounds.computeIfAbsent(hex, h -> new Background(new BackgroundFill(
                Color.web(h).interpolate(Color.WHITE, 0.55), new CornerRadii(3), Insets.EMPTY))));
        bar.setTextFill(inks.computeIfAbsent(hex, h -> Color.web(h).interpolate(Color.BLACK, 0.72)));
        boolean selected = o != null && o.key().equals(selectedKey);
        bar.setBorder(borders.computeIfAbsent(hex + clashing + selected + placed.continuesBefore(),
                k -> border(hex, clashing, selected, placed)));
        bar.pseudoClassStateChanged(PICKED, selected);
        bar.getStyleClass().removeAll("campaign-overlap");
        if (clashing) {
            bar.getStyleClass().add("campaign-overlap");
        }
        bar.setVisible(true);
    }

    private static Border border(String hex, boolean clashing, boolean selected, WeekLanes.Bar placed) {
        if (selected) {
            return new Border(new BorderStroke(Color.web("#0969DA"), BorderStrokeStyle.SOLID, new CornerRadii(3), new BorderWidths(2)));
        }
        if (clashing) {
            return new Border(new BorderStroke(Color.web("#CF222E"), BorderStrokeStyle.DASHED, new CornerRadii(3), new BorderWidths(2)));
        }
        return new Border(new BorderStroke(Color.web(hex), BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                new BorderWidths(0, 0, 0, placed.continuesBefore() ? 0 : 3)));
    }

    /** Days from {@code from} to {@code to} shown as chosen (a drag's preview); nulls clear it. */
    void preview(LocalDate from, LocalDate to) {
        previewFrom = from;
        previewTo = to;
        for (int i = 0; i < cells.size(); i++) {
            LocalDate day = firstDay.plusDays(i);
            cells.get(i).pseudoClassStateChanged(PICKED, from != null && !day.isBefore(from) && !day.isAfter(to));
        }
    }

    /** The days chosen now (a drag's preview or the day last clicked), first to last; empty when none. */
    List<LocalDate> chosenDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = previewFrom; d != null && !d.isAfter(previewTo); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The campaign a bar of this grid shows, or null for any other node (an imported event's bar too). */
    static Occurrence occurrenceOf(Node node) {
        for (Node n = node; n != null && !(n instanceof CampaignGrid); n = n.getParent()) {
            if (n.getUserData() instanceof WeekLanes.Item item && n.getStyleClass().contains("grid-bar")) {
                return item.occurrence();
            }
        }
        return null;
    }

    /** How many bars the grid shows now (the benchmark checks it stays small). */
    int barCount() {
        return (int) bars.stream().filter(Node::isVisible).count();
    }

    /** The bar node under a picked node, or null. */
    static Region barOf(Node node) {
        for (Node n = node; n != null && !(n instanceof CampaignGrid); n = n.getParent()) {
            if (n.getStyleClass().contains("grid-bar")) {
                return (Region) n;
            }
        }
        return null;
    }

    /** The day under a point of this grid, or null outside the days. */
    LocalDate dayAt(double x, double y) {
        double left = left();
        double cellWidth = (getWidth() - snappedRightInset() - left) / 7;
        double rowHeight = rowHeight();
        if (x < left || y < top() || cellWidth <= 0 || rowHeight <= 0) {
            return null;
        }
        int column = Math.min(6, (int) ((x - left) / cellWidth));
        int row = Math.min(weeks - 1, (int) ((y - top()) / rowHeight));
        return firstDay.plusDays(row * 7L + column);
    }

    /** Where a day's cell is, in this grid's coordinates (null when the day is not shown). */
    Bounds cellBounds(LocalDate day) {
        long index = java.time.temporal.ChronoUnit.DAYS.between(firstDay, day);
        if (index < 0 || index >= weeks * 7L) {
            return null;
        }
        Region cell = cells.get((int) index);
        return new BoundingBox(cell.getLayoutX(), cell.getLayoutY(), cell.getWidth(), cell.getHeight());
    }

    /** The campaigns on one day (those placed in a lane), for "+N more". */
    List<Occurrence> on(LocalDate day) {
        return layout.bars().stream().map(b -> b.item().occurrence()).filter(java.util.Objects::nonNull).distinct()
                .filter(o -> !day.isBefore(o.start()) && !day.isAfter(o.end())).toList();
    }

    private double left() {
        return snappedLeftInset() + (weeks > 1 ? WEEK_NUMBER : 0);
    }

    private double top() {
        return snappedTopInset() + HEADER;
    }

    private double rowHeight() {
        return (getHeight() - snappedBottomInset() - top()) / weeks;
    }

    @Override
    protected void layoutChildren() {
        double left = left();
        double top = top();
        double cellWidth = (getWidth() - snappedRightInset() - left) / 7;
        double rowHeight = rowHeight();
        if (cellWidth <= 0 || rowHeight <= 0) {
            return;
        }
        for (int c = 0; c < 7; c++) {
            weekdays.get(c).resizeRelocate(left + c * cellWidth, snappedTopInset(), cellWidth, HEADER);
        }
        for (int w = 0; w < weeks; w++) {
            double y = top + w * rowHeight;
            if (weeks > 1) {
                weekNumbers.get(w).resizeRelocate(snappedLeftInset() + 2, y + 3, WEEK_NUMBER - 6, DAY_HEADER - 6);
            }
            for (int c = 0; c < 7; c++) {
                int i = w * 7 + c;
                cells.get(i).resizeRelocate(left + c * cellWidth, y, cellWidth, rowHeight);
                Label number = numbers.get(i);
                number.resizeRelocate(left + c * cellWidth + 4, y + 2, cellWidth - 8, DAY_HEADER - 4);
                fitDate(number, cellWidth - 8);
            }
        }
        int lanes = lanes();
        if (lanes != placedLanes) {
            place(lanes);
        }
        // every lane holds bars; a day with more campaigns says "+N more" in its header, left of its date (on a
        // projector a row holds one lane, which a "+N more" line of its own used to take)
        int[] visibleLanes = new int[weeks];
        java.util.Arrays.fill(visibleLanes, lanes);
        int[] shown = new int[weeks * 7];
        for (int i = 0; i < layout.bars().size(); i++) {
            WeekLanes.Bar placed = layout.bars().get(i);
            Label bar = bars.get(i);
            boolean fits = placed.lane() < visibleLanes[placed.week()];
            bar.setVisible(fits);
            if (fits) {
                double x = left + placed.firstColumn() * cellWidth + (placed.continuesBefore() ? 0 : 2);
                double right = left + (placed.lastColumn() + 1) * cellWidth - (placed.continuesAfter() ? 0 : 2);
                bar.resizeRelocate(x, top + placed.week() * rowHeight + DAY_HEADER + placed.lane() * (BAR + GAP), right - x, BAR);
                for (int c = placed.firstColumn(); c <= placed.lastColumn(); c++) {
                    shown[placed.week() * 7 + c]++;
                }
            }
        }
        for (int i = 0; i < mores.size(); i++) {
            int w = i / 7;
            int hidden = layout.perDay().length > i ? layout.perDay()[i] - shown[i] : 0;
            Label more = mores.get(i);
            more.setVisible(hidden > 0);
            if (hidden > 0) {
                // "+3 more" where it fits beside the date (the text grows with the zoom), else "+3"
                String words = "+" + hidden + " more";
                more.setText(textWidth(words, more.getFont()) + 4 <= cellWidth * 0.62 ? words : "+" + hidden);
                more.resizeRelocate(left + (i % 7) * cellWidth + 4, top + w * rowHeight + 2, cellWidth * 0.62, DAY_HEADER - 4);
            }
        }
    }

    /** "Mon 30" where the day is wide enough, else "30" (zoomed in, or a narrow window: the weekday heads the column). */
    private static void fitDate(Label number, double width) {
        Object full = number.getProperties().get(FULL_DATE);
        if (full == null) {
            return;
        }
        String wanted = textWidth((String) full, number.getFont()) <= width ? (String) full : (String) number.getProperties().get(SHORT_DATE);
        if (!wanted.equals(number.getText())) {
            number.setText(wanted);
        }
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
