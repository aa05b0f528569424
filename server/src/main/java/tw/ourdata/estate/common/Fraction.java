package tw.ourdata.estate.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, always reduced, with a positive denominator.
 *
 * <p>Statutory shares (應繼分) are fractions such as 1/3 or 1/6 that must add up to exactly
 * one; a {@code double} cannot represent 1/3, so shares are never floating point.
 * Immutable: every operation returns a new value.
 */
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(long integer) {
        return of(BigInteger.valueOf(integer), BigInteger.ONE);
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() == 0) {
            return ZERO;
        }
        return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
    }

    /**
     * Reads the form {@link #toString()} writes: {@code "1/2"}, {@code "0"}, {@code "1"},
     * {@code "-3/4"}. Whitespace around the parts is tolerated, nothing else.
     */
    public static Fraction parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length == 1) {
                return of(new BigInteger(parts[0].trim()), BigInteger.ONE);
            }
            if (parts.length == 2) {
                return of(new BigInteger(parts[0].trim()), new BigInteger(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the one message below
        }
        throw new NumberFormatException("not a fraction: \"" + text + "\"");
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    public Fraction add(Fraction other) {
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    public Fraction multiply(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction multiply(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Fraction divide(Fraction other) {
        if (other.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Fraction divide(long divisor) {
        return divide(of(divisor));
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public int signum() {
        return numerator.signum();
    }

    /**
     * This fraction of a whole-NT$ amount, rounded as the caller says. Rounding is explicit
     * because money is whole NT$ and the law leaves the remainder to the heirs: use
     * {@link #ofAmountRoundedDown(long)} for shares of money.
     *
     * @throws ArithmeticException with {@link RoundingMode#UNNECESSARY} when the result is
     *     not whole, or when it does not fit a {@code long}
     */
    public long multiply(long amount, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        BigInteger product = numerator.multiply(BigInteger.valueOf(amount));
        return new BigDecimal(product)
                .divide(new BigDecimal(denominator), 0, rounding)
                .longValueExact();
    }

    /**
     * This share of an amount of money, rounded DOWN to the whole NT$. A statutory share
     * of money never pays out more than the estate holds: each heir's part is rounded down,
     * so the parts never sum above the amount, and the caller decides where the few NT$ of
     * remainder go (usually by agreement in the partition).
     */
    public long ofAmountRoundedDown(long amount) {
        return multiply(amount, RoundingMode.FLOOR);
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@code "1/3"}; integers without a denominator: {@code "0"}, {@code "1"}. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
