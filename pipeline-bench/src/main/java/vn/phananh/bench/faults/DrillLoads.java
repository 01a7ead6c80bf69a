package vn.phananh.bench.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.phananh.bench.Load;
import vn.phananh.bench.running.LoadGenerator.AcceptedMessage;

/** The loads of one drill, the steady one first and any burst after: what they sent, had accepted, had refused. */
final class DrillLoads {

    private final List<Load> loads = new CopyOnWriteArrayList<>();

    Load add(Load load) {
        loads.add(load);
        return load;
    }

    String firstRunId() {
        return loads.getFirst().runId();
    }

    /** Stops every load; returns once their requests in flight are answered. */
    void stopAll() {
        loads.forEach(Load::stop);
    }

    /** Every message accepted so far, by any of the loads. */
    List<AcceptedMessage> accepted() {
        List<AcceptedMessage> all = new ArrayList<>();
        loads.forEach(l -> all.addAll(l.accepted()));
        return all;
    }

    long sent() {
        return loads.stream().mapToLong(Load::sent).sum();
    }

    /** Refused messages by HTTP status and problem title, over all loads. */
    Map<String, Long> refusals() {
        Map<String, Long> refusals = new TreeMap<>();
        loads.forEach(l -> l.refusals().forEach((reason, n) -> refusals.merge(reason, n, Long::sum)));
        return refusals;
    }
}
