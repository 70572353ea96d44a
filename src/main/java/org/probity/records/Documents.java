package org.probity.records;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Documents the reader may see: every query passes through the jurisdiction filter. */
interface Documents extends Repository<Document, Long> {

	Document save(Document document);

	Optional<Document> findById(Long id);

	Optional<Document> findFirstByOwnerTypeAndOwnerIdAndSha256(String ownerType, String ownerId, String sha256);

	List<Document> findByOwnerTypeAndOwnerIdOrderByUploadedAtDesc(String ownerType, String ownerId);

	/** Documents dated (by the paper, else by upload) before the cut-off; the caller checks each one's own type. */
	@Query("select d from Document d where d.issuedOn < :day or (d.issuedOn is null and d.uploadedAt < :instant) "
			+ "order by d.id")
	List<Document> datedBefore(java.time.LocalDate day, java.time.Instant instant);

	void delete(Document document);
}
