package kz.assistant.reimbursement.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url} the program runs on its own PostgreSQL, kept under
 * {@code <home>/db}. With {@code SPRING_DATASOURCE_URL} (user and password from the environment)
 * Boot's own DataSource is used instead and this configuration stays out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(ReimbursementProperties properties, Environment environment) {
        boolean durable = environment.getProperty("reimbursement.embedded.durable", Boolean.class, true);
        try {
            return EmbeddedPostgresServer.startOrAttach(HomeFolder.databaseDirectory(properties.home()), durable);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in "
                    + HomeFolder.databaseDirectory(properties.home()) + ": " + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server, Environment environment) {
        HikariDataSource dataSource = new HikariDataSource();
        // The server is local: a connection not made within seconds means it is gone, and a run that
        // lost its database should say so promptly instead of waiting 30 s on every repository update.
        dataSource.setConnectionTimeout(environment.getProperty("reimbursement.embedded.connection-timeout",
                Duration.class, Duration.ofSeconds(10)).toMillis());
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.user());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(12);
        dataSource.setPoolName("embedded");
        // Turns JDBC batches into multi-row inserts: an order of magnitude for bulk writes.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Without it a failed batch puts the statement with its values (IINs, names, IBANs) in the message.
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        // Tells this run's sessions from another run's when deciding who stops the shared server.
        dataSource.addDataSourceProperty("ApplicationName", EmbeddedPostgresServer.applicationName());
        // The same session setting as an external database gets from application.properties: dates in Asia/Almaty.
        dataSource.setConnectionInitSql(environment.getProperty("spring.datasource.hikari.connection-init-sql"));
        return dataSource;
    }
}
