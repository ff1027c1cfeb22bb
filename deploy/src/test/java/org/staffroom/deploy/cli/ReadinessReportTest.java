package org.staffroom.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessReportTest {

    @Test
    void anApplicationThatAnswers200IsReady() {
        ReadinessReport report = ReadinessReport.of(200, "{\"components\":{\"readModels\":{\"status\":\"UP\"}},"
                + "\"status\":\"UP\"}");

        assertThat(report.ready()).isTrue();
        assertThat(report.words()).isEqualTo("ready");
    }

    @Test
    void anApplicationThatIsNotReadyNamesWhatItWaitsFor() {
        ReadinessReport report = ReadinessReport.of(503, "{\"components\":{"
                + "\"accessProjection\":{\"status\":\"OUT_OF_SERVICE\"},"
                + "\"readModels\":{\"status\":\"DOWN\",\"details\":{\"segments\":[]}},"
                + "\"readinessState\":{\"status\":\"UP\"}},\"status\":\"OUT_OF_SERVICE\"}");

        assertThat(report.ready()).isFalse();
        assertThat(report.words()).isEqualTo("not ready: catching up with the topics, rebuilding read models");
    }

    @Test
    void aComponentItDoesNotKnowIsNamedAsItIs() {
        ReadinessReport report = ReadinessReport.of(503, "{\"components\":{\"mongo\":{\"status\":\"DOWN\"}},"
                + "\"status\":\"DOWN\"}");

        assertThat(report.words()).isEqualTo("not ready: mongo");
    }

    @Test
    void aRefusalWithoutComponentsGivesItsStatus() {
        ReadinessReport report = ReadinessReport.of(503, "{\"status\":\"OUT_OF_SERVICE\"}");

        assertThat(report.ready()).isFalse();
        assertThat(report.words()).isEqualTo("not ready (503)");
    }
}
