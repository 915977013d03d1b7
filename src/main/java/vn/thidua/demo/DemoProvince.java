package vn.thidua.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.thidua.org.Gender;
import vn.thidua.org.UnitType;

/**
 * A demo province modelled on Hà Tĩnh (plan 1750/KH-SYT): the Sở Y tế, its provincial units, 13 district
 * health centres and their commune stations, with staff under realistic Vietnamese names. Plain Java and
 * deterministic for a given seed, so tests can count on it.
 */
public final class DemoProvince {

    /** A unit to create; parentIndex points into the list, -1 for the root. */
    public record DemoUnit(String code, String name, UnitType type, int parentIndex, long population, String address,
            String headName, int staffCount) {
    }

    public record DemoStaff(String code, String fullName, Gender gender, java.time.LocalDate birthDate, String position,
            int unitIndex) {
    }

    private static final String[][] PROVINCIAL = {
            {"BVDK", "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "HOSPITAL", "1000"},
            {"BVYHCT", "Bệnh viện Y học cổ truyền tỉnh Hà Tĩnh", "HOSPITAL", "220"},
            {"BVPHCN", "Bệnh viện Phục hồi chức năng tỉnh Hà Tĩnh", "HOSPITAL", "140"},
            {"BVMAT", "Bệnh viện Mắt tỉnh Hà Tĩnh", "HOSPITAL", "120"},
            {"BVTT", "Bệnh viện Tâm thần tỉnh Hà Tĩnh", "HOSPITAL", "130"},
            {"BVPHOI", "Bệnh viện Phổi tỉnh Hà Tĩnh", "HOSPITAL", "150"},
            {"BVCT", "Bệnh viện Đa khoa khu vực Cửa khẩu Quốc tế Cầu Treo", "HOSPITAL", "110"},
            {"CDC", "Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh", "CDC", "180"},
            {"TTPY", "Trung tâm Pháp y tỉnh Hà Tĩnh", "OTHER", "30"},
            {"TTGDYK", "Trung tâm Giám định y khoa tỉnh Hà Tĩnh", "OTHER", "35"},
            {"TTKN", "Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm tỉnh Hà Tĩnh", "OTHER", "45"},
            {"CCDS", "Chi cục Dân số - Kế hoạch hóa gia đình", "OTHER", "30"},
            {"CCATTP", "Chi cục An toàn vệ sinh thực phẩm", "OTHER", "30"},
            {"CDYT", "Trường Cao đẳng Y tế Hà Tĩnh", "OTHER", "90"},
            {"TTTTGDSK", "Trung tâm Truyền thông - Giáo dục sức khỏe", "OTHER", "25"},
    };

    /** District code, name, how commune names are formed ("Thạch {}" or "{} Lộc"), ward or commune. */
    private static final String[][] DISTRICTS = {
            {"HTINH", "Thành phố Hà Tĩnh", "{}", "phường"},
            {"HLINH", "Thị xã Hồng Lĩnh", "Trung {}", "phường"},
            {"TXKA", "Thị xã Kỳ Anh", "Kỳ {}", "phường"},
            {"HSON", "huyện Hương Sơn", "Sơn {}", "xã"},
            {"DTHO", "huyện Đức Thọ", "Đức {}", "xã"},
            {"VQUANG", "huyện Vũ Quang", "Hương {}", "xã"},
            {"NXUAN", "huyện Nghi Xuân", "Xuân {}", "xã"},
            {"CLOC", "huyện Can Lộc", "{} Lộc", "xã"},
            {"HKHE", "huyện Hương Khê", "Phúc {}", "xã"},
            {"THA", "huyện Thạch Hà", "Thạch {}", "xã"},
            {"CXUYEN", "huyện Cẩm Xuyên", "Cẩm {}", "xã"},
            {"KANH", "huyện Kỳ Anh", "Kỳ {}", "xã"},
            {"LHA", "huyện Lộc Hà", "Hộ {}", "xã"},
    };

    private static final String[] PLACE_SYLLABLES = {"Bình", "An", "Hòa", "Lạc", "Long", "Hải", "Thịnh", "Phú", "Hưng",
            "Tân", "Trung", "Đông", "Tây", "Nam", "Bắc", "Hà", "Lâm", "Mỹ", "Vĩnh", "Thanh", "Quang", "Đồng", "Tiến",
            "Thắng", "Lợi", "Phong", "Sơn", "Thủy", "Yên", "Châu", "Hà Linh", "Trường", "Khánh", "Phúc", "Tường"};

    private static final String[] SURNAMES = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
            "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Thái", "Đậu", "Hà", "Trương"};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Xuân", "Đình", "Công", "Thanh", "Ngọc"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng", "Bích", "Thùy"};
    private static final String[] MALE_GIVEN = {"Anh", "Bảo", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hoàng",
            "Hùng", "Huy", "Khánh", "Long", "Lâm", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn",
            "Tài", "Thắng", "Thành", "Tiến", "Toàn", "Trung", "Tuấn", "Việt", "Vinh"};
    private static final String[] FEMALE_GIVEN = {"An", "Anh", "Ánh", "Bình", "Chi", "Dung", "Giang", "Hà", "Hằng",
            "Hạnh", "Hiền", "Hoa", "Hòa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngọc", "Nhung",
            "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến"};
    private static final String[] HOSPITAL_POSITIONS = {"Bác sĩ", "Bác sĩ", "Điều dưỡng", "Điều dưỡng", "Điều dưỡng",
            "Hộ sinh", "Kỹ thuật viên", "Dược sĩ", "Trưởng khoa", "Phó trưởng khoa", "Kế toán", "Chuyên viên"};
    private static final String[] STATION_POSITIONS = {"Y sĩ", "Y sĩ", "Điều dưỡng", "Hộ sinh", "Bác sĩ", "Dược sĩ"};
    private static final String[] OFFICE_POSITIONS = {"Chuyên viên", "Chuyên viên", "Kế toán", "Văn thư", "Kỹ thuật viên"};

    private final Random random;
    private final List<DemoUnit> units = new ArrayList<>();
    private final List<DemoStaff> staff = new ArrayList<>();

    public DemoProvince(long seed) {
        this.random = new Random(seed);
        build();
    }

    public List<DemoUnit> units() {
        return units;
    }

    public List<DemoStaff> staff() {
        return staff;
    }

    public int indexOf(String code) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private void build() {
        units.add(new DemoUnit("SYT", "Sở Y tế Hà Tĩnh", UnitType.DEPARTMENT, -1, 1_323_000,
                "Số 70, đường Phan Đình Phùng, thành phố Hà Tĩnh", fullName(random.nextBoolean()), 45));
        for (String[] p : PROVINCIAL) {
            units.add(new DemoUnit(p[0], p[1], UnitType.valueOf(p[2]), 0, 0, "Thành phố Hà Tĩnh",
                    fullName(random.nextBoolean()), Integer.parseInt(p[3])));
        }
        for (String[] d : DISTRICTS) {
            int districtIndex = units.size();
            units.add(new DemoUnit("TTYT-" + d[0], "Trung tâm Y tế " + d[1], UnitType.DISTRICT_CENTRE, 0, 0, d[1],
                    fullName(random.nextBoolean()), 270 + random.nextInt(100)));
            Set<String> names = new LinkedHashSet<>();
            int communes = 13 + random.nextInt(5);
            while (names.size() < communes) {
                names.add(d[2].replace("{}", PLACE_SYLLABLES[random.nextInt(PLACE_SYLLABLES.length)]));
            }
            int n = 1;
            for (String name : names) {
                long population = 3_000 + random.nextInt(9_000);
                units.add(new DemoUnit(String.format("TYT-%s-%02d", d[0], n++), "Trạm Y tế " + d[3] + " " + name,
                        UnitType.COMMUNE_STATION, districtIndex, population, d[3] + " " + name + ", " + d[1],
                        fullName(random.nextBoolean()), 5 + random.nextInt(5)));
            }
        }
        int code = 1;
        for (int i = 0; i < units.size(); i++) {
            DemoUnit unit = units.get(i);
            for (int k = 0; k < unit.staffCount(); k++) {
                boolean female = random.nextInt(100) < 68;
                String position = k == 0 ? headTitle(unit.type()) : position(unit.type());
                staff.add(new DemoStaff(String.format("CB%06d", code++), fullName(!female),
                        female ? Gender.FEMALE : Gender.MALE,
                        java.time.LocalDate.of(1965 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        position, i));
            }
        }
    }

    private String headTitle(UnitType type) {
        return switch (type) {
            case COMMUNE_STATION -> "Trạm trưởng";
            case DEPARTMENT, HOSPITAL, CDC, DISTRICT_CENTRE, OTHER -> "Giám đốc";
        };
    }

    private String position(UnitType type) {
        String[] pool = switch (type) {
            case COMMUNE_STATION -> STATION_POSITIONS;
            case DEPARTMENT, OTHER -> OFFICE_POSITIONS;
            case HOSPITAL, CDC, DISTRICT_CENTRE -> HOSPITAL_POSITIONS;
        };
        return pool[random.nextInt(pool.length)];
    }

    private String fullName(boolean male) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String middle = male ? MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)] : FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)];
        String given = male ? MALE_GIVEN[random.nextInt(MALE_GIVEN.length)] : FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)];
        return surname + " " + middle + " " + given;
    }
}
