-- Orleans ADO.NET clustering (UseAdoNetClustering): the membership table of the silos.
-- Contract with Orleans 10.4:
-- * One version row per cluster (DeploymentId = ClusterId). Each membership write passes the
--   Version it read and must bump it in the same transaction, or change nothing and return 0;
--   this optimistic check is what keeps concurrent silos from overwriting each other's view.
-- * The read queries return the version row even when the cluster has no member yet (a row whose
--   member columns are NULL), because Orleans takes the table version from the first row.
-- * Status is Orleans' SiloStatus: 3 = Active (gateways are read among these), 6 = Dead.
-- * SuspectTimes is an opaque string Orleans formats and parses ("silo,date|silo,date").

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL
        CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Returns 1 when the silo row was added and the version bumped, else 0 with nothing changed:
-- the exception handler rolls back the version bump when the row already exists.
CREATE OR REPLACE FUNCTION orleans_insert_membership(
    _deployment_id text, _address text, _port integer, _generation integer,
    _silo_name text, _host_name text, _status integer, _proxy_port integer,
    _start_time timestamptz, _i_am_alive_time timestamptz, _version integer)
RETURNS integer LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = _deployment_id AND Version = _version AND Version < 2147483647;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (_deployment_id, _address, _port, _generation, _silo_name, _host_name, _status, _proxy_port, _start_time, _i_am_alive_time);
    RETURN 1;
EXCEPTION WHEN unique_violation THEN
    RETURN 0;
END
$fn$;

-- Returns 1 when the silo row was updated and the version bumped, else 0 with nothing changed.
CREATE OR REPLACE FUNCTION orleans_update_membership(
    _deployment_id text, _address text, _port integer, _generation integer,
    _status integer, _suspect_times text, _i_am_alive_time timestamptz, _version integer)
RETURNS integer LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = _deployment_id AND Version = _version AND Version < 2147483647;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipTable
    SET Status = _status,
        SuspectTimes = _suspect_times,
        -- A delayed write must not move the heartbeat back in time.
        IAmAliveTime = GREATEST(IAmAliveTime, _i_am_alive_time)
    WHERE DeploymentId = _deployment_id AND Address = _address AND Port = _port AND Generation = _generation;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found';
    END IF;
    RETURN 1;
EXCEPTION WHEN no_data_found THEN
    RETURN 0;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
    WITH inserted AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*) FROM inserted
$q$),
('InsertMembershipKey', $q$
    SELECT orleans_insert_membership(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$q$),
('UpdateMembershipKey', $q$
    SELECT orleans_update_membership(
        @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version)
$q$),
-- Heartbeats do not bump the version: Orleans never checks their result.
('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
$q$),
('MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
        ON m.DeploymentId = v.DeploymentId
        AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId
$q$),
('MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId
$q$),
('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0
$q$),
-- Used only when CleanupDefunctSiloEntryKey is missing; kept because clustering requires the key.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
        AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime
        AND COALESCE(SuspectTimes, '') = ''
$q$),
-- Orleans reads the table, picks the dead silos old enough to forget, and deletes each row only if
-- it still holds the values it read, so a row changed in the meantime survives.
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
        AND Address = @Address AND Port = @Port AND Generation = @Generation
        AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
        AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '')
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
