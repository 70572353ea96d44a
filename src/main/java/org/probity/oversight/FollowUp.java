package org.probity.oversight;

import java.util.List;

/** What a conclusion asked for and what became of it: remedial actions and referrals. */
public record FollowUp(ActivityView activity, List<RemedialActionView> actions, List<ReferralView> referrals) {
}
