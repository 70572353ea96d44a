package org.probity.oversight;

/** Names a target: a unit code or a person code. */
public record TargetRef(TargetKind kind, String code) {
}
