package org.tandem.ui.classroom;

import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tandem.domain.PlanOutline;
import org.tandem.domain.StudentWork;

/**
 * A student's plan to read: the review's figures at the top, then every section with its entries and their fields
 * as a tree (sections the student filled in open, empty ones said so). Nothing in it edits.
 */
final class PlanOutlineView {
    private PlanOutlineView() {
    }

    static VBox of(StudentWork student, PlanOutline outline) {
        Label title = new Label(student.file() + ": " + outline.name());
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Label figures = new Label("Parts done " + student.partsText() + " · objectives " + student.objectivesText() + " · activities "
                + student.activities() + (student.salesPlan().isEmpty() ? "" : " · sales plan " + student.salesPlan()));
        figures.setWrapText(true);
        TreeItem<String> root = new TreeItem<>(outline.name());
        root.setExpanded(true);
        for (PlanOutline.Section section : outline.sections()) {
            TreeItem<String> s = new TreeItem<>(section.title() + (section.entries().isEmpty() ? ": empty" : " (" + section.entries().size() + ")"));
            for (PlanOutline.Entry entry : section.entries()) {
                TreeItem<String> e = new TreeItem<>(entry.label());
                entry.details().forEach(d -> e.getChildren().add(new TreeItem<>(d)));
                s.getChildren().add(e);
            }
            s.setExpanded(!section.entries().isEmpty() && section.entries().size() <= 12);
            root.getChildren().add(s);
        }
        TreeView<String> tree = new TreeView<>(root);
        tree.setId("outline-" + student.file().replaceAll("[^A-Za-z0-9]", "-"));
        tree.setShowRoot(false);
        tree.setAccessibleText("The plan of " + student.file() + ", read-only");
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox box = new VBox(6, title, figures, tree);
        box.setPadding(new javafx.geometry.Insets(10));
        return box;
    }
}
