package dk.kl.partnerships.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ResponseEntity;

class ExportsTests {

    private final Exports exports =
            new Exports(messages(), Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneId.of("Europe/Copenhagen")));

    private final Table table = Table.of(
                    "fakturaer",
                    Table.text("export.column.municipality"),
                    Table.date("export.column.issuedOn"),
                    Table.dateTime("export.column.registeredAt"),
                    Table.amount("export.column.gross"),
                    Table.integer("export.column.participants"),
                    Table.yesNo("export.column.late"))
            .row(
                    "Ærø; \"Øst\"",
                    LocalDate.of(2027, 2, 28),
                    LocalDateTime.of(2027, 2, 28, 9, 30),
                    new BigDecimal("137500.5"),
                    5,
                    true)
            .row("=HYPERLINK(\"http://x\")", null, null, null, null, false);

    @Test
    void csvOpensInDanishExcelWithItsHeadersNumbersAndDates() throws IOException {
        byte[] csv = exports.csv(table);

        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Kommune;Udstedt;Registreret;Beløb inkl. moms;Antal deltagere;Efter fristen\r\n");
        List<CSVRecord> records = read(csv);
        assertThat(records.get(1).values())
                .containsExactly("Ærø; \"Øst\"", "28-02-2027", "28-02-2027 09:30", "137500,50", "5", "Ja");
        assertThat(records.get(2).get(0)).as("a name never runs as a formula").isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(records.get(2).get(1)).isEmpty();
    }

    @Test
    void xlsxHoldsRealDatesAndNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(table)))) {
            Sheet sheet = workbook.getSheet("fakturaer");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Beløb inkl. moms");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Ærø; \"Øst\"");
            Cell issued = row.getCell(1);
            assertThat(issued.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(issued)).isTrue();
            assertThat(issued.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
            assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2027, 2, 28, 9, 30));
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(137500.5);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(5);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Ja");
            assertThat(sheet.getRow(2).getCell(0).getCellType())
                    .as("text stays text")
                    .isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void downloadIsNamedAfterTheListAndTheDay() {
        ResponseEntity<byte[]> download = exports.download(table, Exports.Format.XLSX);

        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("fakturaer-2027-03-01.xlsx");
        assertThat(download.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(exports.download(table, Exports.Format.CSV)
                        .getHeaders()
                        .getContentType()
                        .toString())
                .isEqualTo("text/csv;charset=UTF-8");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWhenTheTableIsBuilt() {
        Table dates = Table.of("x", Table.date("export.column.issuedOn"));

        assertThatThrownBy(() -> dates.row("2027-02-28")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dates.row(LocalDate.now(), LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<CSVRecord> read(byte[] csv) throws IOException {
        try (Reader reader =
                new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.EXCEL
                    .builder()
                    .setDelimiter(';')
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
