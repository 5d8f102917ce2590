-- Every engine query of an authenticated user (task lists, Tasklist filter counts) reads the user's grants with
-- "USER_ID_ IN (user, '*') OR GROUP_ID_ IN (groups)". Camunda indexes GROUP_ID_ but not USER_ID_, so PostgreSQL
-- scanned the whole table: one row per open task and group grant (105,000 rows at 100,000 open tasks, about 50 ms a
-- query). With this index both halves are index look-ups (docs/benchmarks.md, scenario 3).
CREATE INDEX lb_idx_auth_user_id ON ACT_RU_AUTHORIZATION (USER_ID_);
