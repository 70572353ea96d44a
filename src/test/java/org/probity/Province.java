package org.probity;

/**
 * A small province of its own for one test class: two communes ({@code A} with a party cell, and {@code B}), a
 * person in each, so that tests can ask what a reader of one commune sees of the other.
 */
public record Province(String code) {

	public static Province fresh() {
		return new Province(Api.unique("T"));
	}

	public String communeA() {
		return code + "-A";
	}

	public String cellA() {
		return code + "-A-C1";
	}

	public String communeB() {
		return code + "-B";
	}

	public String unitsCsv() {
		return """
				code,name,kind,parent_code,valid_from,valid_to
				%1$s,Tỉnh Thử %1$s,PROVINCE,,2025-07-01,
				%1$s-A-C1,Chi bộ thôn 1,PARTY_CELL,%1$s-A,,
				%1$s-A,Xã An Bình,COMMUNE,%1$s,2025-07-01,
				%1$s-B,Xã Bình Minh,COMMUNE,%1$s,2025-07-01,
				""".formatted(code);
	}

	public String personA() {
		return code + "-P1";
	}

	public String personB() {
		return code + "-P2";
	}

	public String peopleCsv() {
		return """
				code,full_name,birth_date,unit_code,position,party_member
				%1$s-P1,Trần Quốc Cường,1970-05-01,%1$s-A-C1,Bí thư chi bộ,true
				%1$s-P2,Lê Thị Lan,1982-11-20,%1$s-B,Cán bộ địa chính,false
				""".formatted(code);
	}
}
