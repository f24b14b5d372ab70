// Fills the staging table bench_cpr with fictional CPR numbers sealed by the application's own
// protection (shared.cpr.CprProtector: AES-256-GCM plus the keyed HMAC lookup hash, DP1), so that
// generated clients and mentors are stored exactly as the application stores them.
// Run by bench/generate.sh as a single-file source program on the application's class path:
//   java -cp target/classes:<dependencies> bench/SealCprNumbers.java <jdbc-url> <count>
// The keys come from MENTORORDNING_CPR_ENCRYPTION_KEY and MENTORORDNING_CPR_HASH_KEY.
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;

import org.postgresql.PGConnection;

import dk.kriminalforsorgen.mentorordning.shared.cpr.Cpr;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProperties;
import dk.kriminalforsorgen.mentorordning.shared.cpr.CprProtector;

public class SealCprNumbers {

    private static final LocalDate FIRST_BIRTH_DAY = LocalDate.of(1950, 1, 1);
    private static final int DAYS = 18_262; // 1950-01-01 .. 1999-12-31: serials 0000-3999 mean the 1900s
    private static final int BATCH = 20_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        CprProtector protector = new CprProtector(new CprProperties(
                System.getenv("MENTORORDNING_CPR_ENCRYPTION_KEY"), System.getenv("MENTORORDNING_CPR_HASH_KEY")));
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().execute("drop table if exists bench_cpr");
            connection.createStatement().execute(
                    "create table bench_cpr (n integer primary key, birth_date date not null, cpr_encrypted varchar(200) not null, cpr_hash varchar(64) not null)");
            var copy = ((PGConnection) connection).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int n = 1; n <= count; n++) {
                // A bijection n -> (birth day, serial): every number is distinct, no random collisions.
                // The day is spread by a multiplier coprime to DAYS so neighbouring n are not neighbours in age.
                LocalDate birthDay = FIRST_BIRTH_DAY.plusDays((long) (n % DAYS) * 7_919 % DAYS);
                int serial = n / DAYS;
                Cpr cpr = Cpr.of(String.format("%02d%02d%02d%04d", birthDay.getDayOfMonth(), birthDay.getMonthValue(),
                        birthDay.getYear() % 100, serial));
                rows.append(n).append('\t').append(birthDay).append('\t').append(protector.encrypt(cpr)).append('\t')
                        .append(protector.lookupHash(cpr)).append('\n');
                if (n % BATCH == 0 || n == count) {
                    copy.copyIn("copy bench_cpr from stdin", new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
        }
        System.out.println("sealed " + count + " CPR numbers");
    }
}
