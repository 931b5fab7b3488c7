package org.tandem.domain;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** A plan's currency: an ISO 4217 code such as EUR or USD. */
public final class CurrencyCode {
    public static final String FIELD = "currency";
    static final String FALLBACK = "EUR";

    private CurrencyCode() {
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    public static Optional<String> problem(String raw) {
        String code = normalise(raw);
        if (code.isEmpty()) {
            return Optional.of("Choose a currency (an ISO 4217 code such as EUR or USD).");
        }
        if (!code.matches("[A-Z]{3}")) {
            return Optional.of("\"" + code + "\" is not a currency code: use three letters such as EUR or USD.");
        }
        try {
            Currency.getInstance(code);
            return Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.of("\"" + code + "\" is not a known ISO 4217 currency.");
        }
    }

    /** Digits after the decimal point in amounts of this currency (2 for EUR, 0 for JPY; 2 when unknown). */
    public static int fractionDigits(String code) {
        try {
            return Math.max(0, Currency.getInstance(normalise(code)).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }

    /** The currency of the user's country, or EUR where the locale names no country. */
    public static String defaultFor(Locale locale) {
        try {
            if (locale != null && !locale.getCountry().isEmpty()) {
                Currency currency = Currency.getInstance(locale);
                if (currency != null) {
                    return currency.getCurrencyCode();
                }
            }
        } catch (IllegalArgumentException noCurrencyForRegion) {
            // regions such as Antarctica have no currency; the fallback below is right for them
        }
        return FALLBACK;
    }
}
