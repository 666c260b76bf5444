-- People: accounts, their roles, the committees and who sits on them. Accounts are deactivated, never deleted,
-- because the review record (comments, votes, history) refers to them by username for ever.
-- Runs unchanged on H2 (embedded default) and PostgreSQL (production).

create table person (
    username      varchar(64)   not null primary key,    -- sign-in name, also the Camunda user id
    display_name  varchar(200)  not null,                 -- 张明, or a library's name for a reader account
    organisation  varchar(200),                           -- 国家图书馆
    email         varchar(254),
    password_hash varchar(500)  not null,                 -- DelegatingPasswordEncoder format: {bcrypt}$2a$…
    active        boolean       default true not null,
    created_at    timestamp     not null
);

create table person_role (
    username varchar(64) not null references person (username),
    role     varchar(16) not null,
    primary key (username, role),
    constraint person_role_known check (role in ('READER', 'EDITOR', 'MEMBER', 'SECRETARIAT', 'CHAIR', 'ADMIN'))
);

-- A standardisation technical committee (标准化技术委员会) that owns standards and reviews their drafts.
create table committee (
    id   varchar(64)  not null primary key,               -- tc389
    name varchar(200) not null,
    code varchar(64)  not null unique                      -- SAC/TC 389
);

create table committee_membership (
    committee_id varchar(64) not null references committee (id),
    username     varchar(64) not null references person (username),
    function     varchar(16) not null,                    -- MEMBER (委员), CHAIR (主任委员), SECRETARY (秘书)
    voting       boolean     not null,
    primary key (committee_id, username),
    constraint committee_function_known check (function in ('MEMBER', 'CHAIR', 'SECRETARY')),
    -- The secretariat runs the ballot and never votes in it.
    constraint committee_secretary_votes_not check (function <> 'SECRETARY' or voting = false)
);

insert into committee (id, name, code) values ('tc389', '全国图书馆标准化技术委员会', 'SAC/TC 389');

-- Every standard belongs to a committee. One committee is all an installation has at first, so it is the default
-- for the rows that exist now and for those the catalog inserts without naming one.
alter table standard add column committee_id varchar(64) default 'tc389' not null;
alter table standard add constraint standard_committee foreign key (committee_id) references committee (id);
