-- Enterprise names are searched through kejiju_grams (migration 0006) from 3 characters and by
-- ILIKE below that, which no trigram index serves; this one only slowed every insert (imports).
DROP INDEX "enterprises_name_trgm_idx";
--> statement-breakpoint
-- Session cache invalidation (server/platform/auth/session-cache.ts): every change that can alter
-- what a cached session row says notifies the app processes on channel kejiju_auth after commit.
CREATE OR REPLACE FUNCTION kejiju_notify_auth() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('kejiju_auth', 's:' || OLD.id);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('kejiju_auth', 'u:' || OLD.id);
  ELSIF TG_TABLE_NAME = 'user_roles' THEN
    PERFORM pg_notify('kejiju_auth', 'u:' || (CASE WHEN TG_OP = 'INSERT' THEN NEW.user_id ELSE OLD.user_id END));
    IF TG_OP = 'UPDATE' THEN PERFORM pg_notify('kejiju_auth', 'u:' || NEW.user_id); END IF;
  ELSIF TG_TABLE_NAME = 'organisations' THEN
    PERFORM pg_notify('kejiju_auth', 'o:' || OLD.id);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The 15-second last_seen_at touch is not a change of the session's rights: it does not notify.
CREATE TRIGGER sessions_notify_auth AFTER UPDATE OF user_id, stage, csrf_token, expires_at OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION kejiju_notify_auth();--> statement-breakpoint
CREATE TRIGGER users_notify_auth AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION kejiju_notify_auth();--> statement-breakpoint
CREATE TRIGGER user_roles_notify_auth AFTER INSERT OR UPDATE OR DELETE ON user_roles
  FOR EACH ROW EXECUTE FUNCTION kejiju_notify_auth();--> statement-breakpoint
CREATE TRIGGER organisations_notify_auth AFTER UPDATE OR DELETE ON organisations
  FOR EACH ROW EXECUTE FUNCTION kejiju_notify_auth();
