package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The estate-tax return is due within six months of the death (Art. 23); one extension of up to
 * three months may be granted on a written request made before the deadline (Art. 26). A
 * reminder goes out one month before whichever deadline is in force.
 */
public record FilingDeadline(LocalDate dateOfDeath, LocalDate extendedTo) {

    public static final int MONTHS = 6;
    public static final int MAX_EXTENSION_MONTHS = 3;

    public static FilingDeadline forDeathOn(LocalDate dateOfDeath) {
        return new FilingDeadline(dateOfDeath, null);
    }

    public LocalDate statutory() {
        return dateOfDeath.plusMonths(MONTHS);
    }

    public LocalDate inForce() {
        return extendedTo != null ? extendedTo : statutory();
    }

    public LocalDate reminderOn() {
        return inForce().minusMonths(1);
    }

    /**
     * The deadline after an officer grants an extension requested on {@code requestedOn}, or why
     * it cannot be granted.
     */
    public Result extend(LocalDate requestedOn, LocalDate newDeadline) {
        if (extendedTo != null) {
            return Result.refused("the filing deadline was already extended once (Art. 26 allows one extension)");
        }
        if (requestedOn.isAfter(statutory())) {
            return Result.refused("an extension must be requested before the deadline of " + statutory());
        }
        if (!newDeadline.isAfter(statutory())) {
            return Result.refused("the new deadline must be after " + statutory());
        }
        if (newDeadline.isAfter(statutory().plusMonths(MAX_EXTENSION_MONTHS))) {
            return Result.refused("an extension is at most three months, to " + statutory().plusMonths(MAX_EXTENSION_MONTHS));
        }
        return new Result(Optional.of(new FilingDeadline(dateOfDeath, newDeadline)), null);
    }

    public record Result(Optional<FilingDeadline> extended, String refusal) {
        static Result refused(String why) {
            return new Result(Optional.empty(), why);
        }
    }
}
