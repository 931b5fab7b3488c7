package org.tandem.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.PlanName;

import java.io.IOException;
import java.io.InputStream;

/** Reads and checks a plan file before anything of it reaches the store. */
public final class PlanFileReader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public PlanFile read(InputStream in) throws IOException {
        PlanFile file;
        try {
            file = mapper.readValue(in, PlanFile.class);
        } catch (JsonMappingException e) {
            throw new PlanFileProblem(jsonPath(e), "unexpected value (" + firstLine(e.getOriginalMessage()) + ")", e);
        } catch (JsonProcessingException e) {
            throw new PlanFileProblem("$", "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")", e);
        }
        check(file);
        return file;
    }

    private static void check(PlanFile file) {
        if (file == null) {
            throw new PlanFileProblem("$", "the file is empty");
        }
        if (!PlanFile.FORMAT.equals(file.format())) {
            throw new PlanFileProblem("$.format", "expected \"" + PlanFile.FORMAT + "\": this is not a Tandem plan file");
        }
        if (file.formatVersion() < 1) {
            throw new PlanFileProblem("$.formatVersion", "must be 1 or more");
        }
        if (file.formatVersion() > PlanFile.FORMAT_VERSION) {
            throw new PlanFileProblem("$.formatVersion", "version " + file.formatVersion()
                    + " was written by a newer Tandem; this one reads up to " + PlanFile.FORMAT_VERSION);
        }
        PlanData plan = file.plan();
        if (plan == null) {
            throw new PlanFileProblem("$.plan", "missing");
        }
        PlanName.problem(plan.name()).ifPresent(m -> {
            throw new PlanFileProblem("$.plan.name", m);
        });
        CurrencyCode.problem(plan.currency()).ifPresent(m -> {
            throw new PlanFileProblem("$.plan.currency", m);
        });
        if (plan.firstMonth() != null && (plan.firstMonth() < 1 || plan.firstMonth() > 12)) {
            throw new PlanFileProblem("$.plan.firstMonth", "must be a month from 1 to 12");
        }
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
