package org.probity.units;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;
import org.probity.shared.search.HasSearchCard;
import org.probity.shared.search.SearchCard;
import org.probity.shared.search.Searchable;

@Entity
@Table(name = "units")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED_UNIT, deduceAliasInjectionPoints = false)
@Searchable(type = "units", from = { "code", "name", "path", "validFrom", "validTo" })
class Unit implements HasSearchCard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String nameFolded;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private String parentCode;

	private String path;

	private int depth;

	private LocalDate validFrom;

	private LocalDate validTo;

	private Instant updatedAt;

	protected Unit() {
	}

	Unit(NewUnit unit, String path, LocalDate validFrom, Instant now) {
		this.code = unit.code();
		this.name = unit.name();
		this.nameFolded = org.probity.shared.Folding.fold(unit.name());
		this.kind = unit.kind();
		this.parentCode = unit.parentCode();
		this.path = path;
		this.depth = UnitsDataset.depth(path);
		this.validFrom = validFrom;
		this.updatedAt = now;
	}

	/** The unit ends the day before its successor begins; it stays in the tree with its history. */
	void close(LocalDate lastDay, Instant now) {
		this.validTo = lastDay;
		this.updatedAt = now;
	}

	UnitView view() {
		return new UnitView(code, name, kind, parentCode, path, depth, validFrom, validTo);
	}

	String code() {
		return code;
	}

	String path() {
		return path;
	}

	@Override
	public SearchCard searchCard() {
		return SearchCard.of(code, name, path)
			.text(code)
			.dated(validFrom)
			.status(validTo == null ? "ACTIVE" : "ENDED");
	}
}
