package org.tandem.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A section's entities by id, in id order. While they are put in that order (the store's reads, a file Tandem wrote,
 * a merge's walk) they are held in two arrays, 8 bytes an entity; a tree holds them from the first put out of order or
 * removal on (40 bytes an entity: a merge preview of the L plan held 720,000 tree entries for its three versions).
 */
public final class SortedRows<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
    private String[] keys = new String[8];
    private Object[] values = new Object[8];
    private int size;
    /** Every entity, once they came out of order: the arrays are let go. */
    private TreeMap<String, V> tree;

    @Override
    public int size() {
        return tree != null ? tree.size() : size;
    }

    @Override
    public boolean containsKey(Object key) {
        return tree != null ? tree.containsKey(key) : index(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (tree != null) {
            return tree.get(key);
        }
        int i = index(key);
        return i >= 0 ? (V) values[i] : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        Objects.requireNonNull(key, "an entity's id");
        if (tree != null) {
            return tree.put(key, value);
        }
        if (size == 0 || keys[size - 1].compareTo(key) < 0) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size + (size >> 1) + 1);
                values = Arrays.copyOf(values, keys.length);
            }
            keys[size] = key;
            values[size++] = value;
            return null;
        }
        int i = index(key);
        if (i >= 0) {
            V old = (V) values[i];
            values[i] = value;
            return old;
        }
        return toTree().put(key, value);
    }

    @Override
    public V remove(Object key) {
        if (tree == null && index(key) < 0) {
            return null;
        }
        return toTree().remove(key);
    }

    @Override
    public void clear() {
        tree = null;
        keys = new String[8];
        values = new Object[8];
        size = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super String, ? super V> action) {
        if (tree != null) {
            tree.forEach(action);
            return;
        }
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], (V) values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return tree != null ? tree.entrySet().iterator() : new InOrder();
            }

            @Override
            public int size() {
                return SortedRows.this.size();
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String firstKey() {
        return tree != null ? tree.firstKey() : keyAt(0);
    }

    @Override
    public String lastKey() {
        return tree != null ? tree.lastKey() : keyAt(size - 1);
    }

    /** The array's key at {@code i}: the first or last one, of which an empty map has none. */
    private String keyAt(int i) {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return keys[i];
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        return toTree().subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        return toTree().headMap(toKey);
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        return toTree().tailMap(fromKey);
    }

    private int index(Object key) {
        return key instanceof String id ? Arrays.binarySearch(keys, 0, size, id) : -1;
    }

    @SuppressWarnings("unchecked")
    private TreeMap<String, V> toTree() {
        if (tree == null) {
            TreeMap<String, V> all = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                all.put(keys[i], (V) values[i]);
            }
            tree = all;
            keys = null;
            values = null;
            size = 0;
        }
        return tree;
    }

    /** The arrays walked in order; an entry's value can be set, and the walk's last entity removed. */
    private final class InOrder implements Iterator<Map.Entry<String, V>> {
        private int next;
        private boolean removable;

        @Override
        public boolean hasNext() {
            if (tree != null) {
                throw new ConcurrentModificationException("the rows came out of order while walked");
            }
            return next < size;
        }

        @Override
        public Map.Entry<String, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            removable = true;
            int at = next++;
            return new SimpleEntry<>(keys[at], valueAt(at)) {
                @Override
                public V setValue(V value) {
                    values[at] = value;
                    return super.setValue(value);
                }
            };
        }

        @Override
        public void remove() {
            if (!removable || tree != null) {
                throw new IllegalStateException();
            }
            removable = false;
            next--;
            System.arraycopy(keys, next + 1, keys, next, size - next - 1);
            System.arraycopy(values, next + 1, values, next, size - next - 1);
            size--;
            keys[size] = null;
            values[size] = null;
        }

        @SuppressWarnings("unchecked")
        private V valueAt(int i) {
            return (V) values[i];
        }
    }
}
