package org.staffroom.system;

import org.staffroom.testing.DemoUser;

/**
 * The kinds of caller the rights matrix tries on every endpoint, each played by one demo user, in the order of
 * the matrix's columns. The roles they play depend on how {@link MatrixArea} sets an area up.
 */
enum Caller {
    LINE_MANAGER(DemoUser.MARK_MENTOR),
    MEMBER(DemoUser.ERIN_ECT),
    COLLABORATOR_VIEW(DemoUser.SAM_COACH),
    COLLABORATOR_MANAGE(DemoUser.ETHAN_ECT),
    UNRELATED_STAFF(DemoUser.NOAH_TEACHER),
    TRUST_ADMIN(DemoUser.OLIVIA_ADMIN),
    AUDITOR(DemoUser.ADA_AUDITOR),
    PLATFORM_OPERATOR(DemoUser.PAT_OPERATOR),
    OTHER_TRUST(DemoUser.ELI_TEACHER),
    NO_TOKEN(null);

    private final DemoUser user;

    Caller(DemoUser user) {
        this.user = user;
    }

    DemoUser user() {
        return user;
    }

    String token() {
        return user == null ? null : SystemPlatform.token(user);
    }
}
