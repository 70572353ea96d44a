package org.probity.units;

/** Merge several units into one, split one into several, or move one under another parent. */
public enum RestructuringKind {
	MERGE, SPLIT, MOVE
}
