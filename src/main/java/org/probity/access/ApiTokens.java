package org.probity.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ApiTokens extends Repository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

	Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

	ApiToken save(ApiToken token);
}
