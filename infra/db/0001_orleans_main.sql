-- Orleans ADO.NET providers (clustering, persistence, reminders) keep no SQL of their own: at
-- start-up each one runs `SELECT QueryKey, QueryText FROM OrleansQuery` and from then on executes
-- only those texts. A query binds its parameters by name (@DeploymentId, ...) and Orleans reads
-- result columns by name, so the names and the meaning of results are the contract; tables and
-- functions behind them are ours. Clustering and reminders refuse to start when a key they need is
-- missing. The following files add the keys of one provider each.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL CONSTRAINT OrleansQuery_Key PRIMARY KEY,
    QueryText text        NOT NULL
);
