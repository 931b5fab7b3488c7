package org.tandem.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowBoundsTest {
    @Test
    void aWindowRememberedAt1366ReopensWhollyOnA1024Projector() {
        WindowBounds remembered = new WindowBounds(200, 100, 1366, 768, false);
        WindowBounds placed = remembered.within(0, 0, 1024, 740);
        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 1024, 740, false));
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        WindowBounds remembered = new WindowBounds(300, 120, 1280, 800, true);
        assertThat(remembered.within(0, 0, 1920, 1040)).isEqualTo(remembered);
    }

    @Test
    void aWindowHangingOffTheRightEdgeMovesBackOntoTheScreen() {
        WindowBounds remembered = new WindowBounds(1500, 900, 800, 600, false);
        assertThat(remembered.within(0, 0, 1920, 1040)).isEqualTo(new WindowBounds(1120, 440, 800, 600, false));
    }

    @Test
    void aSecondScreenToTheLeftKeepsItsNegativeCoordinates() {
        WindowBounds remembered = new WindowBounds(-1800, 50, 1280, 800, false);
        assertThat(remembered.within(-1920, 0, 1920, 1080)).isEqualTo(remembered);
    }

    @Test
    void aScreenSmallerThanTheMinimumGetsTheWholeScreen() {
        WindowBounds remembered = new WindowBounds(0, 0, 1280, 800, false);
        assertThat(remembered.within(0, 0, 600, 400)).isEqualTo(new WindowBounds(0, 0, 600, 400, false));
    }
}
