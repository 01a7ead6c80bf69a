package vn.phananh.search.accountability;

/**
 * How one unit answered its citizens in a period: received, answered, answered by the deadline
 * (and the share of answers that were on time), the median minutes to the first answer, and
 * how many are past their deadline without an answer right now; how many answers citizens rated
 * and the share of those that satisfied them.
 */
public record UnitRecord(String unitCode, long received, long answered, long answeredOnTime,
        Double onTimePercent, Double medianMinutesToFirstAnswer, long overdueNow, long rated, long satisfied,
        Double satisfiedPercent) {
}
