package tw.ourdata.estate.support;

/** Death-registration notices as a registration office would post them. */
public final class Notices {

    private Notices() {
    }

    /** A notice with a decedent, a spouse and any further heirs (JSON array elements, each starting with a comma). */
    public static String notice(String registrationNumber, String decedentId, String spouseId, String extraHeirs) {
        return """
                {
                  "registrationNumber": "%s",
                  "registrationOffice": "臺北市大安區戶政事務所",
                  "decedent": { "nationalId": "%s", "name": "王大明", "birthDate": "1948-03-02",
                                "dateOfDeath": "2025-01-15", "address": "臺北市大安區和平東路二段 100 號", "diedInLineOfDuty": false },
                  "heirs": [
                    { "nationalId": "%s", "name": "林美麗", "birthDate": "1952-07-19", "relation": "SPOUSE",
                      "contact": { "phone": "0912345678", "email": "meili@example.tw" } }%s
                  ]
                }
                """.formatted(registrationNumber, decedentId, spouseId, extraHeirs);
    }

    /** A valid notice with fresh national IDs. */
    public static String valid(String registrationNumber) {
        return notice(registrationNumber, TestIds.citizen(1), TestIds.citizen(2), "");
    }
}
