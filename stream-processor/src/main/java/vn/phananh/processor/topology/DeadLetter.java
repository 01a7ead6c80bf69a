package vn.phananh.processor.topology;

/** A record that leaves the pipeline for the dead-letter topic, with the stage and the reason. */
record DeadLetter(SourceRecord source, String stage, String reason) {

    static final String STAGE_DECODE = "decode";
    static final String STAGE_VALIDATE = "validate";
    static final String STAGE_ENRICH = "enrich";
    static final String STAGE_STATUS = "status";
    static final String STAGE_LABELS = "labels";
    static final String STAGE_RATINGS = "ratings";
    static final String STAGE_CLUSTER = "cluster";
}
