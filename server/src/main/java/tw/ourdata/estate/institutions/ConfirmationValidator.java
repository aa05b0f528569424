package tw.ourdata.estate.institutions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.Fraction;

/**
 * Checks an institution's transfer confirmation field by field and names every problem at once,
 * by its JSON path ({@code assets[0].newOwners[1].share}). Plain Java.
 */
final class ConfirmationValidator {

    enum Outcome { TRANSFERRED, REJECTED }

    static final int MAX_ASSETS = 2000;
    static final int MAX_OWNERS = 100;
    static final int MAX_REFERENCE = 200;
    static final int MAX_REASON = 1000;
    static final int MAX_NAME = 200;

    /** A valid confirmation, normalised: trimmed texts, the date as given in ISO form, reduced fractions. */
    record Confirmation(Outcome outcome, String transferredAt, String reference, String reason, List<Asset> assets) {
        record Asset(String assetId, List<Owner> newOwners) {
        }

        record Owner(String heirId, String name, String share) {
        }
    }

    record Result(Confirmation confirmation, List<FieldProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** @param instructedAssetIds the assetIds the transfer instruction listed: the only ones a confirmation may name */
    Result validate(ConfirmationRequest request, Set<String> instructedAssetIds) {
        List<FieldProblem> p = new ArrayList<>();
        if (request == null) {
            p.add(new FieldProblem("", "a confirmation is required"));
            return new Result(null, p);
        }
        Outcome outcome = null;
        if (blank(request.status())) {
            p.add(new FieldProblem("status", "is required: TRANSFERRED or REJECTED"));
        } else {
            try {
                outcome = Outcome.valueOf(request.status());
            } catch (IllegalArgumentException e) {
                p.add(new FieldProblem("status", "unknown status '" + request.status() + "': TRANSFERRED or REJECTED"));
            }
        }
        String transferredAt = null;
        List<ConfirmationRequest.Asset> assets = request.assets() == null ? List.of() : request.assets();
        if (outcome == Outcome.TRANSFERRED) {
            transferredAt = date(p, "transferredAt", request.transferredAt());
            text(p, "reference", request.reference(), true, MAX_REFERENCE);
        } else if (outcome == Outcome.REJECTED) {
            text(p, "reason", request.reason(), true, MAX_REASON);
            if (!assets.isEmpty()) {
                p.add(new FieldProblem("assets", "a rejection transfers nothing, yet assets are listed"));
            }
        }
        if (assets.size() > MAX_ASSETS) {
            p.add(new FieldProblem("assets", "more than " + MAX_ASSETS + " entries"));
            assets = List.of();
        }
        List<Confirmation.Asset> confirmed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < assets.size(); i++) {
            String at = "assets[" + i + "]";
            ConfirmationRequest.Asset a = assets.get(i);
            if (a == null) {
                p.add(new FieldProblem(at, "is empty"));
                continue;
            }
            String assetId = strip(a.assetId());
            if (assetId == null) {
                p.add(new FieldProblem(at + ".assetId", "is required: an assetId of the instruction"));
            } else if (!instructedAssetIds.contains(assetId)) {
                p.add(new FieldProblem(at + ".assetId", "is not an asset of this transfer instruction"));
            } else if (!seen.add(assetId)) {
                p.add(new FieldProblem(at + ".assetId", "is listed twice"));
            }
            List<ConfirmationRequest.NewOwner> owners = a.newOwners() == null ? List.of() : a.newOwners();
            if (owners.size() > MAX_OWNERS) {
                p.add(new FieldProblem(at + ".newOwners", "more than " + MAX_OWNERS + " entries"));
                owners = List.of();
            }
            List<Confirmation.Owner> newOwners = new ArrayList<>();
            for (int j = 0; j < owners.size(); j++) {
                String ot = at + ".newOwners[" + j + "]";
                ConfirmationRequest.NewOwner o = owners.get(j);
                if (o == null) {
                    p.add(new FieldProblem(ot, "is empty"));
                    continue;
                }
                text(p, ot + ".name", o.name(), true, MAX_NAME);
                text(p, ot + ".heirId", o.heirId(), false, 36);
                Fraction share = share(p, ot + ".share", o.share());
                if (!blank(o.name()) && share != null) {
                    newOwners.add(new Confirmation.Owner(strip(o.heirId()), o.name().strip(), share.toString()));
                }
            }
            confirmed.add(new Confirmation.Asset(assetId, List.copyOf(newOwners)));
        }
        if (!p.isEmpty()) {
            return new Result(null, p);
        }
        return new Result(new Confirmation(outcome, transferredAt, outcome == Outcome.TRANSFERRED ? request.reference().strip() : null,
                outcome == Outcome.REJECTED ? request.reason().strip() : null, List.copyOf(confirmed)), List.of());
    }

    /** An ISO-8601 date-time with its offset, or a date: the same instant always reads the same. */
    private static String date(List<FieldProblem> p, String at, String value) {
        if (blank(value)) {
            p.add(new FieldProblem(at, "is required: when the transfer was registered (ISO-8601)"));
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant().toString();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(v).toString();
            } catch (DateTimeParseException notDate) {
                p.add(new FieldProblem(at, "must be an ISO-8601 date-time with offset (2026-11-27T10:15:00+08:00) or a date"));
                return null;
            }
        }
    }

    /** Absent: the whole asset (1); otherwise a fraction in (0, 1]. */
    private static Fraction share(List<FieldProblem> p, String at, String value) {
        if (value == null) {
            return Fraction.ONE;
        }
        try {
            Fraction share = value.length() > 40 ? null : Fraction.parse(value);
            if (share == null) {
                p.add(new FieldProblem(at, "must be a fraction such as 1/2"));
            } else if (share.signum() <= 0 || share.compareTo(Fraction.ONE) > 0) {
                p.add(new FieldProblem(at, "must be more than 0 and at most 1"));
                return null;
            }
            return share;
        } catch (NumberFormatException | ArithmeticException e) {
            p.add(new FieldProblem(at, "must be a fraction such as 1/2"));
            return null;
        }
    }

    private static void text(List<FieldProblem> p, String at, String value, boolean required, int max) {
        if (blank(value)) {
            if (required) {
                p.add(new FieldProblem(at, "is required"));
            }
        } else if (value.strip().length() > max) {
            p.add(new FieldProblem(at, "is longer than " + max + " characters"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
