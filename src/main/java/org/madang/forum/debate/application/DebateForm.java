package org.madang.forum.debate.application;

import org.madang.forum.debate.domain.Audience;

import java.io.Serializable;
import java.time.Instant;

/** A new debate as the agency's form sends it; the domain checks each field. */
public record DebateForm(String title, String background, Audience audience, String region, Instant opensAt,
                         Instant closesAt) implements Serializable {
}
