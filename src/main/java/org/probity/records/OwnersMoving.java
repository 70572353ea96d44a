package org.probity.records;

import org.probity.shared.RecordMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Documents follow their record to its new unit, in the same transaction, and units moving rewrite their paths. */
@Component
class OwnersMoving {

	private final JdbcTemplate jdbc;

	private final CustodyLedger custody;

	OwnersMoving(JdbcTemplate jdbc, CustodyLedger custody) {
		this.jdbc = jdbc;
		this.custody = custody;
	}

	@EventListener
	void on(RecordMoved moved) {
		jdbc.update("update documents set scope_path = ? where owner_type = ? and owner_id = ?", moved.newScopePath(),
				moved.ownerType(), moved.ownerId());
	}

	@EventListener
	void on(org.probity.units.UnitMoved moved) {
		moved.rewriteScopePaths(jdbc, "documents");
		custody.follow(moved);
	}
}
