package org.probity.oversight;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Referrals the current reader may see: every query passes through the jurisdiction filter. */
interface Referrals extends Repository<Referral, Long> {

	Referral save(Referral referral);

	@Query("select f from Referral f where f.activity.id = :activityId order by f.referredOn, f.id")
	List<Referral> findByActivity(long activityId);
}
