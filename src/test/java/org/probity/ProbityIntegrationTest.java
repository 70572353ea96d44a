package org.probity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against H2, or against PostgreSQL when the build runs the suite a second time with
 * {@code probity.test.db=postgres} (see {@link TestDatabases}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabases.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabases.class)
@Import({ TestDatabases.CleanSchemaOnce.class, MovableClock.Config.class })
public @interface ProbityIntegrationTest {
}
