package tw.ourdata.estate.simulator;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a simulated institution knows about a decedent: synthetic but plausible, and derived only
 * from the national ID and the institution (a random generator seeded with a SHA-256 of both), so
 * the same decedent always has the same estate, on any server, in any run.
 *
 * <p>Plain Java; the answers have exactly the shape of the institution protocol.
 */
public final class SimulatedEstate {

    /** An answer as posted to {@code /api/v1/asset-queries/{queryId}/answer}. */
    public record Answer(String status, List<Asset> assets, List<Liability> liabilities) {
    }

    public record Asset(String kind, String description, String identifier, String valuationBasis, long value, String share) {
    }

    public record Liability(String kind, String description, long amount) {
    }

    private static final String[] DISTRICTS = {"臺北市大安區", "臺北市信義區", "新北市板橋區", "桃園市中壢區", "臺中市西屯區",
            "臺南市東區", "高雄市苓雅區", "新竹市東區"};
    private static final String[] SECTIONS = {"仁愛段", "和平段", "中正段", "民生段", "福德段", "永安段"};
    private static final String[] SHARES = {"1", "1", "1", "1/2", "1/3", "1/4"};
    private static final String[] CARS = {"TOYOTA ALTIS", "TOYOTA RAV4", "HONDA CR-V", "NISSAN SENTRA", "MAZDA 3", "LEXUS ES200"};
    private static final String[][] STOCKS = {{"2330", "台積電", "1050"}, {"2317", "鴻海", "180"}, {"2412", "中華電", "122"},
            {"2882", "國泰金", "58"}, {"0050", "元大台灣50", "190"}, {"2303", "聯電", "50"}, {"1301", "台塑", "45"}};
    private static final String[] BANKS = {"臺灣銀行", "合作金庫商業銀行", "第一商業銀行", "華南商業銀行", "國泰世華商業銀行",
            "中國信託商業銀行", "玉山商業銀行"};
    private static final String[] INSURERS = {"國泰人壽", "富邦人壽", "南山人壽", "新光人壽", "台灣人壽"};
    private static final String[] FUNDS = {"元大台灣高股息基金", "國泰全球智能電動車基金", "富邦台灣科技指數基金", "統一黑馬基金",
            "群益馬拉松基金"};

    private SimulatedEstate() {
    }

