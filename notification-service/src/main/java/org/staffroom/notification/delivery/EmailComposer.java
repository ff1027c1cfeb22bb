package org.staffroom.notification.delivery;

import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the emails: a plain-text and an HTML part that name the work area and what happened in it, and link
 * to it. Every value from users is escaped in the HTML part. The Message-ID is derived from the delivery, so
 * a mail client can tell a repeated email from a new one.
 */
public class EmailComposer {

    public static final String DELIVERY_HEADER = "X-Staffroom-Delivery";

    private static final String UTF_8 = "UTF-8";

    private final Session session;
    private final String from;
    private final String linkBase;

    public EmailComposer(Session session, String from, String linkBase) {
        this.session = session;
        this.from = from;
        this.linkBase = linkBase;
    }

    public MimeMessage notice(Delivery delivery, String to) throws MessagingException {
        String area = areaName(delivery);
        String subject = "[Staffroom] " + delivery.kind().heading() + " in " + area + ": " + delivery.subject();
        String link = link(delivery);
        String text = "Someone " + delivery.kind().verb() + " \"" + delivery.subject() + "\" in " + area + ".\n\n"
                + "Read it: " + link + "\n\n" + footer();
        String html = "<p>Someone " + delivery.kind().verb() + " <strong>" + escape(delivery.subject())
                + "</strong> in <strong>" + escape(area) + "</strong>.</p>"
                + "<p><a href=\"" + escape(link) + "\">Read it in Staffroom</a></p>"
                + "<p style=\"color:#666\">" + escape(footer()) + "</p>";
        return message(delivery.id(), to, subject, text, html);
    }

    public MimeMessage digest(String digestId, List<Delivery> deliveries, String to) throws MessagingException {
        StringBuilder text = new StringBuilder("What happened in your work areas since the last digest:\n\n");
        StringBuilder html = new StringBuilder("<p>What happened in your work areas since the last digest:</p><ul>");
        for (Delivery delivery : deliveries) {
            String area = areaName(delivery);
            text.append("- ").append(delivery.kind().heading()).append(" in ").append(area).append(": ")
                    .append(delivery.subject()).append("\n  ").append(link(delivery)).append('\n');
            html.append("<li>").append(escape(delivery.kind().heading())).append(" in <strong>").append(escape(area))
                    .append("</strong>: <a href=\"").append(escape(link(delivery))).append("\">")
                    .append(escape(delivery.subject())).append("</a></li>");
        }
        text.append('\n').append(footer());
        html.append("</ul><p style=\"color:#666\">").append(escape(footer())).append("</p>");
        String subject = "[Staffroom] Your daily digest: " + deliveries.size() + " new in your work areas";
        return message(digestId, to, subject, text.toString(), html.toString());
    }

    private MimeMessage message(String id, String to, String subject, String text, String html)
            throws MessagingException {
        MimeMessage message = new StableIdMessage(session, messageId(id));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, UTF_8);
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(text, "plain"));
        alternatives.addBodyPart(part(html, "html"));
        message.setContent(alternatives);
        message.setHeader(DELIVERY_HEADER, id);
        return message;
    }

    /**
     * One part of the alternatives, built directly: Spring's message helper would build a new MIME type map,
     * reading every jar of the class path, for each message.
     */
    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }

    /** A Message-ID's left part may not hold a colon, which the delivery id uses to join its two ids. */
    static String messageId(String deliveryId) {
        return "<" + deliveryId.replace(':', '.') + "@notifications.staffroom>";
    }

    private String link(Delivery delivery) {
        return linkBase + "/api/work-areas/" + delivery.workAreaId() + "/" + delivery.kind().path() + "/"
                + delivery.subjectId();
    }

    private static String areaName(Delivery delivery) {
        return delivery.workAreaName() == null ? "your work area" : delivery.workAreaName();
    }

    private static String footer() {
        return "You receive this because you take part in this work area. Choose how often you hear from "
                + "Staffroom in your notification preferences.";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    /** Keeps the Message-ID it was given instead of the random one JavaMail sets on save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
