-- 0007: revision counters that let each server process cache what a request reads most (issue 8:
-- sessions and tokens with their user, the organisation registry) and still honour, on its very
-- next request, a change made by another process or directly in the database. Every write that
-- can change what a cache holds bumps a counter in the same transaction, by trigger, so no code
-- path (API, commands, retention, manual SQL) can forget it; a process reads the counters once per
-- request and drops what it cached under another value.
--   auth_revision:     sessions (except a touch that only moves last_seen_at forward), users,
--                      user_roles, api_tokens (except a touch of last_used_at).
--   registry_revision: units, unit_versions, unit_events, unit_event_links, unit_types (the code
--                      also bumps it in its registry transactions, as before).
-- Sections after "-- @sqlite" or "-- @postgres" apply to that database only, until "-- @end"
-- (store/migrate.cpp apply_dialect).
INSERT INTO settings (key, value) VALUES ('auth_revision', '0') ON CONFLICT (key) DO NOTHING;
INSERT INTO settings (key, value) VALUES ('registry_revision', '0') ON CONFLICT (key) DO NOTHING;

-- @sqlite
CREATE TRIGGER sessions_rev_update AFTER UPDATE ON sessions
  WHEN NOT (NEW.id_hash IS OLD.id_hash AND NEW.user_id IS OLD.user_id AND NEW.csrf_token IS OLD.csrf_token
            AND NEW.created_at IS OLD.created_at AND NEW.ip IS OLD.ip AND NEW.last_seen_at >= OLD.last_seen_at)
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER sessions_rev_delete AFTER DELETE ON sessions
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER users_rev_update AFTER UPDATE ON users
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER users_rev_delete AFTER DELETE ON users
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER user_roles_rev_insert AFTER INSERT ON user_roles
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER user_roles_rev_update AFTER UPDATE ON user_roles
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER user_roles_rev_delete AFTER DELETE ON user_roles
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER api_tokens_rev_update AFTER UPDATE ON api_tokens
  WHEN NOT (NEW.id IS OLD.id AND NEW.user_id IS OLD.user_id AND NEW.name IS OLD.name AND NEW.token_hash IS OLD.token_hash
            AND NEW.unit_id IS OLD.unit_id AND NEW.scopes IS OLD.scopes AND NEW.created_at IS OLD.created_at
            AND NEW.expires_at IS OLD.expires_at AND NEW.revoked_at IS OLD.revoked_at)
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER api_tokens_rev_delete AFTER DELETE ON api_tokens
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'auth_revision'; END;
CREATE TRIGGER units_rev_insert AFTER INSERT ON units
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER units_rev_update AFTER UPDATE ON units
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER units_rev_delete AFTER DELETE ON units
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_versions_rev_insert AFTER INSERT ON unit_versions
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_versions_rev_update AFTER UPDATE ON unit_versions
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_versions_rev_delete AFTER DELETE ON unit_versions
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_events_rev_insert AFTER INSERT ON unit_events
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_events_rev_update AFTER UPDATE ON unit_events
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_events_rev_delete AFTER DELETE ON unit_events
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_event_links_rev_insert AFTER INSERT ON unit_event_links
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_event_links_rev_update AFTER UPDATE ON unit_event_links
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_event_links_rev_delete AFTER DELETE ON unit_event_links
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_types_rev_insert AFTER INSERT ON unit_types
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_types_rev_update AFTER UPDATE ON unit_types
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
CREATE TRIGGER unit_types_rev_delete AFTER DELETE ON unit_types
  BEGIN UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'registry_revision'; END;
-- @end

-- @postgres
CREATE FUNCTION atgt_bump_auth_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'auth_revision';
  RETURN NULL;
END $$;
CREATE FUNCTION atgt_bump_registry_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'registry_revision';
  RETURN NULL;
END $$;
CREATE TRIGGER sessions_rev_update AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (NOT (NEW.id_hash IS NOT DISTINCT FROM OLD.id_hash AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id
             AND NEW.csrf_token IS NOT DISTINCT FROM OLD.csrf_token AND NEW.created_at IS NOT DISTINCT FROM OLD.created_at
             AND NEW.ip IS NOT DISTINCT FROM OLD.ip AND NEW.last_seen_at >= OLD.last_seen_at))
  EXECUTE FUNCTION atgt_bump_auth_revision();
CREATE TRIGGER sessions_rev_delete AFTER DELETE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_auth_revision();
CREATE TRIGGER users_rev_write AFTER UPDATE OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_auth_revision();
CREATE TRIGGER user_roles_rev_write AFTER INSERT OR UPDATE OR DELETE ON user_roles FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_auth_revision();
CREATE TRIGGER api_tokens_rev_update AFTER UPDATE ON api_tokens FOR EACH ROW
  WHEN (NOT (NEW.id IS NOT DISTINCT FROM OLD.id AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id
             AND NEW.name IS NOT DISTINCT FROM OLD.name AND NEW.token_hash IS NOT DISTINCT FROM OLD.token_hash
             AND NEW.unit_id IS NOT DISTINCT FROM OLD.unit_id AND NEW.scopes IS NOT DISTINCT FROM OLD.scopes
             AND NEW.created_at IS NOT DISTINCT FROM OLD.created_at AND NEW.expires_at IS NOT DISTINCT FROM OLD.expires_at
             AND NEW.revoked_at IS NOT DISTINCT FROM OLD.revoked_at))
  EXECUTE FUNCTION atgt_bump_auth_revision();
CREATE TRIGGER api_tokens_rev_delete AFTER DELETE ON api_tokens FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_auth_revision();
CREATE TRIGGER units_rev_write AFTER INSERT OR UPDATE OR DELETE ON units FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_registry_revision();
CREATE TRIGGER unit_versions_rev_write AFTER INSERT OR UPDATE OR DELETE ON unit_versions FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_registry_revision();
CREATE TRIGGER unit_events_rev_write AFTER INSERT OR UPDATE OR DELETE ON unit_events FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_registry_revision();
CREATE TRIGGER unit_event_links_rev_write AFTER INSERT OR UPDATE OR DELETE ON unit_event_links FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_registry_revision();
CREATE TRIGGER unit_types_rev_write AFTER INSERT OR UPDATE OR DELETE ON unit_types FOR EACH STATEMENT EXECUTE FUNCTION atgt_bump_registry_revision();
-- @end
