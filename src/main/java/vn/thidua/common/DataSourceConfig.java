package vn.thidua.common;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source: MySQL Connector/J, configured through MicroProfile Config
 * (db.url, db.user, db.password; DB_URL, DB_USER, DB_PASSWORD in the environment).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/thidua",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfig {
}
