-- Estate-tax amounts by date of death. One row per period: when the Ministry of Finance
-- re-indexes the amounts (Estate and Gift Tax Act Art. 12-1, CPI up 10% since the last
-- adjustment) a new row is added; the code does not change. The server loads these rows into
-- tw.ourdata.estate.tax.TaxParameterTable and always uses the row in force at the date of death.
-- Amounts are whole NT$; rates are whole percent. Brackets (Art. 13): net up to bracket1_top pays
-- bracket1_rate_percent, up to bracket2_top bracket2_rate_percent, above that bracket3_rate_percent;
-- tax = net * rate / 100 - quick-calculation constant (累進差額).

CREATE TABLE estate_tax_parameters (
    effective_from              date    NOT NULL PRIMARY KEY,
    effective_to                date    NOT NULL,   -- inclusive
    exemption                   bigint  NOT NULL,   -- Art. 18 免稅額
    spouse_deduction            bigint  NOT NULL,   -- Art. 17(1)(1)
    lineal_descendant_deduction bigint  NOT NULL,   -- Art. 17(1)(2), also per year a minor is short of majority
    parent_deduction            bigint  NOT NULL,   -- Art. 17(1)(3)
    severe_disability_deduction bigint  NOT NULL,   -- Art. 17(1)(4)
    dependent_deduction         bigint  NOT NULL,   -- Art. 17(1)(5), sibling or grandparent
    funeral_deduction           bigint  NOT NULL,   -- Art. 17(1)(10)
    bracket1_top                bigint  NOT NULL,
    bracket1_rate_percent       integer NOT NULL,
    bracket1_quick_calc         bigint  NOT NULL,
    bracket2_top                bigint  NOT NULL,
    bracket2_rate_percent       integer NOT NULL,
    bracket2_quick_calc         bigint  NOT NULL,
    bracket3_rate_percent       integer NOT NULL,
    bracket3_quick_calc         bigint  NOT NULL,
    legal_basis                 text    NOT NULL,   -- act amendment / MOF announcement the amounts come from
    CONSTRAINT estate_tax_parameters_period CHECK (effective_from <= effective_to),
    CONSTRAINT estate_tax_parameters_progressive_era CHECK (effective_from >= DATE '2017-05-12'),
    CONSTRAINT estate_tax_parameters_amounts CHECK (
        exemption >= 0 AND spouse_deduction >= 0 AND lineal_descendant_deduction >= 0
        AND parent_deduction >= 0 AND severe_disability_deduction >= 0 AND dependent_deduction >= 0
        AND funeral_deduction >= 0),
    CONSTRAINT estate_tax_parameters_brackets CHECK (
        0 < bracket1_top AND bracket1_top < bracket2_top
        AND bracket1_rate_percent BETWEEN 1 AND 100
        AND bracket2_rate_percent BETWEEN 1 AND 100
        AND bracket3_rate_percent BETWEEN 1 AND 100
        AND bracket1_quick_calc >= 0 AND bracket2_quick_calc >= 0 AND bracket3_quick_calc >= 0),
    -- a date of death must find exactly one row
    CONSTRAINT estate_tax_parameters_no_overlap
        EXCLUDE USING gist (daterange(effective_from, effective_to, '[]') WITH &&)
);

COMMENT ON TABLE estate_tax_parameters IS
    'Estate-tax parameters by date of death (Estate and Gift Tax Act Art. 12-1, 13, 17, 18); one row per MOF adjustment';

INSERT INTO estate_tax_parameters (
    effective_from, effective_to, exemption, spouse_deduction, lineal_descendant_deduction,
    parent_deduction, severe_disability_deduction, dependent_deduction, funeral_deduction,
    bracket1_top, bracket1_rate_percent, bracket1_quick_calc,
    bracket2_top, bracket2_rate_percent, bracket2_quick_calc,
    bracket3_rate_percent, bracket3_quick_calc, legal_basis)
VALUES
    (DATE '2017-05-12', DATE '2021-12-31', 12000000, 4930000, 500000, 1230000, 6180000, 500000, 1230000,
     50000000, 10, 0, 100000000, 15, 2500000, 20, 7500000,
     '遺產及贈與稅法第13條 2017年5月10日修正公布、同年5月12日施行（10%/15%/20%累進稅率）；扣除額依財政部依第12條之1公告 / '
     || 'Estate and Gift Tax Act Art. 13 as amended 2017-05-10, in force 2017-05-12 (10/15/20% brackets); '
     || 'deductions as announced by the MOF under Art. 12-1 (announcement number not recorded here)'),
    (DATE '2022-01-01', DATE '2023-12-31', 13330000, 4930000, 500000, 1230000, 6180000, 500000, 1230000,
     50000000, 10, 0, 100000000, 15, 2500000, 20, 7500000,
     '財政部依遺產及贈與稅法第12條之1公告調整免稅額為1,333萬元，2022年1月1日起發生之繼承案件適用（公告文號待確認） / '
     || 'MOF announcement under Art. 12-1 (late 2021) raising the exemption to 13,330,000 for deaths from 2022-01-01 '
     || '(announcement number to be confirmed)'),
    (DATE '2024-01-01', DATE '2024-12-31', 13330000, 5530000, 560000, 1380000, 6930000, 560000, 1380000,
     50000000, 10, 0, 100000000, 15, 2500000, 20, 7500000,
     '財政部依遺產及贈與稅法第12條之1公告調整扣除額，2024年1月1日起發生之繼承案件適用（公告文號待確認） / '
     || 'MOF announcement under Art. 12-1 (late 2023) raising the deductions for deaths from 2024-01-01 '
     || '(announcement number to be confirmed)'),
    (DATE '2025-01-01', DATE '2026-12-31', 13330000, 5530000, 560000, 1380000, 6930000, 560000, 1380000,
     56210000, 10, 0, 112420000, 15, 2810500, 20, 8431500,
     '財政部依遺產及贈與稅法第12條之1公告調整課稅級距為5,621萬元／1億1,242萬元，2025年1月1日起發生之繼承案件適用（公告文號待確認） / '
     || 'MOF announcement under Art. 12-1 (late 2024) raising the bracket tops to 56,210,000 / 112,420,000 '
     || 'for deaths from 2025-01-01 (announcement number to be confirmed)');
