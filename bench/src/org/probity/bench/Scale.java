package org.probity.bench;

/**
 * How much data a run generates. {@code nation} is the size the issue names (34 provinces, 3,321 communes, about
 * 250,000 units, 5.6 million people, 2 million petitions, 600,000 oversight targets, 60,000 decisions);
 * {@code province} is a 34th of it, {@code smoke} a handful of everything so CI can prove the harness in seconds.
 */
record Scale(String name, int provinces, int communes, int cellsPerCommune, int othersPerCommune, long people,
		long petitions, long targets, long decisions, int intakeRequests, int reportRounds, int searchRounds,
		int repeatProbes) {

	static Scale named(String name) {
		return switch (name) {
			case "smoke" -> new Scale(name, 1, 4, 6, 3, 2_000, 600, 300, 60, 320, 10, 40, 20);
			case "province" -> new Scale(name, 1, 98, 60, 13, 164_706, 58_824, 17_647, 1_765, 2_000, 30, 400, 100);
			case "nation" -> new Scale(name, 34, 3_321, 60, 13, 5_600_000, 2_000_000, 600_000, 60_000, 10_000, 30, 1_000,
					200);
			default -> throw new IllegalArgumentException("--scale is one of smoke, province, nation; not " + name);
		};
	}

	/** Units: the root, provincial bodies, and per commune the commune, its party committee, cells and others. */
	long units() {
		return 1 + (long) provinces * (1 + Generator.PROVINCIAL_BODIES.length)
				+ (long) communes * (2 + cellsPerCommune + othersPerCommune);
	}
}
