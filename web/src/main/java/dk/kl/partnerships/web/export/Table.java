package dk.kl.partnerships.web.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A list to hand on, as a spreadsheet holds it: named columns of one kind each (text, date, number …)
 * and rows of values. {@link Exports} writes it as CSV for Danish Excel or as XLSX.
 * Headers are message keys ({@code export.column.*}), so every text stays in the message bundle.
 */
public final class Table {

    /** What a column holds, and so how a spreadsheet shows and sorts it. */
    public enum Kind {
        TEXT(String.class),
        INTEGER(Integer.class),
        AMOUNT(BigDecimal.class),
        DATE(LocalDate.class),
        DATE_TIME(LocalDateTime.class),
        YES_NO(Boolean.class);

        private final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }
    }

    public record Column(String header, Kind kind) {}

    private final String name;
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private Table(String name, List<Column> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** An empty table; {@code name} is the file's name without extension, and the sheet's. */
    public static Table of(String name, Column... columns) {
        return new Table(name, Arrays.asList(columns));
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    public static Column integer(String header) {
        return new Column(header, Kind.INTEGER);
    }

    public static Column amount(String header) {
        return new Column(header, Kind.AMOUNT);
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE);
    }

    public static Column dateTime(String header) {
        return new Column(header, Kind.DATE_TIME);
    }

    public static Column yesNo(String header) {
        return new Column(header, Kind.YES_NO);
    }

    /** Adds a row: one value (or null) per column, of the column's kind. */
    public Table row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    name + ": " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Kind kind = columns.get(i).kind();
            if (values[i] != null && !kind.type.isInstance(values[i])) {
                throw new IllegalArgumentException(
                        name + ": column " + columns.get(i).header() + " holds " + kind + ", not "
                                + values[i].getClass().getSimpleName());
            }
        }
        rows.add(Arrays.asList(values));
        return this;
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The rows as added; a value may be null (an empty cell). */
    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }
}
