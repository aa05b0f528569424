package tw.ourdata.estate.institutions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.Fraction;
import tw.ourdata.estate.institutions.InstitutionAnswer.AssetKind;
import tw.ourdata.estate.institutions.InstitutionAnswer.LiabilityKind;
import tw.ourdata.estate.institutions.InstitutionAnswer.Outcome;

/**
 * Checks an institution's answer field by field and names every problem at once, by its JSON path
 * ({@code assets[2].share}), so the institution can correct it in one go. Plain Java.
 */
public final class AnswerValidator {

    static final int MAX_LINES = 2000;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_IDENTIFIER = 200;
    static final int MAX_VALUATION_BASIS = 300;
    /** NT$ one quadrillion: far above any real estate, low enough that sums never overflow a long. */
    static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    /** The outcome: either an answer, or the problems. */
    public record Result(InstitutionAnswer answer, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Result validate(AnswerRequest request) {
        List<FieldProblem> p = new ArrayList<>();
        if (request == null) {
            p.add(new FieldProblem("", "an answer is required"));
            return new Result(null, p);
        }
        Outcome outcome = null;
        if (isBlank(request.status())) {
            p.add(new FieldProblem("status", "is required: FOUND or NONE"));
        } else {
            try {
                outcome = Outcome.valueOf(request.status());
            } catch (IllegalArgumentException e) {
                p.add(new FieldProblem("status", "unknown status '" + request.status() + "': FOUND or NONE"));
            }
        }
        List<AnswerRequest.Asset> assets = request.assets() == null ? List.of() : request.assets();
        List<AnswerRequest.Liability> liabilities = request.liabilities() == null ? List.of() : request.liabilities();
        boolean nothingListed = assets.isEmpty() && liabilities.isEmpty();
        if (outcome == Outcome.FOUND && nothingListed) {
            p.add(new FieldProblem("status", "FOUND needs at least one asset or liability; answer NONE when there is nothing"));
        }
        if (assets.size() > MAX_LINES) {
            p.add(new FieldProblem("assets", "more than " + MAX_LINES + " entries"));
            assets = List.of();
        }
        if (liabilities.size() > MAX_LINES) {
            p.add(new FieldProblem("liabilities", "more than " + MAX_LINES + " entries"));
            liabilities = List.of();
        }
        if (outcome == Outcome.NONE && !assets.isEmpty()) {
            p.add(new FieldProblem("assets", "status NONE says nothing was found, yet assets are listed"));
        }
        if (outcome == Outcome.NONE && !liabilities.isEmpty()) {
            p.add(new FieldProblem("liabilities", "status NONE says nothing was found, yet liabilities are listed"));
        }

        List<InstitutionAnswer.ReportedAsset> reportedAssets = new ArrayList<>();
        for (int i = 0; i < assets.size(); i++) {
            String at = "assets[" + i + "]";
            AnswerRequest.Asset a = assets.get(i);
            if (a == null) {
                p.add(new FieldProblem(at, "is empty"));
                continue;
            }
            AssetKind kind = kind(p, at + ".kind", a.kind(), AssetKind.class);
            text(p, at + ".description", a.description(), true, MAX_DESCRIPTION);
            text(p, at + ".identifier", a.identifier(), false, MAX_IDENTIFIER);
            text(p, at + ".valuationBasis", a.valuationBasis(), true, MAX_VALUATION_BASIS);
            Long value = amount(p, at + ".value", a.value());
            Fraction share = share(p, at + ".share", a.share());
            if (kind != null && value != null && share != null && !isBlank(a.description()) && !isBlank(a.valuationBasis())) {
                reportedAssets.add(new InstitutionAnswer.ReportedAsset(kind, a.description().strip(), strip(a.identifier()),
                        a.valuationBasis().strip(), value, share));
            }
        }
        List<InstitutionAnswer.ReportedLiability> reportedLiabilities = new ArrayList<>();
        for (int i = 0; i < liabilities.size(); i++) {
            String at = "liabilities[" + i + "]";
            AnswerRequest.Liability l = liabilities.get(i);
            if (l == null) {
                p.add(new FieldProblem(at, "is empty"));
                continue;
            }
            LiabilityKind kind = kind(p, at + ".kind", l.kind(), LiabilityKind.class);
            text(p, at + ".description", l.description(), true, MAX_DESCRIPTION);
            Long amount = amount(p, at + ".amount", l.amount());
            if (kind != null && amount != null && !isBlank(l.description())) {
                reportedLiabilities.add(new InstitutionAnswer.ReportedLiability(kind, l.description().strip(), amount));
            }
        }
        if (!p.isEmpty()) {
            return new Result(null, p);
        }
        return new Result(new InstitutionAnswer(outcome, List.copyOf(reportedAssets), List.copyOf(reportedLiabilities)), List.of());
    }

    private static <E extends Enum<E>> E kind(List<FieldProblem> p, String at, String value, Class<E> kinds) {
        String allowed = Arrays.stream(kinds.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (isBlank(value)) {
            p.add(new FieldProblem(at, "is required: one of " + allowed));
            return null;
        }
        try {
            return Enum.valueOf(kinds, value);
        } catch (IllegalArgumentException e) {
            p.add(new FieldProblem(at, "unknown kind '" + value + "': one of " + allowed));
            return null;
        }
    }

    /** Whole NT$, not negative: 1234, never 1234.5 or "1234". */
    private static Long amount(List<FieldProblem> p, String at, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            p.add(new FieldProblem(at, "is required: whole NT$ at the date of death"));
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            p.add(new FieldProblem(at, "must be a whole number of NT$"));
            return null;
        }
        long amount = value.longValue();
        if (amount < 0) {
            p.add(new FieldProblem(at, "must not be negative"));
            return null;
        }
        if (amount > MAX_AMOUNT) {
            p.add(new FieldProblem(at, "is implausibly large"));
            return null;
        }
        return amount;
    }

    /** The decedent's share of the asset: absent means the whole asset (1); otherwise a fraction in (0, 1]. */
    private static Fraction share(List<FieldProblem> p, String at, String value) {
        if (value == null) {
            return Fraction.ONE;
        }
        if (value.length() > 40) {
            p.add(new FieldProblem(at, "must be a fraction such as 1/2"));
            return null;
        }
        Fraction share;
        try {
            share = Fraction.parse(value);
        } catch (NumberFormatException | ArithmeticException e) {
            p.add(new FieldProblem(at, "must be a fraction such as 1/2"));
            return null;
        }
        if (share.signum() <= 0 || share.compareTo(Fraction.ONE) > 0) {
            p.add(new FieldProblem(at, "must be more than 0 and at most 1"));
            return null;
        }
        return share;
    }

    private static void text(List<FieldProblem> p, String at, String value, boolean required, int max) {
        if (isBlank(value)) {
            if (required) {
                p.add(new FieldProblem(at, "is required"));
            }
        } else if (value.strip().length() > max) {
            p.add(new FieldProblem(at, "is longer than " + max + " characters"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
