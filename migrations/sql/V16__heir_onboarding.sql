-- Heir onboarding (DESIGN.md lifecycle step 2): invitation → identity verification → consent and
-- proxy authorisation, or renunciation. The state lives on the heir row; the heir-onboarding
-- process only waits for it.
alter table heir
    add column onboarding_status text check (onboarding_status in ('INVITED', 'VERIFIED', 'AUTHORISED', 'RENOUNCED')),
    -- the highest assurance reached: CERTIFICATE may sign later, ONE_TIME_CODE may not
    add column assurance_level text check (assurance_level in ('ONE_TIME_CODE', 'CERTIFICATE')),
    add column invited_at timestamptz,
    add column verified_at timestamptz,
    -- consent to share this heir's data within the case; co-heirs see their details only after it
    add column consented_at timestamptz,
    -- the proxy this heir names: another heir of the case, or an outside agent (e.g. 地政士)
    add column proxy_heir_id uuid references heir (id),
    add column proxy_agent_name text,
    add column proxy_agent_national_id text,
    -- 拋棄繼承 (Civil Code 1174): declared to the court; we record the court's reference
    add column renounced_at timestamptz,
    add column renunciation_court_reference text,
    add column renunciation_date date,
    add constraint heir_one_proxy check (proxy_heir_id is null or proxy_agent_national_id is null);

-- Invitation links /portal/invitations/{token}: the token is random (256 bits) and only its
-- SHA-256 is stored; it carries no national ID. Every reminder sends a fresh token.
create table heir_invitation (
    token_sha256 char(64) primary key,
    heir_id      uuid not null references heir (id),
    created_at   timestamptz not null,
    expires_at   timestamptz not null
);
create index heir_invitation_heir_idx on heir_invitation (heir_id);

-- One-time codes to the heir's registered contact: one current code per heir, stored hashed
-- (HMAC with a per-code salt), with the wrong attempts that lead to a lockout.
create table heir_one_time_code (
    heir_id         uuid primary key references heir (id),
    code_hash       char(64) not null,
    salt            char(32) not null,
    issued_at       timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    failed_attempts int not null default 0,
    locked_until    timestamptz
);

-- Certificate challenges: a random nonce to be signed by the heir's certificate key; single use.
create table identity_challenge (
    id         uuid primary key,
    heir_id    uuid not null references heir (id),
    nonce      text not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index identity_challenge_heir_idx on identity_challenge (heir_id);

-- The case's proxy, once all active heirs named the same one, or a tax officer decided a dispute.
create table case_proxy (
    case_id                 uuid primary key references estate_case (id),
    proxy_heir_id           uuid references heir (id),
    proxy_agent_name        text,
    proxy_agent_national_id text,
    decided_by              text not null,   -- AGREEMENT, or OFFICER:<user id>
    reason                  text,
    decided_at              timestamptz not null,
    check ((proxy_heir_id is null) <> (proxy_agent_national_id is null))
);
