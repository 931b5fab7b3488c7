package org.tandem.ui.common;

import java.util.UUID;

/** Lets one screen send the user to something on another screen. */
@FunctionalInterface
public interface Navigator {

    /** Shows Market research with this note open. */
    void openNote(UUID noteId);
}
