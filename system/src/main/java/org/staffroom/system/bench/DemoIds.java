package org.staffroom.system.bench;

/** The ids of the demo realm's users that the benchmark acts as or about. */
final class DemoIds {

    static final String OLIVIA = "00000000-0000-4000-8000-000000000001";
    static final String MARK = "00000000-0000-4000-8000-000000000002";
    static final String ERIN = "00000000-0000-4000-8000-000000000003";
    static final String ETHAN = "00000000-0000-4000-8000-000000000004";
    static final String SAM = "00000000-0000-4000-8000-000000000005";
    static final String NOAH = "00000000-0000-4000-8000-000000000008";

    private DemoIds() {
    }
}
