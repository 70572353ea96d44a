package org.probity.petitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reporters' identities, kept apart from the petition and sealed with AES-GCM (the petition id bound in as
 * associated data, so a sealed identity cannot be moved to another petition). Nothing here is ever logged.
 */
@Component
class SealedIdentities {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final SecretKey key;

	SealedIdentities(JdbcTemplate jdbc, PetitionSettings settings) {
		this.jdbc = jdbc;
		this.key = key(settings);
	}

	void seal(long petitionId, List<Petitioner> petitioners) {
		if (petitioners.isEmpty()) {
			return;
		}
		byte[] plain = JSON.writeValueAsBytes(petitioners);
		jdbc.update("insert into reporter_identities (petition_id, sealed) values (?, ?)", petitionId,
				Base64.getEncoder().encodeToString(crypt(Cipher.ENCRYPT_MODE, petitionId, plain, null)));
	}

	List<Petitioner> open(long petitionId) {
		List<String> sealed = jdbc.queryForList("select sealed from reporter_identities where petition_id = ?",
				String.class, petitionId);
		if (sealed.isEmpty()) {
			return List.of();
		}
		byte[] box = Base64.getDecoder().decode(sealed.get(0));
		return JSON.readValue(crypt(Cipher.DECRYPT_MODE, petitionId, null, box), new TypeReference<List<Petitioner>>() {
		});
	}

	private byte[] crypt(int mode, long petitionId, byte[] plain, byte[] box) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			byte[] aad = ByteBuffer.allocate(Long.BYTES).putLong(petitionId).array();
			if (mode == Cipher.ENCRYPT_MODE) {
				byte[] iv = new byte[12];
				RANDOM.nextBytes(iv);
				cipher.init(mode, key, new GCMParameterSpec(128, iv));
				cipher.updateAAD(aad);
				byte[] sealed = cipher.doFinal(plain);
				return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			}
			cipher.init(mode, key, new GCMParameterSpec(128, box, 0, 12));
			cipher.updateAAD(aad);
			return cipher.doFinal(box, 12, box.length - 12);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Reporter identity could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), ex);
		}
	}

	private static SecretKey key(PetitionSettings settings) {
		if (settings.identityKey() != null && !settings.identityKey().isBlank()) {
			return new SecretKeySpec(Base64.getDecoder().decode(settings.identityKey().strip()), "AES");
		}
		try {
			Path file = settings.keyFile();
			if (Files.exists(file)) {
				return new SecretKeySpec(Base64.getDecoder().decode(Files.readString(file).strip()), "AES");
			}
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256);
			SecretKey made = generator.generateKey();
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(made.getEncoded()));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// on a file system without POSIX permissions the folder's protection has to do
			}
			return made;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the identity key in " + settings.keyFile(), ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Who opened which petition's identities, when and why. */
	@Component
	static class Reveals {

		private final JdbcTemplate jdbc;

		Reveals(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		void record(long petitionId, String username, String reason) {
			jdbc.update("insert into identity_reveals (petition_id, at, username, reason) values (?, ?, ?, ?)", petitionId,
					java.sql.Timestamp.from(java.time.Instant.now()), username, reason);
		}
	}
}
