package vn.phananh.bench.faults;

/** A fault drill: what it does to the running pipeline while the {@link Drill} keeps the load on. */
public interface FaultScenario {

    /** The name {@code ./pipeline faults <name>} runs it by. */
    String name();

    /** One line: the fault and how it ends. */
    String description();

    /** Injects the fault into the drill's pipeline, ends it, and answers the drill's verdict. */
    Verdict run(Drill drill);
}
