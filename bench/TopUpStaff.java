import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Data generator of the staff-table benchmark: copies the demo staff, with numbered names, until the database
 * holds the target count. Straight SQL, so 20,000 rows take seconds; the rows are bench data, not audited.
 * Usage: java -cp mysql-connector-j.jar bench/TopUpStaff.java jdbc-url target
 */
public class TopUpStaff {
    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:mysql://localhost:3307/thidua?user=root&useSSL=false&allowPublicKeyRetrieval=true";
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        try (Connection c = DriverManager.getConnection(url)) {
            int have = count(c);
            int round = 0;
            while (have < target) {
                round++;
                try (PreparedStatement copy = c.prepareStatement(
                        "INSERT INTO staff_member (full_name, gender, birth_date, position, unit_id, status) "
                                + "SELECT CONCAT(full_name, ' ', ?), gender, DATE_ADD(birth_date, INTERVAL ? DAY), position, unit_id, status "
                                + "FROM staff_member ORDER BY id LIMIT ?")) {
                    copy.setString(1, "B" + round);
                    copy.setInt(2, round);
                    copy.setInt(3, Math.min(have, target - have));
                    copy.executeUpdate();
                }
                have = count(c);
            }
            System.out.println("staff in the database: " + have);
        }
    }

    private static int count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM staff_member")) {
            r.next();
            return r.getInt(1);
        }
    }
}
