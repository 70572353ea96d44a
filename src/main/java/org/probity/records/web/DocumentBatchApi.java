package org.probity.records.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.probity.records.DocumentBatch;
import org.probity.records.DocumentBatches;
import org.probity.shared.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/documents/batches} with a ZIP of scans (the body itself, or multipart {@code file}): 202 and
 * the batch, whose rows are then linked in the background; {@code GET /api/v1/documents/batches/{id}} shows the
 * progress and, once done, what became of each row.
 */
@RestController
@RequestMapping("/api/v1/documents/batches")
@RolesAllowed({ "ADMIN", "LEADER", "OFFICER" })
class DocumentBatchApi {

	private final DocumentBatches batches;

	DocumentBatchApi(DocumentBatches batches) {
		this.batches = batches;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentBatch> upload(@RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return started(batches.start(file.getOriginalFilename(), in));
		}
	}

	@PostMapping
	ResponseEntity<DocumentBatch> uploadBody(HttpServletRequest request) throws IOException {
		return started(batches.start("batch.zip", request.getInputStream()));
	}

	@GetMapping("/{id}")
	DocumentBatch batch(@PathVariable String id) {
		return batches.find(id).orElseThrow(() -> new NotFound("No batch " + id + " of yours"));
	}

	private ResponseEntity<DocumentBatch> started(String id) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/documents/batches/" + id)).body(batch(id));
	}
}
