package io.github.countyrules.core.rules;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule ids order naturally: digit runs as numbers of any length, the rest by character. */
class RuleIdsTest {
    @Test
    void digitRunsCompareAsNumbers() {
        assertTrue(RuleIds.compare("NX-C2a", "NX-C2b") < 0);
        assertTrue(RuleIds.compare("NX-C2b", "NX-C10") < 0);
        assertTrue(RuleIds.compare("NX-D1", "NX-D2") < 0);
        assertTrue(RuleIds.compare("GS-Q3", "GS-T1") < 0);
        assertEquals(0, RuleIds.compare("NX-C01", "NX-C1"));
        assertTrue(RuleIds.compare("X99999999999999999999999", "X100000000000000000000000") < 0);
        assertTrue(RuleIds.compare("NX-D", "NX-D1") < 0);
    }

    /** The reference: digit runs parsed as BigInteger, as the comparison once did. */
    private static int reference(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = new BigInteger(a.substring(si, i)).compareTo(new BigInteger(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    @Test
    void agreesWithParsingTheNumbersOnRandomIds() {
        Random r = new Random(42);
        String alphabet = "NXCDGS-0012345678900ab";
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(9); k >= 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            ids.add(b.toString());
        }
        for (String a : ids) {
            for (String b : ids) {
                assertEquals(Integer.signum(reference(a, b)), Integer.signum(RuleIds.compare(a, b)), a + " vs " + b);
            }
        }
    }
}
