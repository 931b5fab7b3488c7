package org.tandem.ui.salesplan;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.ActualsCsv;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesPlan;
import org.tandem.exchange.CsvTable;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The Assess step's CSV import: the file read with its encoding and separator found, the columns mapped to
 * date, measure and value and the date order and decimal mark guessed, every choice open to change in the
 * preview (each change reads the file again), then the good rows stored in one transaction as one undo step.
 */
public final class ActualsImportViewModel {
    /** The encodings a user can pick when the file's is not found right. */
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, CsvTable.WINDOWS_1252, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);

    private final SalesPlanViewModel wizard;
    private final ObservableList<ActualsCsv.Row> preview = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper(this, "previewText", "");
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>(this, "encoding");
    private final ObjectProperty<Character> separator = new SimpleObjectProperty<>(this, "separator");
    private final BooleanProperty header = new SimpleBooleanProperty(this, "header");
    private final IntegerProperty dateColumn = new SimpleIntegerProperty(this, "dateColumn");
    private final IntegerProperty measureColumn = new SimpleIntegerProperty(this, "measureColumn", 1);
    private final IntegerProperty valueColumn = new SimpleIntegerProperty(this, "valueColumn", 2);
    private final ObjectProperty<ActualsCsv.DateOrder> dateOrder = new SimpleObjectProperty<>(this, "dateOrder", ActualsCsv.DateOrder.ISO);
    private final ObjectProperty<ActualsCsv.DecimalMark> decimalMark = new SimpleObjectProperty<>(this, "decimalMark",
            ActualsCsv.DecimalMark.POINT);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private Path file;
    private boolean filling;

    ActualsImportViewModel(SalesPlanViewModel wizard) {
        this.wizard = wizard;
        // a choice the user makes reads the file again with it; filling the choices from a read does not
        encoding.addListener((o, was, now) -> reread(true));
        separator.addListener((o, was, now) -> reread(true));
        for (var choice : List.of(header, dateColumn, measureColumn, valueColumn, dateOrder, decimalMark)) {
            choice.addListener((o, was, now) -> reread(false));
        }
        // rows checked against one sales plan's period never go into another: a switch closes the preview
        wizard.currentProperty().addListener((o, was, now) -> {
            if (previewing.get() && (now == null || was == null || !now.id().equals(was.id()))) {
                cancelPreview();
            }
        });
    }

    /** Reads a CSV file into the preview with what it most likely means; nothing is stored until {@link #importGood()}. */
    public void preview(Path chosen) {
        if (wizard.current() == null) {
            return;
        }
        file = chosen;
        read(null, null, null);
    }

    private void reread(boolean split) {
        if (filling || file == null || !previewing.get()) {
            return;
        }
        ActualsCsv.Mapping mapping = new ActualsCsv.Mapping(header.get(), dateColumn.get(), measureColumn.get(), valueColumn.get(),
                dateOrder.get(), decimalMark.get());
        read(encoding.get(), separator.get(), split ? null : mapping);
    }

    /** What a read found: the file's table, the mapping used and the rows it gave. */
    private record Read(CsvTable table, List<ActualsCsv.Line> lines, ActualsCsv.Mapping mapping, List<ActualsCsv.Row> rows) {
    }

    private void read(Charset chosenEncoding, Character chosenSeparator, ActualsCsv.Mapping chosen) {
        SalesPlan p = wizard.current();
        Path reading = file;
        wizard.runner().run(() -> {
            CsvTable table = wizard.service().readCsv(reading, chosenEncoding, chosenSeparator);
            List<ActualsCsv.Line> lines = table.rows().stream().map(r -> new ActualsCsv.Line(r.line(), r.fields())).toList();
            ActualsCsv.Mapping mapping = chosen != null ? chosen : ActualsCsv.guess(lines, table.separator() == ';');
            return new Read(table, lines, mapping, ActualsCsv.read(lines, mapping, p.period()));
        }, this::show, e -> wizard.errors().report("read the CSV file", e));
    }

    private void show(Read read) {
        filling = true;
        try {
            encoding.set(read.table().encoding());
            separator.set(read.table().separator());
            ActualsCsv.Mapping m = read.mapping();
            int width = read.lines().stream().mapToInt(l -> l.fields().size()).max().orElse(3);
            List<String> names = new ArrayList<>();
            IntStream.range(0, width).forEach(i -> names.add(m.header() && i < read.lines().get(0).fields().size()
                    ? "Column " + (i + 1) + ": " + read.lines().get(0).fields().get(i) : "Column " + (i + 1)));
            columns.setAll(names);
            header.set(m.header());
            dateColumn.set(m.dateColumn());
            measureColumn.set(m.measureColumn());
            valueColumn.set(m.valueColumn());
            dateOrder.set(m.dates());
            decimalMark.set(m.decimals());
        } finally {
            filling = false;
        }
        List<ActualsCsv.Row> rows = read.rows();
        preview.setAll(rows);
        long bad = rows.stream().filter(r -> !r.ok()).count();
        previewText.set(rows.size() + " rows in " + file.getFileName() + ": " + (rows.size() - bad) + " ready"
                + (bad == 0 ? "." : ", " + bad + " with problems (change the choices above, fix the file and read it again,"
                + " or import without them)."));
        previewing.set(true);
    }

    /** Stores the good rows of the preview in one transaction and closes it. */
    public void importGood() {
        SalesPlan p = wizard.current();
        List<SalesActual> rows = new ArrayList<>();
        for (ActualsCsv.Row r : preview) {
            if (r.ok()) {
                rows.add(new SalesActual(UUID.randomUUID(), p.id(), r.day(), r.measure().code(), r.value()));
            }
        }
        // all the previewed rows or none; the import is one step of the plan's history
        importActuals(rows, true, this::cancelPreview);
        wizard.history().record("import " + rows.size() + (rows.size() == 1 ? " actual" : " actuals"), p.id(),
                forward -> importActuals(rows, forward, () -> { }),
                forward -> wizard.runner().run(() -> storeImport(rows, forward), x -> { },
                        e -> wizard.errors().report("import the actuals", e)));
    }

    private Void storeImport(List<SalesActual> rows, boolean in) {
        if (in) {
            wizard.service().saveActuals(rows);
        } else {
            wizard.service().deleteActuals(rows.stream().map(SalesActual::id).toList());
        }
        return null;
    }

    /** Imported rows in (or out again), in one transaction, and on screen once stored. */
    private void importActuals(List<SalesActual> rows, boolean in, Runnable done) {
        wizard.runner().run(() -> storeImport(rows, in), x -> {
            if (in) {
                wizard.parts.actuals.addAll(rows);
            } else {
                wizard.parts.actuals.removeAll(rows);
            }
            wizard.recompute();
            done.run();
        }, e -> wizard.errors().report("import the actuals", e));
    }

    public void cancelPreview() {
        preview.clear();
        previewText.set("");
        previewing.set(false);
        file = null;
    }

    public ObservableList<ActualsCsv.Row> preview() {
        return preview;
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Character> separatorProperty() {
        return separator;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    public IntegerProperty dateColumnProperty() {
        return dateColumn;
    }

    public IntegerProperty measureColumnProperty() {
        return measureColumn;
    }

    public IntegerProperty valueColumnProperty() {
        return valueColumn;
    }

    public ObjectProperty<ActualsCsv.DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    public ObjectProperty<ActualsCsv.DecimalMark> decimalMarkProperty() {
        return decimalMark;
    }

    /** The file's columns by number, with their header names when it has a header. */
    public ObservableList<String> columns() {
        return columns;
    }
}
