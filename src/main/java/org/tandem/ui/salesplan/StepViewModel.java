package org.tandem.ui.salesplan;

import java.util.Locale;

/**
 * What the view models of the wizard's steps share: the wizard they work on, and a refresh held
 * back while the step is off screen (an edit then updates only what the user can see; a step
 * catches up when it is shown, or when it is warmed up just before).
 */
abstract class StepViewModel {
    protected final SalesPlanViewModel wizard;
    private final WhenShown whenShown;

    StepViewModel(SalesPlanViewModel wizard) {
        this.wizard = wizard;
        this.whenShown = new WhenShown(this::refreshStep);
    }

    /** Works out what the step shows again. */
    protected abstract void refreshStep();

    /** Something the step shows has changed: refresh now if it is on screen, else when it comes back. */
    protected final void changed() {
        whenShown.changed();
    }

    /** Whether the step is on screen; a hidden step catches up when it is shown again. */
    public void setShown(boolean shown) {
        whenShown.setShown(shown);
    }

    /** Brings the step up to date while it is hidden (before it is warmed up off screen). */
    public void catchUp() {
        whenShown.catchUp();
    }

    /** Changes whenever any figure may have: views that draw from the figures redraw only then. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.tandem.domain.SalesPlanFigures> figuresProperty() {
        return wizard.figuresProperty();
    }

    /** "Explain this number" for the figures on screen; null while no sales plan is open. */
    public org.tandem.domain.SalesExplanations explanations() {
        org.tandem.domain.SalesPlanFigures figures = wizard.figures();
        return figures == null ? null : new org.tandem.domain.SalesExplanations(figures, locale());
    }

    /** The row a dashboard figure came from, for the step's table to select. */
    public javafx.beans.property.ReadOnlyObjectProperty<SalesPlanViewModel.Reveal> revealedProperty() {
        return wizard.revealedProperty();
    }

    /** The row asked for is selected: the steps stop following it. */
    public void revealDone() {
        wizard.revealDone();
    }

    public Locale locale() {
        return wizard.locale();
    }
}
