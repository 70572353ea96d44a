package org.probity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.probity.steering.AssigneeKind;
import org.probity.steering.CriteriaSetView;
import org.probity.steering.EvaluationManagement;
import org.probity.steering.NewCriteriaSet;
import org.probity.steering.NewProgramme;
import org.probity.steering.NewTarget;
import org.probity.steering.NewTask;
import org.probity.steering.WorkProgrammeManagement;
import org.probity.steering.ProgrammeView;
import org.probity.steering.TargetManagement;
import org.probity.steering.TaskManagement;
import org.probity.steering.TaskView;
import org.probity.steering.UnitScores;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.stereotype.Component;

/**
 * The provincial committee's 2024 work programme of six groups of tasks, its targets (88 new members admitted of
 * 153, 57.5%), and the "four good party cells" evaluation of the cells of Hạ Long ward.
 */
@Component
class DemoSteeringPlans {

	private static final List<String> SIX_GROUPS = List.of(
			"Quán triệt, thực hiện nghiêm các quy định, kết luận của Trung ương về phòng, chống tham nhũng",
			"Kiểm tra, giám sát, thanh tra, kiểm toán theo chương trình, kế hoạch",
			"Xử lý nghiêm trách nhiệm của tổ chức, cá nhân vi phạm",
			"Phát hiện, xử lý kịp thời các vụ việc, vụ án tham nhũng, nhất là các vụ thuộc diện theo dõi, chỉ đạo",
			"Bảo đảm an ninh, an toàn tuyệt đối các phiên tòa xét xử vụ án tham nhũng",
			"Duy trì nghiêm chế độ họp, làm việc của Ban Chỉ đạo theo quy chế");

	private static final String[] OWNERS = { "QN-BNC", "QN-UBKT", "QN-TTT", "QN-02", "QN-04", "QN-07" };

	private final WorkProgrammeManagement programmes;

	private final TaskManagement tasks;

	private final TargetManagement targets;

	private final EvaluationManagement evaluations;

	private final UnitManagement units;

	DemoSteeringPlans(WorkProgrammeManagement programmes, TaskManagement tasks, TargetManagement targets,
			EvaluationManagement evaluations, UnitManagement units) {
		this.programmes = programmes;
		this.tasks = tasks;
		this.targets = targets;
		this.evaluations = evaluations;
		this.units = units;
	}

	void run(long committeeId, LocalDate today) {
		programme(committeeId, today);
		targets.set(new NewTarget(DemoSteering.UNIT, 2024, TargetManagement.MANUAL,
				"Kết nạp đảng viên mới trong khối cơ quan, doanh nghiệp tỉnh", 153L, 88L));
		targets.set(new NewTarget(DemoSteering.UNIT, 2024, "TASKS_DONE", "Nhiệm vụ của Ban Chỉ đạo hoàn thành", 30L,
				null));
		targets.set(new NewTarget(DemoSteering.UNIT, 2024, "MEETINGS_HELD", "Phiên họp Ban Chỉ đạo", 12L, null));
		if (today.getYear() != 2024) {
			// this year's too, so the dashboard (which opens on the current year) shows attainment
			targets.set(new NewTarget(DemoSteering.UNIT, today.getYear(), TargetManagement.MANUAL,
					"Kết nạp đảng viên mới năm " + today.getYear(), 160L, 97L));
			targets.set(new NewTarget(DemoSteering.UNIT, today.getYear(), "MEETINGS_HELD", "Phiên họp Ban Chỉ đạo",
					12L, null));
		}
		fourGoodPartyCells();
	}

	/** Four or five tasks a group, through 2024; most were done, a few were still open at the year's end. */
	private void programme(long committeeId, LocalDate today) {
		ProgrammeView programme = programmes.create(new NewProgramme(committeeId, 2024,
				"Sáu nhóm nhiệm vụ trọng tâm", SIX_GROUPS));
		for (ProgrammeView.GroupProgress group : programme.groups()) {
			int count = 4 + group.number() % 2;
			for (int t = 0; t < count; t++) {
				LocalDate assigned = LocalDate.of(2024, 1 + 2 * t, 5 + group.number());
				LocalDate deadline = assigned.plusMonths(2);
				TaskView task = tasks.assign(new NewTask(null, "Nhiệm vụ " + group.number() + "." + (t + 1) + ": "
						+ group.title(), AssigneeKind.UNIT,
						OWNERS[(group.number() + t) % OWNERS.length], assigned, deadline, null, group.id()));
				if ((group.number() + t) % 4 != 0 && deadline.isBefore(today)) {
					tasks.done(task.id(), deadline.minusDays(t + 1), "Hoàn thành đúng hạn");
				}
			}
		}
	}

	private void fourGoodPartyCells() {
		CriteriaSetView set = evaluations.define(new NewCriteriaSet("Chi bộ bốn tốt",
				"Khung tiêu chí đánh giá mô hình chi bộ bốn tốt",
				List.of(criterion("Tốt về chính trị tư tưởng"), criterion("Tốt về nội dung, phương thức sinh hoạt"),
						criterion("Tốt về xây dựng đội ngũ đảng viên"),
						criterion("Tốt về lãnh đạo thực hiện nhiệm vụ chính trị")),
				List.of(new NewCriteriaSet.Classification("Hoàn thành xuất sắc nhiệm vụ", new BigDecimal("90")),
						new NewCriteriaSet.Classification("Hoàn thành tốt nhiệm vụ", new BigDecimal("70")),
						new NewCriteriaSet.Classification("Hoàn thành nhiệm vụ", new BigDecimal("50")),
						new NewCriteriaSet.Classification("Không hoàn thành nhiệm vụ", BigDecimal.ZERO))));
		// Cells 2 and 3 tie, so the ranking shows a shared place.
		int[][] points = { { 24, 23, 22, 24 }, { 20, 21, 19, 20 }, { 21, 20, 20, 19 }, { 15, 14, 16, 12 },
				{ 12, 10, 13, 11 }, { 25, 22, 20, 18 } };
		List<UnitView> cells = units.children("QN-01-DU");
		for (int c = 0; c < cells.size(); c++) {
			List<UnitScores.Score> scores = new ArrayList<>();
			for (int k = 0; k < set.criteria().size(); k++) {
				scores.add(new UnitScores.Score(set.criteria().get(k).id(),
						BigDecimal.valueOf(points[c % points.length][k])));
			}
			evaluations.score(new UnitScores(set.id(), cells.get(c).code(), 2024, scores));
		}
	}

	private static NewCriteriaSet.Criterion criterion(String title) {
		return new NewCriteriaSet.Criterion(title, new BigDecimal("25"), BigDecimal.ONE);
	}
}
