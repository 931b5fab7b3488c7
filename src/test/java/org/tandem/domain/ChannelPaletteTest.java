package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelPaletteTest {
    @Test
    void noTwoStartingChannelsNorSalesShareALookAlikeColour() {
        List<Map.Entry<String, String>> all = new ArrayList<>(ChannelPalette.DEFAULT_CHANNELS);
        all.add(Map.entry("Sales activities", ChannelPalette.SALES));
        List<String> alike = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                double d = ChannelPalette.difference(all.get(i).getValue(), all.get(j).getValue());
                if (d < 20) {
                    alike.add(all.get(i).getKey() + " and " + all.get(j).getKey() + " (" + Math.round(d) + ")");
                }
            }
        }
        assertThat(alike).isEmpty();
    }

    @Test
    void theOldSeoAndPartnershipsGreensCountAsAlike() {
        assertThat(ChannelPalette.difference("#1F883D", "#238636")).isLessThan(5);
        assertThat(ChannelPalette.difference("#000000", "#FFFFFF")).isGreaterThan(99);
    }
}
