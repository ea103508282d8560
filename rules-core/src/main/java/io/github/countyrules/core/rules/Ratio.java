package io.github.countyrules.core.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number: shares, ratios and growth factors are compared with it, never with
 * binary floating point, so "三分之二以上" is {@code 3 × count ≥ 2 × total} and 45.09 against 50.1 is
 * exactly a 10 % decline.
 */
public final class Ratio implements Comparable<Ratio> {
    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

    /** Exponents beyond this are refused: no policy quantity needs them, and they cost memory. */
    private static final int MAX_SCALE = 100;

    private final BigInteger num;
    private final BigInteger den;

    private Ratio(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        this.num = num;
        this.den = den;
    }

    public static Ratio of(long num, long den) {
        return new Ratio(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    public static Ratio of(BigDecimal d) {
        Objects.requireNonNull(d);
        if (Math.abs((long) d.scale()) > MAX_SCALE || d.precision() - (long) d.scale() > MAX_SCALE) {
            // 1e999999999 would build a billion-digit integer
            throw new NumberFormatException("number out of range: " + d.precision() + " digits, scale " + d.scale());
        }
        if (d.scale() <= 0) {
            return new Ratio(d.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Ratio(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    public static Ratio of(BigDecimal num, BigDecimal den) {
        return of(num).divide(of(den));
    }

    /**
     * Parses "2/3", "0.8" or "80%".
     *
     * @throws NumberFormatException when the text is none of these
     */
    public static Ratio parse(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            return of(new BigDecimal(t.substring(0, t.length() - 1).strip())).divide(of(100, 1));
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            BigDecimal n = new BigDecimal(t.substring(0, slash).strip());
            BigDecimal d = new BigDecimal(t.substring(slash + 1).strip());
            if (d.signum() == 0) {
                throw new NumberFormatException("denominator is zero");
            }
            return of(n, d);
        }
        return of(new BigDecimal(t));
    }

    public Ratio plus(Ratio o) {
        return new Ratio(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Ratio minus(Ratio o) {
        return new Ratio(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    public Ratio times(Ratio o) {
        return new Ratio(num.multiply(o.num), den.multiply(o.den));
    }

    public Ratio divide(Ratio o) {
        return new Ratio(num.multiply(o.den), den.multiply(o.num));
    }

    public Ratio pow(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative exponent");
        }
        return new Ratio(num.pow(n), den.pow(n));
    }

    public boolean isAtLeast(Ratio o) {
        return compareTo(o) >= 0;
    }

    public boolean isBelow(Ratio o) {
        return compareTo(o) < 0;
    }

    public int signum() {
        return num.signum();
    }

    @Override
    public int compareTo(Ratio o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** Decimal text with up to {@code digits} places, for messages only. */
    public String toDecimalString(int digits) {
        return new BigDecimal(num).divide(new BigDecimal(den), digits, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    /** As a percentage text with up to two places ("66.67%"), for messages only. */
    public String toPercentString() {
        return times(of(100, 1)).toDecimalString(2) + "%";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return Objects.hash(num, den);
    }

    /** "2/3", or "1/10"; an integer prints without denominator. */
    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
