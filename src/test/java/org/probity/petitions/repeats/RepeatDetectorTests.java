package org.probity.petitions.repeats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatDetectorTests {

	private static final String ORIGINAL = "Tôi tố cáo ông Nguyễn Văn Hùng, Chủ tịch UBND xã Tân Lập, đã ký cấp giấy chứng nhận "
			+ "quyền sử dụng đất sai quy định cho em vợ. Thửa đất số 245, tờ bản đồ số 12 là đất gia đình tôi sử dụng "
			+ "ổn định. Năm 2019 ông ấy lén làm hồ sơ cấp sổ đỏ cho người khác.";

	private final RepeatDetector detector = new RepeatDetector();

	@Test
	void textWithoutDiacriticsIsStillARepeat() {
		String bare = "Kinh gui Thanh tra tinh. Toi to cao ong Nguyen Van Hung, Chu tich UBND xa Tan Lap, da ky cap giay "
				+ "chung nhan quyen su dung dat sai quy dinh cho em vo. Thua dat so 245, to ban do so 12 la dat gia dinh "
				+ "toi su dung on dinh. Nam 2019 ong ay len lam ho so cap so do cho nguoi khac.";

		assertThat(judge("Nguyễn Văn Hùng", ORIGINAL, "", bare).repeat()).isTrue();
	}

	@Test
	void sameTemplateAboutAnotherOfficialIsNotARepeat() {
		Verdict verdict = judge("", ORIGINAL, "", ORIGINAL.replace("Nguyễn Văn Hùng", "Trần Văn Khoa"));

		assertThat(verdict.repeat()).isFalse();
		assertThat(verdict.reasons()).contains("different official");
	}

	@Test
	void differentPlotVetoesARepeat() {
		Verdict verdict = judge("Nguyễn Văn Hùng", ORIGINAL, "Nguyễn Văn Hùng", ORIGINAL.replace("245", "254"));

		assertThat(verdict.repeat()).isFalse();
		assertThat(verdict.reasons()).contains("different plot (245 vs 254)");
	}

	@Test
	void differentYearVetoesARepeat() {
		assertThat(judge("", ORIGINAL, "", ORIGINAL.replace("2019", "2021")).repeat()).isFalse();
	}

	@Test
	void moneyWrittenInTwoWaysIsTheSameSum() {
		Matter inWords = Matter.of("", "Ông Trần Quốc Toản, Phó Chủ tịch UBND huyện, chỉ cho bồi thường 1,5 tỷ đồng.");
		Matter inFigures = Matter.of("", "Ong Tran Quoc Toan chi cho boi thuong 1.500.000.000 dong.");

		assertThat(inWords.facts().sums()).containsExactly(1_500_000_000L);
		assertThat(inFigures.facts().sums()).containsExactly(1_500_000_000L);
		assertThat(Matter.of("", "nhận 1500 triệu").facts().sums()).containsExactly(1_500_000_000L);
		assertThat(Matter.of("", "nhận 1 tỷ 500 triệu đồng").facts().sums()).containsExactly(1_500_000_000L);
		assertThat(Matter.of("", "đưa 50.000.000đ và 200 triệu đồng").facts().sums()).containsExactly(50_000_000L, 200_000_000L);
	}

	@Test
	void differentSumVetoesARepeatEvenWhenTheWordingIsTheSame() {
		String bribe = "Ông Mai Xuân Trường, Trưởng Công an xã, nhận 25 triệu đồng để bỏ qua vụ đánh bạc ngày 20/8/2022.";

		Verdict verdict = judge("", bribe, "", bribe.replace("25 triệu", "52 triệu"));

		assertThat(verdict.repeat()).isFalse();
		assertThat(verdict.reasons()).anyMatch(reason -> reason.startsWith("different sum"));
	}

	@Test
	void anotherWriterTellingTheSameFactsAboutTheSameOfficialIsARepeat() {
		String paraphrase = "Ông Nguyễn Văn Hùng, hiện là Chủ tịch UBND xã Tân Lập, năm 2019 đã lợi dụng chức vụ để hợp "
				+ "thức hóa thửa 245 tờ bản đồ 12 cho người thân. Mảnh đất này vốn do bố mẹ tôi canh tác mấy chục năm.";

		Verdict verdict = judge("", ORIGINAL, "", paraphrase);

		assertThat(verdict.repeat()).isTrue();
		assertThat(verdict.reasons()).contains("same official", "same plot 245", "same map sheet 12", "same year 2019");
	}

	@Test
	void officialIsTakenFromTheContentWhenNotRecorded() {
		String content = "Tôi là bà Trần Thị Hiền. Gia đình ông Lê Văn Ba bị thu hồi đất, người ký quyết định là "
				+ "ông Võ Minh Hiếu, Chủ tịch UBND xã Phú Mỹ.";

		assertThat(Matter.of(" ", content).subject()).isEqualTo("vo minh hieu");
		assertThat(Matter.of("ông Võ Minh Hiếu - Chủ tịch xã", "").subject()).isEqualTo("vo minh hieu");
	}

	@Test
	void namesThatDifferOnlyInDiacriticsAreTwoOfficials() {
		assertThat(judge("", ORIGINAL, "", ORIGINAL.replace("Hùng", "Hưng")).repeat()).isFalse();
		assertThat(judge("", ORIGINAL, "", ORIGINAL.replace("Hùng", "Hung")).repeat()).isTrue();
	}

	@Test
	void repeatsShareACandidateKey() {
		Matter earlier = Matter.of("", ORIGINAL);
		Matter later = Matter.of("", "Xin trình bày lại: năm 2019 thửa 245 của tôi bị cấp sổ đỏ cho người khác.");

		assertThat(earlier.candidateKeys()).hasSizeLessThanOrEqualTo(40).contains("s:nguyen van hung", "f:plot:245");
		assertThat(earlier.candidateKeys()).containsAnyElementsOf(later.candidateKeys());
	}

	private Verdict judge(String earlierOfficial, String earlier, String laterOfficial, String later) {
		return detector.judge(Matter.of(earlierOfficial, earlier), Matter.of(laterOfficial, later));
	}
}
