package org.probity.records.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.probity.records.DocumentManagement;
import org.probity.records.DocumentView;
import org.probity.shared.NotFound;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads, for pages and the API alike; always as an attachment with the type told from the content. */
@RestController
class DocumentDownloads {

	private final DocumentManagement documents;

	DocumentDownloads(DocumentManagement documents) {
		this.documents = documents;
	}

	@GetMapping({ "/documents/{id}", "/api/v1/documents/{id}" })
	ResponseEntity<InputStreamResource> download(@PathVariable long id) {
		DocumentView document = documents.find(id).orElseThrow(() -> new NotFound("No document " + id + " in your jurisdiction"));
		InputStream content = documents.content(id).orElseThrow(() -> new NotFound("No document " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(content));
	}
}
