package org.staffroom.notification.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.staffroom.notification.delivery.Delivery;
import org.staffroom.notification.delivery.DeliveryLog;
import org.staffroom.notification.domain.DeliveryMode;
import org.staffroom.notification.domain.DeliveryStatus;
import org.staffroom.notification.domain.NoticeKind;
import org.staffroom.notification.preferences.Preference;
import org.staffroom.notification.preferences.PreferenceStore;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.web.ItemPage;

/**
 * A user's notification preference, and the delivery log. The log names recipients by id and never shows
 * what the notices were about, so a trust admin reading it learns nothing of blog content.
 */
@RestController
public class NotificationController {

    private final PreferenceStore preferences;
    private final DeliveryLog deliveries;
    private final AccessPolicy access;

    public NotificationController(PreferenceStore preferences, DeliveryLog deliveries, AccessPolicy access) {
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.access = access;
    }

    /** How the caller wants to hear from Staffroom. */
    public record PreferenceBody(@NotNull DeliveryMode mode) {
    }

    public record PreferenceResponse(DeliveryMode mode, Instant updatedAt) {

        static PreferenceResponse from(Preference preference) {
            return new PreferenceResponse(preference.mode(), preference.updatedAt());
        }
    }

    /** One line of the delivery log. */
    public record DeliveryResponse(String id, String eventId, String workAreaId, String recipientId, NoticeKind kind,
                                   DeliveryMode mode, DeliveryStatus status, int attempts, Instant occurredAt,
                                   Instant queuedAt, Instant lastAttemptAt, Instant sentAt, String lastError) {

        static DeliveryResponse from(Delivery delivery) {
            return new DeliveryResponse(delivery.id(), delivery.eventId(), delivery.workAreaId(),
                    delivery.recipientId(), delivery.kind(), delivery.mode(), delivery.status(), delivery.attempts(),
                    delivery.occurredAt(), delivery.queuedAt(), delivery.lastAttemptAt(), delivery.sentAt(),
                    delivery.lastError());
        }
    }

    @GetMapping("/api/me/notification-preferences")
    public PreferenceResponse preference(Actor actor) {
        return PreferenceResponse.from(preferences.of(actor));
    }

    @PutMapping("/api/me/notification-preferences")
    public PreferenceResponse choose(@Valid @RequestBody PreferenceBody body, Actor actor) {
        return PreferenceResponse.from(preferences.choose(actor, body.mode()));
    }

    @GetMapping("/api/notifications")
    public ItemPage<DeliveryResponse> log(Actor actor, @RequestParam(required = false) UUID workAreaId,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(required = false) String after) {
        if (!actor.holdsTrustRole()) {
            // Deliveries name work areas and what happened in them: someone whose trust role was taken away after
            // they were added to an area reads none of theirs.
            throw new AccessDenied("Your roles give you no trust data.");
        }
        if (workAreaId != null) {
            access.inTrustOf(actor, workAreaId);
        }
        return deliveries.find(actor, workAreaId, status, limit, after).map(DeliveryResponse::from);
    }
}
