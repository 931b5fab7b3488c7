package org.tandem.domain;

/** How the note list is ordered; pinned notes always come first. */
public enum NoteSort {
    UPDATED, EVIDENCE_DATE, TITLE
}
