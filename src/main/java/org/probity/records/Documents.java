package org.probity.records;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Documents the reader may see: every query passes through the jurisdiction filter. */
interface Documents extends Repository<Document, Long> {

	Document save(Document document);

	Optional<Document> findById(Long id);

	Optional<Document> findFirstByOwnerTypeAndOwnerIdAndSha256(String ownerType, String ownerId, String sha256);

	List<Document> findByOwnerTypeAndOwnerIdOrderByUploadedAtDesc(String ownerType, String ownerId);
}
