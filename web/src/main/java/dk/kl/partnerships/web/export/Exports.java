package dk.kl.partnerships.web.export;

import dk.kl.partnerships.web.api.ApiProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Lists as files people open in Excel and hand on, with Danish headers:
 *
 * <ul>
 *   <li><b>CSV</b> as Danish Excel reads it on a double click: UTF-8 with a byte order mark (without
 *       it Excel assumes the Windows code page and breaks æ, ø and å), {@code ;} between fields (the
 *       list separator where the decimal separator is a comma), decimal commas without thousands
 *       separators ({@code 1234,50}), dates as {@code dd-mm-åååå}, CRLF line ends, and text that
 *       would start a formula ({@code = + - @}) quoted with an apostrophe so a name can never run as
 *       one.
 *   <li><b>XLSX</b> (Apache POI) with real types: dates are date cells in the reader's own date
 *       format, amounts numbers with two decimals, counts whole numbers; the header row is bold, frozen
 *       and filterable.
 * </ul>
 */
@Component
public class Exports {

    public enum Format {
        CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
        XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        private final String extension;
        private final MediaType mediaType;

        Format(String extension, MediaType mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** The format of a file name's extension ({@code csv}, {@code xlsx}); null for any other. */
        public static Format of(String extension) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(extension)) {
                    return format;
                }
            }
            return null;
        }
    }

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat DANISH_EXCEL = CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final int MAX_COLUMN_WIDTH = 60;

    private final MessageSource messages;
    private final Clock clock;

    Exports(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The format a download's extension asks for; an unknown one is a page that does not exist. */
    public static Format format(String extension) {
        Format format = Format.of(extension);
        if (format == null) {
            throw ApiProblem.notFound("No export format " + extension);
        }
        return format;
    }

    /** The table as a download: {@code <name>-<today>.<csv|xlsx>}. */
    public ResponseEntity<byte[]> download(Table table, Format format) {
        byte[] content = format == Format.CSV ? csv(table) : xlsx(table);
        String file = table.name() + "-" + LocalDate.now(clock) + "." + format.extension;
        return ResponseEntity.ok()
                .contentType(format.mediaType)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    byte[] csv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BYTE_ORDER_MARK);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, DANISH_EXCEL)) {
            csv.printRecord(headers(table));
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    cells.add(csvCell(table.columns().get(i).kind(), row.get(i)));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String csvCell(Table.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> neverAFormula((String) value);
            case INTEGER -> value.toString();
            case AMOUNT ->
                ((BigDecimal) value)
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
            case DATE -> CSV_DATE.format((LocalDate) value);
            case DATE_TIME -> CSV_DATE_TIME.format((LocalDateTime) value);
            case YES_NO -> yesNo((Boolean) value);
        };
    }

    /** Text a spreadsheet would take for a formula is kept as text (OWASP's advice against CSV injection). */
    static String neverAFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            // the built-in short date: Excel shows it in the reader's own format (dd-mm-åååå in Danish)
            date.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy hh:mm"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat((short) BuiltinFormats.getBuiltinFormat("#,##0.00"));
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat((short) BuiltinFormats.getBuiltinFormat("0"));

            List<String> headers = headers(table);
            int[] widths = new int[headers.size()];
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
                widths[i] = headers.get(i).length();
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    switch (table.columns().get(i).kind()) {
                        case TEXT -> cell.setCellValue((String) value);
                        case INTEGER -> {
                            cell.setCellValue((Integer) value);
                            cell.setCellStyle(integer);
                        }
                        case AMOUNT -> {
                            cell.setCellValue(((BigDecimal) value).doubleValue());
                            cell.setCellStyle(amount);
                        }
                        case DATE -> {
                            cell.setCellValue((LocalDate) value);
                            cell.setCellStyle(date);
                        }
                        case DATE_TIME -> {
                            cell.setCellValue((LocalDateTime) value);
                            cell.setCellStyle(dateTime);
                        }
                        case YES_NO -> cell.setCellValue(yesNo((Boolean) value));
                    }
                    widths[i] = Math.max(
                            widths[i], displayLength(table.columns().get(i).kind(), value));
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_COLUMN_WIDTH) + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!headers.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, headers.size() - 1));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int displayLength(Table.Kind kind, Object value) {
        return switch (kind) {
            case DATE -> 10;
            case DATE_TIME -> 16;
            default -> value.toString().length();
        };
    }

    private List<String> headers(Table table) {
        return table.columns().stream()
                .map(column -> messages.getMessage(column.header(), null, DANISH))
                .toList();
    }

    private String yesNo(Boolean value) {
        return messages.getMessage(value ? "export.yes" : "export.no", null, DANISH);
    }
}
