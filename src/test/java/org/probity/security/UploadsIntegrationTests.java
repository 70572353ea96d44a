package org.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.probity.Api.asAdmin;
import static org.probity.Api.importCsv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.Api;
import org.probity.ProbityIntegrationTest;
import org.probity.Province;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A file's name and declared type are never trusted: names are labels, types come from the bytes. */
@ProbityIntegrationTest
class UploadsIntegrationTests {

	static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>\n"
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Value("${probity.data-dir}")
	Path dataDir;

	long petition;

	@BeforeEach
	void petition() throws Exception {
		Province province = Province.fresh();
		mvc.perform(asAdmin(importCsv("units", province.unitsCsv()))).andExpect(status().isOk());
		String created = mvc.perform(asAdmin(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"COMPLAINT\",\"channel\":\"MAIL\",\"receivedOn\":\"2024-05-02\",\"receivedBy\":\""
					+ province.communeA() + "\",\"anonymous\":true,\"content\":\"Khiếu nại về thu phí\"}")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		petition = JsonMapper.builder().build().readTree(created).get("id").asLong();
	}

	@Test
	void aWebPageDressedAsAPdfIsKeptAsPlainTextAndOnlyEverDownloaded() throws Exception {
		long document = upload("report.pdf", "application/pdf", HTML);
		mvc.perform(asAdmin(get("/api/v1/documents/" + document)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/plain")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void programsAreRefusedWhateverTheyAreCalled() throws Exception {
		byte[] elf = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0 };
		for (String name : new String[] { "scan.pdf", "photo.jpg", "notes.txt" }) {
			mvc.perform(multipart("/api/v1/petitions/" + petition + "/attachments")
				.file(new MockMultipartFile("file", name, "application/pdf", elf)).with(httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"));
		}
	}

	@Test
	void aNameThatClimbsDirectoriesOrInjectsHeadersIsOnlyALabel() throws Exception {
		long climbing = upload("..\\..\\..\\x.pdf", "application/pdf", OneOfEverything.PDF);
		long injecting = upload("evil\"\r\nX-Injected: yes.pdf", "application/pdf", OneOfEverything.PDF);
		mvc.perform(asAdmin(get("/api/v1/documents/" + climbing)))
			.andExpect(header().string("Content-Disposition", containsString("x.pdf")))
			.andExpect(header().string("Content-Disposition", not(containsString(".."))));
		mvc.perform(asAdmin(get("/api/v1/documents/" + injecting)))
			.andExpect(header().doesNotExist("X-Injected"))
			.andExpect(header().string("Content-Disposition", not(containsString("\n"))));
		assertThat(Files.exists(dataDir.resolve("../../x.pdf").normalize())).isFalse();
		assertThat(Files.exists(dataDir.resolve("../x.pdf").normalize())).isFalse();
	}

	@Test
	void anImportFileNamedToClimbDirectoriesStaysInTheSpool() throws Exception {
		var admin = Api.signIn(mvc, Api.ADMIN, Api.ADMIN_PASSWORD);
		String job = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "../../../climbed.csv", "text/csv",
				"code,name,kind,parent_code,valid_from,valid_to\n".getBytes(StandardCharsets.UTF_8)))
			.param("dataset", "units").cookie(admin).with(csrf())).andExpect(status().isFound()).andReturn().getResponse()
			.getRedirectedUrl();
		mvc.perform(get(job).cookie(admin)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<climbed"))));
		for (String climb : new String[] { "", "../", "../../", "../../../", "spool/../../../" }) {
			assertThat(dataDir.resolve(climb + "climbed.csv").normalize()).doesNotExist();
		}
	}

	private long upload(String name, String type, byte[] bytes) throws Exception {
		String json = mvc.perform(multipart("/api/v1/petitions/" + petition + "/attachments")
			.file(new MockMultipartFile("file", name, type, bytes)).with(httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonMapper.builder().build().readTree(json).get("id").asLong();
	}
}
