package org.staffroom.notification.delivery;

import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One sender's connection to the mail server, kept open between emails: opening an SMTP session costs far
 * more than sending over one (about 50 ms against 2 ms per email, measured against the local server). It is
 * dropped after any failure and after a quiet spell, so a restarted or strict server only costs a reconnect.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Duration IDLE_LIMIT = Duration.ofSeconds(30);

    private final JavaMailSenderImpl settings;
    private Transport transport;
    private long lastUsedNanos;

    SmtpConnection(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    void send(MimeMessage message) throws MessagingException {
        if (transport == null || !transport.isConnected() || idleTooLong()) {
            reconnect();
        }
        try {
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            lastUsedNanos = System.nanoTime();
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private boolean idleTooLong() {
        return System.nanoTime() - lastUsedNanos > IDLE_LIMIT.toNanos();
    }

    private void reconnect() throws MessagingException {
        close();
        Transport opened = settings.getSession().getTransport(protocol());
        opened.connect(settings.getHost(), settings.getPort(), settings.getUsername(), settings.getPassword());
        transport = opened;
        lastUsedNanos = System.nanoTime();
    }

    private String protocol() {
        return settings.getProtocol() == null ? JavaMailSenderImpl.DEFAULT_PROTOCOL : settings.getProtocol();
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // The server closed it first; nothing is left to release.
            }
            transport = null;
        }
    }
}
