-- The institutions an asset query goes to, as data: adding or re-pointing one is a row, not code.
-- service_level is the ISO-8601 duration the institution may take to answer before the query is
-- re-sent once and then escalated to a tax officer.
--
-- endpoint: an absolute URL is called as it is. A relative one ("/simulator/...") means this very
-- server, i.e. the bundled institution simulator, and is only honoured in demo mode; a deployment
-- sets the institutions' real URLs here (update institution set endpoint = 'https://...').
-- Each institution answers with its own API key: api_client rows of kind INSTITUTION whose
-- institution_code is this code (demo mode seeds dev-<code>).
create table institution (
    code          text primary key check (code ~ '^[A-Z][A-Z_]{1,39}$'),
    name_zh       text not null,
    name_en       text not null,
    endpoint      text not null,
    service_level text not null check (service_level ~ '^P'),
    position      int not null unique,
    active        boolean not null default true
);

insert into institution (code, name_zh, name_en, endpoint, service_level, position) values
    ('LAND',           '地政機關',             'Land registry',                                '/simulator/institutions/LAND/queries',           'P7D',  1),
    ('VEHICLE',        '公路監理機關',         'Vehicle registry',                             '/simulator/institutions/VEHICLE/queries',        'P5D',  2),
    ('TDCC',           '臺灣集中保管結算所',   'Taiwan Depository & Clearing Corporation',     '/simulator/institutions/TDCC/queries',           'P5D',  3),
    ('BANKS',          '中華民國銀行商業同業公會全國聯合會', 'Bankers Association of the R.O.C.', '/simulator/institutions/BANKS/queries',       'P14D', 4),
    ('LIFE_INSURANCE', '中華民國人壽保險商業同業公會', 'Life Insurance Association of the R.O.C.', '/simulator/institutions/LIFE_INSURANCE/queries', 'P14D', 5),
    ('TAIFEX',         '臺灣期貨交易所',       'Taiwan Futures Exchange',                      '/simulator/institutions/TAIFEX/queries',         'P5D',  6),
    ('SITCA',          '中華民國證券投資信託暨顧問商業同業公會', 'Securities Investment Trust & Consulting Association', '/simulator/institutions/SITCA/queries', 'P10D', 7),
    ('JCIC',           '財團法人金融聯合徵信中心', 'Joint Credit Information Center',          '/simulator/institutions/JCIC/queries',           'P5D',  8),
    ('POST',           '中華郵政',             'Chunghwa Post',                                '/simulator/institutions/POST/queries',           'P10D', 9);
