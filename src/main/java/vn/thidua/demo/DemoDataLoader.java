package vn.thidua.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.AuditLog;
import vn.thidua.demo.DemoProvince.DemoStaff;
import vn.thidua.demo.DemoProvince.DemoUnit;
import vn.thidua.org.UnitType;
import vn.thidua.security.PasswordHasher;
import vn.thidua.security.Role;

/**
 * In demo mode (thidua.demo=true), fills an empty database with the demo province and one account per
 * role. In production mode it does nothing; {@link vn.thidua.security.FirstAdministrator} creates the first admin.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "Demo@2026";
    public static final long SEED = 1750L;

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** user name, full name, role, unit code */
    static final String[][] DEMO_ACCOUNTS = {
            {"admin", "Quản trị hệ thống", "ADMIN", "SYT"},
            {"vanphong", "Nguyễn Thị Thu Hà", "SECRETARIAT", "SYT"},
            {"canbo.bvdk", "Trần Văn Đức", "UNIT_OFFICER", "BVDK"},
            {"truong.bvdk", "Lê Quốc Bảo", "UNIT_HEAD", "BVDK"},
            {"canbo.thachha", "Phạm Thị Hương", "UNIT_OFFICER", "TTYT-THA"},
            {"hoidong", "Hoàng Văn Nam", "BOARD_MEMBER", "BVYHCT"},
            {"hoidong2", "Trương Thị Lan", "BOARD_MEMBER", "CDC"},
            {"hoidong3", "Nguyễn Đình Phúc", "BOARD_MEMBER", "BVMAT"},
            {"chutich", "Đặng Hữu Nghĩa", "BOARD_CHAIR", "SYT"},
            {"lanhdao", "Võ Thị Ngọc Ánh", "VIEWER", "SYT"},
    };

    @Resource(lookup = "java:app/jdbc/thidua")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "thidua.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog auditLog;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "SELECT COUNT(*) FROM unit") > 0) {
                return;
            }
            long start = System.nanoTime();
            DemoProvince province = new DemoProvince(SEED);
            List<Long> unitIds = insertUnits(c, province.units());
            insertStaff(c, province.staff(), unitIds);
            insertBlocks(c, province, unitIds);
            insertAccounts(c, province, unitIds);
            auditLog.record("DEMO_DATA", "Province", null, null,
                    "units=" + unitIds.size() + "; staff=" + province.staff().size());
            LOG.info(() -> String.format("Demo data loaded: %d units, %d staff in %d ms", unitIds.size(),
                    province.staff().size(), (System.nanoTime() - start) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo data", e);
        }
    }

    private static List<Long> insertUnits(Connection c, List<DemoUnit> units) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        long[] population = new long[units.size()];
        for (int i = units.size() - 1; i >= 0; i--) {
            DemoUnit u = units.get(i);
            population[i] += u.population();
            if (u.type() == UnitType.COMMUNE_STATION) {
                population[u.parentIndex()] += population[i];
            }
        }
        String sql = "INSERT INTO unit (code, name, unit_type, parent_id, path, population, address, head_name)"
                + " VALUES (?, ?, ?, ?, '/', ?, ?, ?)";
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                PreparedStatement path = c.prepareStatement("UPDATE unit SET path = ? WHERE id = ?")) {
            for (int i = 0; i < units.size(); i++) {
                DemoUnit u = units.get(i);
                insert.setString(1, u.code());
                insert.setString(2, u.name());
                insert.setString(3, u.type().name());
                if (u.parentIndex() < 0) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, ids.get(u.parentIndex()));
                }
                if (population[i] > 0) {
                    insert.setLong(5, population[i]);
                } else {
                    insert.setNull(5, Types.BIGINT);
                }
                insert.setString(6, u.address());
                insert.setString(7, u.headName());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
                String p = (u.parentIndex() < 0 ? "/" : paths.get(u.parentIndex())) + ids.get(i) + "/";
                paths.add(p);
                path.setString(1, p);
                path.setLong(2, ids.get(i));
                path.addBatch();
            }
            path.executeBatch();
        }
        return ids;
    }

    private static void insertStaff(Connection c, List<DemoStaff> staff, List<Long> unitIds) throws SQLException {
        String sql = "INSERT INTO staff_member (code, full_name, gender, birth_date, position, unit_id, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE')";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (DemoStaff s : staff) {
                ps.setString(1, s.code());
                ps.setString(2, s.fullName());
                ps.setString(3, s.gender().name());
                ps.setDate(4, Date.valueOf(s.birthDate()));
                ps.setString(5, s.position());
                ps.setLong(6, unitIds.get(s.unitIndex()));
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertBlocks(Connection c, DemoProvince province, List<Long> unitIds) throws SQLException {
        String[] names = {"Khối các bệnh viện tuyến tỉnh", "Khối Trung tâm Y tế huyện, thị xã, thành phố",
                "Khối các đơn vị dự phòng, kiểm nghiệm và quản lý nhà nước"};
        for (int year : new int[] {2025, 2026}) {
            for (int b = 0; b < names.length; b++) {
                long blockId;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO emulation_block (name, block_year, description) VALUES (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, names[b]);
                    ps.setInt(2, year);
                    ps.setString(3, "Khối thi đua năm " + year);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        blockId = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO emulation_block_unit (block_id, unit_id) VALUES (?, ?)")) {
                    for (int i = 0; i < province.units().size(); i++) {
                        UnitType type = province.units().get(i).type();
                        boolean member = switch (b) {
                            case 0 -> type == UnitType.HOSPITAL;
                            case 1 -> type == UnitType.DISTRICT_CENTRE;
                            default -> type == UnitType.CDC || type == UnitType.OTHER;
                        };
                        if (member) {
                            ps.setLong(1, blockId);
                            ps.setLong(2, unitIds.get(i));
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                }
            }
        }
    }

    private void insertAccounts(Connection c, DemoProvince province, List<Long> unitIds) throws SQLException {
        String hash = hasher.hash(DEMO_PASSWORD);
        for (String[] a : DEMO_ACCOUNTS) {
            long accountId;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO account (username, password_hash, full_name, unit_id, email, demo) VALUES (?, ?, ?, ?, ?, TRUE)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, a[0]);
                ps.setString(2, hash);
                ps.setString(3, a[1]);
                ps.setLong(4, unitIds.get(province.indexOf(a[3])));
                ps.setString(5, a[0] + "@demo.thidua.vn");
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    accountId = keys.getLong(1);
                }
            }
            Set<Role> roles = EnumSet.of(Role.valueOf(a[2]));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
                for (Role role : roles) {
                    ps.setLong(1, accountId);
                    ps.setString(2, role.name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
