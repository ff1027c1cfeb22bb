package org.staffroom.system;

import java.util.ArrayList;
import java.util.List;

import org.staffroom.testing.ApiClient;
import org.staffroom.testing.DemoUser;

import tools.jackson.databind.JsonNode;

/** The local GreenMail server's inboxes, read through its REST API. */
final class Mailbox {

    private static final ApiClient MAIL_API = new ApiClient("http://127.0.0.1:8025");

    /** One received email: its subject and Message-ID. */
    record Email(String subject, String messageId) {
    }

    private Mailbox() {
    }

    static List<Email> of(DemoUser user) {
        ApiClient.Response inbox = MAIL_API.get("/api/user/" + user.email() + "/messages/INBOX", null);
        List<Email> emails = new ArrayList<>();
        if (inbox.status() != 200) {
            return emails;
        }
        for (JsonNode message : inbox.json()) {
            emails.add(new Email(message.path("subject").asText(), message.path("Message-ID").asText()));
        }
        return emails;
    }

    /** The emails of the user whose subject contains the text. */
    static List<Email> about(DemoUser user, String text) {
        return of(user).stream().filter(email -> email.subject().contains(text)).toList();
    }
}
