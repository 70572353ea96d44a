package org.probity.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.probity.steering.AssigneeKind;
import org.probity.steering.CommitteeManagement;
import org.probity.steering.CommitteeView;
import org.probity.steering.DirectionManagement;
import org.probity.steering.DirectionView;
import org.probity.steering.MeetingKind;
import org.probity.steering.MeetingManagement;
import org.probity.steering.MeetingView;
import org.probity.steering.MemberRole;
import org.probity.steering.MemberView;
import org.probity.steering.NewCommittee;
import org.probity.steering.NewDirection;
import org.probity.steering.NewMeeting;
import org.probity.steering.NewMember;
import org.probity.steering.NewTask;
import org.probity.steering.TaskManagement;
import org.probity.steering.TaskView;
import org.springframework.stereotype.Component;

/**
 * The provincial steering committee at QN-TU with its members and about thirty meetings over the last two and a
 * half years, their conclusions and tasks, and directions to agencies and communes; the most recent are still open,
 * some of them overdue, so the committee's page shows work to chase. Then its 2024 plans ({@link DemoSteeringPlans}).
 */
@Component
class DemoSteering {

	static final String UNIT = "QN-TU";

	private static final String[] AGENDA = { "Tiến độ xử lý các vụ án, vụ việc tham nhũng thuộc diện theo dõi",
			"Kết quả kiểm tra, giám sát, thanh tra, kiểm toán", "Thu hồi tài sản bị chiếm đoạt, thất thoát",
			"Giải quyết đơn thư khiếu nại, tố cáo liên quan đến tham nhũng", "Công tác phòng ngừa tham nhũng, tiêu cực",
			"Bảo đảm an ninh, an toàn các phiên tòa xét xử" };

	private static final String[] ADDRESSEES = { "QN-BNC", "QN-UBKT", "QN-TTT", "QN-01", "QN-03", "QN-05", "QN-09" };

	private final CommitteeManagement committees;

	private final MeetingManagement meetings;

	private final DirectionManagement directions;

	private final TaskManagement tasks;

	private final DemoSteeringPlans plans;

	private final Clock clock;

	DemoSteering(CommitteeManagement committees, MeetingManagement meetings, DirectionManagement directions,
			TaskManagement tasks, DemoSteeringPlans plans, Clock clock) {
		this.committees = committees;
		this.meetings = meetings;
		this.directions = directions;
		this.tasks = tasks;
		this.plans = plans;
		this.clock = clock;
	}

	/** Runs as the signed-in demo administrator. */
	void run() {
		LocalDate today = LocalDate.now(clock);
		CommitteeView committee = committees.create(new NewCommittee(UNIT,
				"Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Quảng Ninh", members()));
		for (int i = 29; i >= 0; i--) {
			meeting(committee, i, today.minusDays(12 + 30L * i));
		}
		plans.run(committee.id(), today);
	}

	private static List<NewMember> members() {
		LocalDate term = LocalDate.of(2020, 10, 15);
		return List.of(new NewMember("P000025", null, MemberRole.CHAIR, term, null),
				new NewMember("P000050", null, MemberRole.DEPUTY, term, null),
				new NewMember("P000075", null, MemberRole.MEMBER, term, null),
				new NewMember("P000100", null, MemberRole.MEMBER, term, null),
				new NewMember(null, "Đại diện Công an tỉnh", MemberRole.MEMBER, term, null),
				new NewMember(null, "Đại diện Viện Kiểm sát nhân dân tỉnh", MemberRole.MEMBER, term, null),
				new NewMember("P000125", null, MemberRole.SECRETARY, term, null));
	}

	/** Meeting {@code i} counts back from the latest (0); one member is away from each. */
	private void meeting(CommitteeView committee, int i, LocalDate day) {
		MeetingKind kind = i == 7 || i == 19 ? MeetingKind.EXTRAORDINARY
				: i % 6 == 0 ? MeetingKind.REGULAR : i % 6 == 3 ? MeetingKind.THEMATIC : MeetingKind.STANDING_COMMITTEE;
		List<Long> present = new ArrayList<>();
		for (MemberView member : committee.members()) {
			if (member.id() % committee.members().size() != i % committee.members().size()) {
				present.add(member.id());
			}
		}
		List<String> agenda = List.of(AGENDA[i % AGENDA.length], AGENDA[(i + 2) % AGENDA.length]);
		MeetingView held = meetings.hold(new NewMeeting(committee.id(), kind, day, agenda, present,
				List.of("Yêu cầu các cơ quan " + agenda.get(0).toLowerCase() + " báo cáo kết quả trước kỳ họp sau",
						"Giao Ban Nội chính Tỉnh ủy theo dõi, đôn đốc, tổng hợp")));
		String addressee = ADDRESSEES[i % ADDRESSEES.length];
		LocalDate due = day.plusDays(20 + 5L * (i % 4));
		boolean finished = i > 3 && i % 5 != 2;
		TaskView task = tasks.assign(new NewTask(null, "Thực hiện kết luận: " + agenda.get(0), AssigneeKind.UNIT,
				addressee, day, due, held.conclusions().get(0).id(), null));
		if (finished && !due.plusDays(3).isAfter(LocalDate.now(clock))) {
			tasks.done(task.id(), due.minusDays(i % 3), "Đã hoàn thành, báo cáo Ban Chỉ đạo");
		}
		if (i % 2 == 0) {
			direction(committee, held, i, addressee, day, due, finished);
		}
	}

	private void direction(CommitteeView committee, MeetingView held, int i, String addressee, LocalDate day,
			LocalDate due, boolean finished) {
		String caseRef = i % 4 == 0 ? String.format("VA-%d-%03d", day.getYear(), 10 + i) : null;
		DirectionView direction = directions.issue(new NewDirection(committee.id(), held.id(), AssigneeKind.UNIT,
				addressee, caseRef == null ? "Chỉ đạo kiểm tra, làm rõ trách nhiệm người đứng đầu"
						: "Chỉ đạo đẩy nhanh tiến độ điều tra, truy tố, xét xử vụ án " + caseRef,
				day, due, caseRef));
		if (finished && !due.isAfter(LocalDate.now(clock))) {
			directions.done(direction.id(), due, "Đã thực hiện, có báo cáo bằng văn bản");
		}
	}
}
