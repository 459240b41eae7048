package dk.kl.partnerships.kit.web;

import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The dates the API accepts, wherever a request names one — a body's field or a query parameter:
 * from {@value #EARLIEST_TEXT} to {@value #LATEST_TEXT}. A programme, meeting or payment outside them
 * is a typing error (or an attack on what computes with dates), refused with 400 naming the field
 * before any use case sees it.
 */
public final class ApiDates {

    static final String EARLIEST_TEXT = "2000-01-01";
    static final String LATEST_TEXT = "2100-12-31";
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);
    private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST_INSTANT =
            LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /** What a refused date is told. */
    public static final String RULE = "must be between " + EARLIEST_TEXT + " and " + LATEST_TEXT;

    private static final Set<Class<?>> DATED = Set.of(
            LocalDate.class,
            LocalDateTime.class,
            OffsetDateTime.class,
            ZonedDateTime.class,
            Instant.class,
            YearMonth.class,
            Year.class);

    private ApiDates() {}

    /** Whether a date (or date and time) lies within the accepted years; anything else is not a date and passes. */
    public static boolean accepts(Object value) {
        LocalDate date;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof LocalDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof OffsetDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof ZonedDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof Instant i) {
            return !i.isBefore(FIRST_INSTANT) && i.isBefore(AFTER_LAST_INSTANT);
        } else if (value instanceof YearMonth m) {
            date = m.atDay(1);
        } else if (value instanceof Year y) {
            date = y.atDay(1);
        } else {
            return true;
        }
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** A year given as a number (e.g. {@code ?year=}), within the same bounds. */
    public static int requireYear(String field, int year) {
        if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
            throw new InvalidFieldException(
                    field, "must be between " + EARLIEST.getYear() + " and " + LATEST.getYear());
        }
        return year;
    }

    /** A body's date outside the bounds: Jackson names the field it was read for. */
    static final class OutOfRange extends MismatchedInputException {

        OutOfRange(JsonParser parser, Class<?> type) {
            super(parser, RULE, type);
        }
    }

    /** A query parameter's date outside the bounds. */
    static final class OutOfRangeParameter extends IllegalArgumentException {

        OutOfRangeParameter() {
            super(RULE);
        }
    }

    /** Every date read from a request body, checked after Jackson has read it as usual. */
    static final class Bounded extends DelegatingDeserializer {

        Bounded(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value != null && !accepts(value)) {
                throw new OutOfRange(parser, value.getClass());
            }
            return value;
        }
    }

    /** Every {@code @DateTimeFormat} query parameter, parsed as usual and then checked. */
    static final class BoundedFormats implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory formats =
                new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return formats.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return formats.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = formats.getParser(annotation, fieldType);
            return (String text, Locale locale) -> {
                Object value = parser.parse(text, locale);
                if (value != null && !accepts(value)) {
                    throw new OutOfRangeParameter();
                }
                return value;
            };
        }
    }

    /** Puts the bounds on every service's JSON reading and query parameters. */
    @Configuration(proxyBeanMethods = false)
    public static class Bounds {

        @Bean
        JacksonModule apiDatesModule() {
            SimpleModule module = new SimpleModule("partnerships-api-dates");
            module.setDeserializerModifier(new ValueDeserializerModifier() {
                @Override
                public ValueDeserializer<?> modifyDeserializer(
                        DeserializationConfig config,
                        BeanDescription.Supplier description,
                        ValueDeserializer<?> deserializer) {
                    return DATED.contains(description.getBeanClass()) ? new Bounded(deserializer) : deserializer;
                }
            });
            return module;
        }

        @Bean
        WebMvcConfigurer apiDatesParameters() {
            return new WebMvcConfigurer() {
                @Override
                public void addFormatters(FormatterRegistry registry) {
                    registry.addFormatterForFieldAnnotation(new BoundedFormats());
                }
            };
        }
    }
}
