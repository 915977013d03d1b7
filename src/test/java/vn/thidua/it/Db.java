package vn.thidua.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.thidua.testsupport.AppServer;

/** Reads the application's database directly, to find demo records and check what was stored. */
final class Db {

    private Db() {
    }

    static long unitId(String code) {
        return number("SELECT id FROM unit WHERE code = ?", code);
    }

    /** Some staff member of the unit with this code. */
    static long staffIdOf(String unitCode) {
        return number("SELECT MIN(s.id) FROM staff_member s JOIN unit u ON u.id = s.unit_id WHERE u.code = ?", unitCode);
    }

    static long number(String sql, Object... params) {
        try (Connection c = AppServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + sql);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static java.util.List<String> texts(String sql, Object... params) {
        try (Connection c = AppServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                java.util.List<String> values = new java.util.ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String sql, Object... params) {
        try (Connection c = AppServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an INSERT and returns the generated key. */
    static long insert(String sql, Object... params) {
        try (Connection c = AppServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an UPDATE or DELETE as a client of the database would; the database's refusal is thrown. */
    static int execute(String sql, Object... params) throws SQLException {
        try (Connection c = AppServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
