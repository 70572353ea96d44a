package org.probity.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Users within the reader's jurisdiction (sign-in looks them up as the system). */
interface UserAccounts extends Repository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findById(Long id);

	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	List<UserAccount> findAllByOrderByUsername();

	UserAccount save(UserAccount account);
}
