package org.probity.petitions;

/** What a citizen's petition asks for; each kind has its own law and its own clocks. */
public enum PetitionKind {
	/** Khiếu nại: contests a decision or act affecting the petitioner (Law on Complaints 2011). */
	COMPLAINT,
	/** Tố cáo: reports a violation by an official or body (Law on Denunciations 2018). */
	DENUNCIATION,
	/** Kiến nghị: proposes a change or a measure. */
	RECOMMENDATION,
	/** Phản ánh: informs about a situation or problem. */
	REFLECTION
}
