package dk.kl.partnerships.web.kl.programmes;

import static dk.kl.partnerships.web.support.FormText.blankToNull;
import static dk.kl.partnerships.web.support.FormText.strip;

import dk.kl.partnerships.web.api.registration.RegistrationApi.Instalment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.NetworkSize;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.api.registration.RegistrationApi.ProgrammeTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/**
 * A programme's terms as KL enters them: the fields mirror the API's request (so its refusals land
 * on them), except that focus areas are one per line and instalment shares are percentages. Empty
 * instalment rows are left out; no rows at all is the default plan of the programme's kind.
 */
public class ProgrammeForm {

    static final int INSTALMENT_ROWS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One instalment: months after joining, and its share of the price in per cent. */
    public static class InstalmentRow {

        private Integer dueOffsetMonths;

        @NumberFormat(pattern = "#,##0.##")
        private BigDecimal share;

        public Integer getDueOffsetMonths() {
            return dueOffsetMonths;
        }

        public void setDueOffsetMonths(Integer dueOffsetMonths) {
            this.dueOffsetMonths = dueOffsetMonths;
        }

        public BigDecimal getShare() {
            return share;
        }

        public void setShare(BigDecimal share) {
            this.share = share;
        }

        boolean isEmpty() {
            return dueOffsetMonths == null && share == null;
        }
    }

    private String kind;
    private String title;
    private String theme;
    private String frameworkKey;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @NumberFormat(pattern = "#,##0.00")
    private BigDecimal price;

    @NumberFormat(pattern = "#,##0.##")
    private BigDecimal vatRate = new BigDecimal("25");

    private List<InstalmentRow> instalments = emptyRows();
    private String focusAreas;
    private Integer maxParticipants = 5;
    private Integer maxPoliticians = 2;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate interestDeadline;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvalDeadline;

    private SizeBounds networkSize = new SizeBounds();

    /** How many municipalities a network of the programme may have. */
    public static class SizeBounds {

        private Integer min = 4;
        private Integer max = 10;

        public Integer getMin() {
            return min;
        }

        public void setMin(Integer min) {
            this.min = min;
        }

        public Integer getMax() {
            return max;
        }

        public void setMax(Integer max) {
            this.max = max;
        }
    }

    static ProgrammeForm of(Programme programme) {
        ProgrammeForm form = new ProgrammeForm();
        form.kind = programme.kind();
        form.title = programme.title();
        form.theme = programme.theme();
        form.frameworkKey = programme.frameworkKey();
        form.startsOn = programme.startsOn();
        form.endsOn = programme.endsOn();
        form.price = programme.price();
        form.vatRate = programme.vatRate();
        for (int i = 0; i < programme.instalments().size() && i < INSTALMENT_ROWS; i++) {
            Instalment instalment = programme.instalments().get(i);
            form.instalments.get(i).dueOffsetMonths = instalment.dueOffsetMonths();
            form.instalments.get(i).share = instalment.share().multiply(HUNDRED).stripTrailingZeros();
        }
        form.focusAreas = String.join("\n", programme.focusAreas());
        form.maxParticipants = programme.maxParticipants();
        form.maxPoliticians = programme.maxPoliticians();
        form.interestDeadline = programme.interestDeadline();
        form.approvalDeadline = programme.approvalDeadline();
        if (programme.networkSize() != null) {
            form.networkSize.min = programme.networkSize().min();
            form.networkSize.max = programme.networkSize().max();
        }
        return form;
    }

    ProgrammeTerms terms() {
        List<Instalment> plan = instalments.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new Instalment(
                        row.dueOffsetMonths == null ? 0 : row.dueOffsetMonths,
                        row.share == null ? null : row.share.movePointLeft(2)))
                .toList();
        return new ProgrammeTerms(
                blankToNull(kind),
                strip(title),
                blankToNull(strip(theme)),
                startsOn,
                endsOn,
                price,
                vatRate,
                plan.isEmpty() ? null : plan,
                focusAreaList(),
                maxParticipants,
                maxPoliticians,
                interestDeadline,
                approvalDeadline,
                networkSize.min == null && networkSize.max == null
                        ? null
                        : new NetworkSize(networkSize.min, networkSize.max),
                blankToNull(frameworkKey));
    }

    /** One focus area per line, blank lines left out. */
    List<String> focusAreaList() {
        return focusAreas == null
                ? List.of()
                : Arrays.stream(focusAreas.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    private static List<InstalmentRow> emptyRows() {
        List<InstalmentRow> rows = new ArrayList<>();
        for (int i = 0; i < INSTALMENT_ROWS; i++) {
            rows.add(new InstalmentRow());
        }
        return rows;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFrameworkKey() {
        return frameworkKey;
    }

    public void setFrameworkKey(String frameworkKey) {
        this.frameworkKey = frameworkKey;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public void setVatRate(BigDecimal vatRate) {
        this.vatRate = vatRate;
    }

    public List<InstalmentRow> getInstalments() {
        return instalments;
    }

    public void setInstalments(List<InstalmentRow> instalments) {
        this.instalments = instalments;
    }

    public String getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(String focusAreas) {
        this.focusAreas = focusAreas;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public Integer getMaxPoliticians() {
        return maxPoliticians;
    }

    public void setMaxPoliticians(Integer maxPoliticians) {
        this.maxPoliticians = maxPoliticians;
    }

    public LocalDate getInterestDeadline() {
        return interestDeadline;
    }

    public void setInterestDeadline(LocalDate interestDeadline) {
        this.interestDeadline = interestDeadline;
    }

    public LocalDate getApprovalDeadline() {
        return approvalDeadline;
    }

    public void setApprovalDeadline(LocalDate approvalDeadline) {
        this.approvalDeadline = approvalDeadline;
    }

    public SizeBounds getNetworkSize() {
        return networkSize;
    }

    public void setNetworkSize(SizeBounds networkSize) {
        this.networkSize = networkSize;
    }
}
