package org.probity.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.NotFound;
import org.probity.shared.Texts;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vetting requests: the person's profile on the request's date is kept with it, a concern (discipline or founded
 * denunciations) raises a VETTING_CONCERN signal, and a leader records the outcome with reasons.
 */
@Service
@Transactional(readOnly = true)
public class VettingManagement {

	public static final int PAGE_SIZE = 20;

	private final VettingRequests requests;

	private final ProfileManagement profiles;

	private final UnitManagement units;

	private final SignalRaiser raiser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	VettingManagement(VettingRequests requests, ProfileManagement profiles, UnitManagement units, SignalRaiser raiser,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.profiles = profiles;
		this.units = units;
		this.raiser = raiser;
		this.events = events;
		this.clock = clock;
	}

	public Page<VettingView> list(String unitCode, VettingOutcome outcome, int page) {
		ProfileManagement.requireReader();
		String path = path(unitCode);
		PageRequest request = PageRequest.of(Math.clamp(page, 0, Integer.MAX_VALUE / PAGE_SIZE), PAGE_SIZE);
		return (outcome == null ? requests.list(path, request) : requests.list(path, outcome, request))
			.map(v -> v.view(null));
	}

	public VettingView find(long id) {
		ProfileManagement.requireReader();
		return require(id).view(this::read);
	}

	@Transactional
	public VettingView request(NewVettingRequest asked) {
		requireLeader();
		if (asked == null || Texts.blankToNull(asked.personCode()) == null) {
			throw new InvalidField("personCode", "is required: the code of the person to vet");
		}
		if (asked.purpose() == null) {
			throw new InvalidField("purpose", "is required: ADMISSION or POST");
		}
		String post = Texts.blankToNull(asked.postName());
		if (asked.purpose() == VettingPurpose.POST && (post == null || post.length() > 300)) {
			throw new InvalidField("postName", "is required for a post (at most 300 characters)");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate on = asked.requestedOn() == null ? today : asked.requestedOn();
		if (on.isAfter(today) || on.isBefore(LocalDate.of(1990, 1, 1))) {
			throw new InvalidField("requestedOn", "must lie between 1990-01-01 and today");
		}
		UnitView by = requester(asked.requestedBy());
		IntegrityProfile profile;
		try {
			profile = profiles.asOf(asked.personCode().strip(), on);
		}
		catch (NotFound unknown) {
			throw new InvalidField("personCode", "'" + asked.personCode() + "' is not a person in your jurisdiction");
		}
		VettingRequest saved = requests.save(new VettingRequest(asked, by.code(), by.path(), profile,
				json.writeValueAsString(profile), Actors.username()));
		if (profile.concerns() > 0) {
			raiseConcern(saved, profile, by);
		}
		events.publishEvent(AuditedChange.of("REQUEST", "vetting", String.valueOf(saved.id()), asked.purpose()
				+ " of " + profile.person().code() + " by " + by.code(), null, saved.view(null)));
		return saved.view(this::read);
	}

	@Transactional
	public VettingView decide(long id, VettingOutcome outcome, String reasons) {
		VettingRequest request = require(id);
		requireLeader();
		if (outcome == null) {
			throw new InvalidField("outcome", "is required: CLEARED, NOT_CLEARED or NEEDS_REVIEW");
		}
		String why = Texts.blankToNull(reasons);
		if (why == null || why.length() > 4000) {
			throw new InvalidField("reasons", "are required (at most 4000 characters)");
		}
		VettingView before = request.view(null);
		request.decide(outcome, why, Actors.username(), LocalDate.now(clock));
		events.publishEvent(AuditedChange.of("DECIDE", "vetting", String.valueOf(id), outcome.name(), before,
				request.view(null)));
		return request.view(this::read);
	}

	/** Requests made in the window (both ends included) by units of the subtree, by outcome: for reports. */
	public VettingCounts counts(String unitCode, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new InvalidField(from == null ? "from" : "to", "is required, and to may not be before from");
		}
		String code = Texts.blankToNull(unitCode) == null ? Jurisdiction.homeUnitCode() : unitCode.strip();
		long cleared = 0, notCleared = 0, review = 0, pending = 0, concerns = 0;
		for (Object[] row : requests.countByOutcome(path(unitCode), from, to)) {
			long n = ((Number) row[1]).longValue();
			concerns += row[2] == null ? 0 : ((Number) row[2]).longValue();
			if (row[0] == null) {
				pending += n;
			}
			else {
				switch ((VettingOutcome) row[0]) {
					case CLEARED -> cleared += n;
					case NOT_CLEARED -> notCleared += n;
					case NEEDS_REVIEW -> review += n;
				}
			}
		}
		return new VettingCounts(code, from, to, cleared + notCleared + review + pending, cleared, notCleared, review,
				pending, concerns);
	}

	private void raiseConcern(VettingRequest saved, IntegrityProfile profile, UnitView by) {
		List<Evidence> evidence = new ArrayList<>();
		evidence.add(new Evidence("vetting", String.valueOf(saved.id()), profile.person().fullName(), profile.asOf()));
		profile.discipline().forEach(d -> evidence.add(new Evidence("decision", d.ref(), d.ref() + " · " + d.form(),
				d.decidedOn())));
		profile.petitions().stream().filter(IntegrityProfile.PetitionNaming::foundedDenunciation)
			.forEach(p -> evidence.add(new Evidence("petition", String.valueOf(p.id()), p.reference() + " · "
					+ p.outcome(), p.receivedOn())));
		raiser.raise(SignalKind.VETTING_CONCERN, new Subject("person:" + profile.person().code(),
				profile.person().fullName() + " (" + profile.person().code() + ")", by.code(), by.path()), evidence,
				profile.concerns() + "");
	}

	private IntegrityProfile read(String snapshot) {
		return json.readValue(snapshot, IntegrityProfile.class);
	}

	private VettingRequest require(long id) {
		return requests.findById(id).orElseThrow(() -> new NotFound("No vetting request " + id + " in your jurisdiction"));
	}

	private UnitView requester(String code) {
		String wanted = Texts.blankToNull(code) == null ? Jurisdiction.homeUnitCode() : code.strip();
		if (wanted == null) {
			throw new InvalidField("requestedBy", "is required: the code of the requesting unit");
		}
		return units.find(wanted).orElseThrow(() -> new InvalidField("requestedBy", "'" + wanted
				+ "' is not a unit in your jurisdiction"));
	}

	private String path(String unitCode) {
		return Jurisdiction.subtreePattern(Texts.blankToNull(unitCode) == null ? Jurisdiction.scopePath()
				: units.pathOf(unitCode.strip()));
	}

	private static void requireLeader() {
		if (!Actors.hasAnyRole("ADMIN", "LEADER")) {
			throw new AccessDeniedException("Only a leader or an administrator makes and decides vetting requests");
		}
	}
}
