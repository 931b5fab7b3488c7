package org.tandem.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A section's entities by id behave as a sorted map whatever order they come in. */
class SortedRowsTest {

    @Test
    void idsPutInOrderAreFoundReplacedAndWalkedInOrder() {
        SortedRows<String> rows = new SortedRows<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(rows::firstKey).isInstanceOf(java.util.NoSuchElementException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(rows::lastKey).isInstanceOf(java.util.NoSuchElementException.class);
        for (int i = 0; i < 100; i++) {
            assertThat(rows.put(String.format("id-%03d", i), "v" + i)).isNull();
        }

        assertThat(rows.put("id-050", "changed")).isEqualTo("v50");
        assertThat(rows).hasSize(100).containsEntry("id-050", "changed").containsEntry("id-099", "v99");
        assertThat(rows.get("id-100")).isNull();
        assertThat(rows.containsKey("id-000")).isTrue();
        assertThat(rows.containsKey(42)).isFalse();
        assertThat(rows.firstKey()).isEqualTo("id-000");
        assertThat(rows.lastKey()).isEqualTo("id-099");
        assertThat(new ArrayList<>(rows.keySet())).isSorted().hasSize(100);
    }

    @Test
    void idsInAnyOrderWithRemovalsGiveTheSameMapAsATree() {
        Random random = new Random(7);
        SortedRows<Integer> rows = new SortedRows<>();
        TreeMap<String, Integer> tree = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add("e" + random.nextInt(400));
        }
        Collections.sort(ids.subList(0, 300)); // in order first, as a file Tandem wrote, then not
        for (int i = 0; i < ids.size(); i++) {
            assertThat(rows.put(ids.get(i), i)).isEqualTo(tree.put(ids.get(i), i));
            if (i % 37 == 0) {
                assertThat(rows.remove(ids.get(i / 2))).isEqualTo(tree.remove(ids.get(i / 2)));
            }
        }

        assertThat(rows).isEqualTo(tree);
        assertThat(new ArrayList<>(rows.entrySet())).isEqualTo(new ArrayList<>(tree.entrySet()));
        assertThat(rows.headMap("e2")).isEqualTo(tree.headMap("e2"));
        assertThat(rows.hashCode()).isEqualTo(tree.hashCode());
    }

    @Test
    void walkingRowsInOrderTheWalkCanSetAValueAndRemoveWhatItPassed() {
        SortedRows<String> rows = new SortedRows<>();
        List.of("a", "b", "c", "d").forEach(id -> rows.put(id, id.toUpperCase()));

        Iterator<Map.Entry<String, String>> walk = rows.entrySet().iterator();
        while (walk.hasNext()) {
            Map.Entry<String, String> e = walk.next();
            if (e.getKey().equals("b")) {
                walk.remove();
            } else {
                e.setValue(e.getValue() + "!");
            }
        }
        rows.values().removeIf(v -> v.equals("D!"));

        assertThat(rows).containsExactly(Map.entry("a", "A!"), Map.entry("c", "C!"));
        rows.clear();
        assertThat(rows).isEmpty();
        rows.put("z", "Z");
        assertThat(rows).containsExactly(Map.entry("z", "Z"));
    }

    @Test
    void aRowPutOutOfOrderWhileTheRowsAreWalkedStopsTheWalkLoudly() {
        SortedRows<String> rows = new SortedRows<>();
        List.of("b", "c").forEach(id -> rows.put(id, id));

        Iterator<String> walk = rows.keySet().iterator();
        walk.next();
        rows.put("a", "a");

        assertThatThrownBy(walk::hasNext).isInstanceOf(ConcurrentModificationException.class);
        assertThat(rows.keySet()).containsExactly("a", "b", "c");
    }
}
