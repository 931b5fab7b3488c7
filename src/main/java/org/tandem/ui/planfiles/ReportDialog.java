package org.tandem.ui.planfiles;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanReport;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/** What a report holds: its sections, the campaigns of one channel or all, one sales plan or all, A4 or Letter. */
final class ReportDialog {
    private ReportDialog() {
    }

    static Optional<PlanReport.Options> ask(Window owner, Plan plan, String stylesheet) {
        Dialog<PlanReport.Options> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Report");
        dialog.setHeaderText("A report of \"" + plan.name() + "\": what goes in?");
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().setId("reportDialog");
        VBox content = new VBox(6);
        Map<PlanReport.Part, CheckBox> parts = new EnumMap<>(PlanReport.Part.class);
        for (PlanReport.Part part : PlanReport.Part.values()) {
            CheckBox box = new CheckBox(part.title());
            box.setId("report" + part.name());
            box.setSelected(true);
            parts.put(part, box);
            content.getChildren().add(box);
        }
        TextField channel = new TextField();
        channel.setId("reportChannel");
        channel.setPromptText("All channels (or type one, e.g. Events)");
        TextField salesPlan = new TextField();
        salesPlan.setId("reportSalesPlan");
        salesPlan.setPromptText("All sales plans (or type one's name)");
        CheckBox letter = new CheckBox("US Letter paper (A4 otherwise; for a PDF)");
        letter.setId("reportLetter");
        content.getChildren().addAll(new Label("Campaigns of the channel"), channel, new Label("Sales plan"), salesPlan, letter);
        dialog.getDialogPane().setContent(content);
        ButtonType next = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(next).setId("reportNext");
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> parts.values().stream().noneMatch(CheckBox::isSelected),
                parts.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new)));
        dialog.setResultConverter(button -> {
            if (button != next) {
                return null;
            }
            EnumSet<PlanReport.Part> chosen = EnumSet.noneOf(PlanReport.Part.class);
            parts.forEach((part, box) -> {
                if (box.isSelected()) {
                    chosen.add(part);
                }
            });
            return new PlanReport.Options(chosen, blankToNull(salesPlan.getText()), blankToNull(channel.getText()), letter.isSelected());
        });
        return dialog.showAndWait();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
