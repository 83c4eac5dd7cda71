// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

/**
 * What the command line's CPython options ask for ({@code -X}, {@code -I}, {@code -E}, {@code -s}, {@code -S},
 * {@code -P}, {@code -B}, {@code -q}, {@code -b}): {@code sys.flags}, {@code sys._xoptions}, and whether the
 * PYTHON* environment variables are read. Set once, before sys is made; read only after.
 */
final class CommandFlags {
    boolean isolated;
    /** {@code -O} (1: assert statements skipped, {@code __debug__} False) or {@code -OO} (2: docstrings dropped too). */
    int optimize;
    boolean ignoreEnvironment;
    boolean noUserSite;
    boolean noSite;
    boolean safePath;
    boolean dontWriteBytecode;
    boolean quiet;
    int bytesWarning;
    boolean devMode;
    int utf8Mode;
    int warnDefaultEncoding;
    /**
     * {@code -X no_debug_ranges} or PYTHONNODEBUGRANGES: tracebacks keep no columns (no carets, {@code colno} None),
     * as CPython's code objects then keep none.
     */
    boolean noDebugRanges;
    /** {@code -X int_max_str_digits=N}, or -1 when not given, or {@link #INVALID} when not a number. */
    int intMaxStrDigits = -1;
    static final int INVALID = Integer.MIN_VALUE;
    /** {@code sys._xoptions}: each {@code -X name=value} as name to value, {@code -X name} as name to TRUE. */
    final java.util.LinkedHashMap<String, Object> xOptions = new java.util.LinkedHashMap<>();

    /** Takes the options the command line gave ({@code seen}: the option words as written). */
    void apply(Main m, java.util.List<String> seen) {
        for (String x : m.xOptions) {
            int eq = x.indexOf('=');
            String name = eq < 0 ? x : x.substring(0, eq);
            Object value = eq < 0 ? Boolean.TRUE : x.substring(eq + 1);
            xOptions.put(name, value);
            switch (name) {
                case "dev":
                    devMode = true;
                    break;
                case "utf8":
                    utf8Mode = eq < 0 || !x.substring(eq + 1).equals("0") ? 1 : 0;
                    break;
                case "warn_default_encoding":
                    warnDefaultEncoding = 1;
                    break;
                case "int_max_str_digits":
                    try {
                        intMaxStrDigits = Integer.parseInt((String) value);
                    } catch (NumberFormatException | ClassCastException e) {
                        intMaxStrDigits = INVALID; // Main reports it as CPython does, for any bad limit
                    }
                    break;
                default:
            }
        }
        isolated = m.isolated;
        ignoreEnvironment = m.ignoreEnvironment || isolated;
        String ranges = ignoreEnvironment ? null : System.getenv("PYTHONNODEBUGRANGES");
        noDebugRanges = xOptions.containsKey("no_debug_ranges") || ranges != null && !ranges.isEmpty();
        noUserSite = isolated || has(seen, 's');
        safePath = isolated || has(seen, 'P');
        noSite = has(seen, 'S');
        dontWriteBytecode = has(seen, 'B');
        quiet = has(seen, 'q');
        bytesWarning = m.bytesWarning.length;
        optimize = Math.min(m.optimize.length, 2);
    }

    /** Whether the short flag {@code c} was given, alone or among others ({@code -Is}). */
    private static boolean has(java.util.List<String> seen, char c) {
        for (String a : seen) {
            if (a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-' && a.indexOf(c, 1) > 0
                    && a.chars().skip(1).allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** {@code sys.flags}' values, in CPython 3.13's order (debug ... int_max_str_digits). */
    Object[] values(int maxStrDigits) {
        return new Object[] {0, 0, 0, optimize, dontWriteBytecode ? 1 : 0, noUserSite ? 1 : 0, noSite ? 1 : 0,
            ignoreEnvironment ? 1 : 0, 0, bytesWarning, quiet ? 1 : 0, 1, isolated ? 1 : 0, devMode, utf8Mode,
            warnDefaultEncoding, safePath, maxStrDigits};
    }
}