    /** The answer of institution {@code code} about the decedent with this national ID. */
    public static Answer answer(String institutionCode, String nationalId) {
        Random r = new Random(seed(institutionCode, nationalId));
        List<Asset> assets = new ArrayList<>();
        List<Liability> liabilities = new ArrayList<>();
        switch (institutionCode) {
            case "LAND" -> land(r, assets);
            case "VEHICLE" -> {
                if (r.nextInt(100) < 65) {
                    String plate = letters(r, 3) + "-" + (1000 + r.nextInt(9000));
                    assets.add(new Asset("VEHICLE", "自用小客車 " + pick(r, CARS) + " " + (2010 + r.nextInt(15)) + " 年式",
                            plate, "財政部公告車輛現值 MOF vehicle value table", 100_000L + r.nextInt(70) * 10_000L, "1"));
                }
            }
            case "TDCC" -> {
                if (r.nextInt(100) < 80) {
                    int holdings = 1 + r.nextInt(3);
                    for (int i = 0; i < holdings; i++) {
                        String[] stock = STOCKS[r.nextInt(STOCKS.length)];
                        long shares = 1000L * (1 + r.nextInt(20));
                        assets.add(new Asset("SECURITIES", stock[1] + " (" + stock[0] + ") 普通股 " + shares + " 股", stock[0],
                                "死亡日收盤價 closing price at the date of death: NT$" + stock[2], shares * Long.parseLong(stock[2]), "1"));
                    }
                }
            }
            case "BANKS" -> {
                int accounts = 1 + r.nextInt(3);
                for (int i = 0; i < accounts; i++) {
                    String bank = pick(r, BANKS);
                    assets.add(new Asset("DEPOSIT", bank + (r.nextBoolean() ? " 活期存款" : " 定期存款"), account(r),
                            "死亡日存款本息餘額 balance with interest at the date of death", 10_000L + r.nextInt(500) * 10_000L, "1"));
                }
                if (r.nextInt(100) < 15) {
                    assets.add(new Asset("SAFE_DEPOSIT_BOX", pick(r, BANKS) + " 保管箱 (contents to be inventoried 內容物待清點)",
                            "BOX-" + (100 + r.nextInt(900)), "租用保管箱，內容物另行清點 contents not yet valued", 0, "1"));
                }
            }
            case "LIFE_INSURANCE" -> {
                if (r.nextInt(100) < 40) {
                    assets.add(new Asset("INSURANCE", pick(r, INSURERS) + " 要保人為被繼承人之保單 (policy held by the decedent)",
                            "POL-" + digits(r, 10), "死亡日保單價值準備金 policy reserve at the date of death",
                            100_000L + r.nextInt(190) * 10_000L, "1"));
                }
            }
            case "TAIFEX" -> {
                if (r.nextInt(100) < 15) {
                    assets.add(new Asset("FUTURES", "期貨保證金專戶餘額 futures margin account", "FUT-" + digits(r, 8),
                            "死亡日權益數 account equity at the date of death", 50_000L + r.nextInt(95) * 10_000L, "1"));
                }
            }
            case "SITCA" -> {
                if (r.nextInt(100) < 45) {
                    int funds = 1 + r.nextInt(2);
                    for (int i = 0; i < funds; i++) {
                        assets.add(new Asset("FUND", pick(r, FUNDS) + " 受益憑證", "FUND-" + digits(r, 8),
                                "死亡日淨值 net asset value at the date of death", 30_000L + r.nextInt(200) * 5_000L, "1"));
                    }
                }
            }
            case "JCIC" -> {
                if (r.nextInt(100) < 60) {
                    if (r.nextBoolean()) {
                        liabilities.add(new Liability("LOAN", pick(r, BANKS) + " 房屋擔保借款 mortgage loan",
                                500_000L + r.nextInt(750) * 10_000L));
                    }
                    if (liabilities.isEmpty() || r.nextBoolean()) {
                        liabilities.add(new Liability("CREDIT_CARD", pick(r, BANKS) + " 信用卡應付帳款 credit card balance",
                                5_000L + r.nextInt(200) * 1_000L));
                    }
                }
            }
            case "POST" -> {
                if (r.nextInt(100) < 80) {
                    assets.add(new Asset("DEPOSIT", "中華郵政 存簿儲金 passbook savings", account(r),
                            "死亡日存款本息餘額 balance with interest at the date of death", 5_000L + r.nextInt(200) * 5_000L, "1"));
                    if (r.nextInt(100) < 25) {
                        assets.add(new Asset("DEPOSIT", "中華郵政 定期儲金 time deposit", account(r),
                                "死亡日存款本息餘額 balance with interest at the date of death", 100_000L + r.nextInt(50) * 20_000L, "1"));
                    }
                }
            }
            default -> {
                // An institution the simulator does not know finds nothing.
            }
        }
        boolean found = !assets.isEmpty() || !liabilities.isEmpty();
        return new Answer(found ? "FOUND" : "NONE", List.copyOf(assets), List.copyOf(liabilities));
    }

    private static void land(Random r, List<Asset> assets) {
        if (r.nextInt(100) >= 80) {
            return;
        }
        int parcels = 1 + r.nextInt(2);
        for (int i = 0; i < parcels; i++) {
            String place = pick(r, DISTRICTS) + pick(r, SECTIONS) + (1 + r.nextInt(5)) + "小段";
            String number = String.format("%04d-%04d", 1 + r.nextInt(1200), r.nextInt(3) == 0 ? 1 + r.nextInt(20) : 0);
            long areaCentiM2 = 3_000 + r.nextInt(37_000); // 30.00 to 400.00 m²
            long pricePerM2 = 20_000L + r.nextInt(3_800) * 100L; // 公告土地現值 per m²
            String share = pick(r, SHARES);
            assets.add(new Asset("LAND", place + " " + number + " 地號 土地 " + (areaCentiM2 / 100) + "." + String.format("%02d", areaCentiM2 % 100) + " m²",
                    number, "公告土地現值 announced current land value NT$" + pricePerM2 + "/m²", areaCentiM2 * pricePerM2 / 100, share));
            if (r.nextInt(100) < 60) {
                assets.add(new Asset("BUILDING", place + " " + (100 + r.nextInt(900)) + " 建號 房屋 (on land " + number + ")",
                        "B-" + number, "房屋評定現值 assessed standard value of the house", 300_000L + r.nextInt(270) * 10_000L, share));
            }
        }
    }

    private static long seed(String institutionCode, String nationalId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((nationalId + "|" + institutionCode).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String letters(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + r.nextInt(26)));
        }
        return s.toString();
    }

    private static String digits(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    /** Account numbers masked as banks print them: only the last four digits. */
    private static String account(Random r) {
        return "****-****-" + digits(r, 4);
    }
}
