-- The estate-tax filing deadline is six months from the death (Art. 23), derived, never stored;
-- an officer's one extension (Art. 26) is stored here with who granted it and why.
alter table estate_case
    add column filing_deadline_extended_to date,
    add column filing_extension_requested_on date,
    add column filing_extension_granted_by text,
    add column filing_extension_reason text;
