-- Orleans ADO.NET grain storage (AddAdoNetGrainStorage): one row per grain state.
-- Contract with Orleans 10.4:
-- * A state is identified by ServiceId, GrainTypeString (Orleans passes the *state name* here, not
--   the grain class), the grain key (Guid as N0/N1, integer in N1, otherwise the string in
--   GrainIdExtensionString; an integer or Guid key's extension goes there too) and the two hashes
--   Orleans computes from them (they lead the key so lookups hit a narrow index range).
-- * Version is the ETag. A write passes the version it read (NULL when it read nothing) and returns
--   NewGrainStateVersion; when the stored version differs, nothing changes and no row comes back,
--   which Orleans turns into an InconsistentStateException.
-- * Orleans 10 writes only PayloadBinary (whatever its serializer produced) and reads PayloadBinary
--   and Version; clearing keeps the row with a NULL payload and a bumped version.
-- Parameters that may be NULL are cast: PostgreSQL cannot type a bare NULL on its own.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer        NOT NULL,
    GrainTypeHash          integer        NOT NULL,
    ServiceId              varchar(150)   NOT NULL,
    GrainTypeString        varchar(512)   NOT NULL,
    GrainIdN0              bigint         NOT NULL,
    GrainIdN1              bigint         NOT NULL,
    GrainIdExtensionString varchar(512)   NULL,
    PayloadBinary          bytea          NULL,
    ModifiedOn             timestamptz(3) NOT NULL DEFAULT now(),
    Version                integer        NOT NULL,
    -- NULLS NOT DISTINCT (PostgreSQL 15): keys without an extension are unique too.
    CONSTRAINT OrleansStorage_Key UNIQUE NULLS NOT DISTINCT
        (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::text
$q$),
-- Exactly one of the two branches can act: the update when a version was read, else the insert,
-- which a concurrent first write of the same state makes a no-op through the unique key.
('WriteToStorageKey', $q$
    WITH updated AS (
        UPDATE OrleansStorage
        SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
        WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
            AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
            AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
            AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::text
            AND Version = @GrainStateVersion::integer
        RETURNING Version
    ), inserted AS (
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1,
             GrainIdExtensionString, PayloadBinary, Version)
        SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
             @GrainIdExtensionString::text, @PayloadBinary, 1
        WHERE @GrainStateVersion::integer IS NULL
        ON CONFLICT ON CONSTRAINT OrleansStorage_Key DO NOTHING
        RETURNING Version
    )
    SELECT Version AS NewGrainStateVersion FROM updated
    UNION ALL
    SELECT Version FROM inserted
$q$),
('ClearStorageKey', $q$
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::text
        AND Version = @GrainStateVersion::integer
    RETURNING Version AS NewGrainStateVersion
$q$),
-- Used instead of ClearStorageKey with DeleteStateOnClear = true. Orleans only checks that the
-- returned value differs from the ETag it passed, so the next version number is returned.
('DeleteStorageKey', $q$
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::text
        AND Version = @GrainStateVersion::integer
    RETURNING Version + 1 AS NewGrainStateVersion
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
