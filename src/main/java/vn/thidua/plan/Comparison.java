package vn.thidua.plan;

/** How a target compares a value: "≥ 11,5", "< 6,1", "between 90 and 100". */
public enum Comparison {
    GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("="), BETWEEN("–");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
