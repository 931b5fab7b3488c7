package org.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** A list of short texts kept in one column as a JSON array (a note's tags, a scenario's channel factors). */
final class TextList {
    /** Loaded on first use, not when plans are merely counted at start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private TextList() {
    }

    static String write(List<String> texts) {
        try {
            return Json.MAPPER.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of texts could not be written as JSON", e);
        }
    }

    static List<String> read(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("A list is damaged in the database: " + json, e);
        }
    }
}
