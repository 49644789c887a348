/* The floor for `debrief log`: the least a C program must do to add one note to a journal with
 * the same durability settings. Opens the file, sets the same pragmas, and in one IMMEDIATE
 * transaction inserts an entry and its tag (the schema's trigger adds the full-text row).
 * Usage: floor_log JOURNAL */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>

static int check(sqlite3* db, int rc) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    fprintf(stderr, "floor_log: %s\n", sqlite3_errmsg(db));
    exit(1);
  }
  return rc;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: floor_log JOURNAL\n");
    return 2;
  }
  sqlite3* db;
  check(NULL, sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL));
  sqlite3_busy_timeout(db, 10000);
  check(db, sqlite3_exec(db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", NULL, NULL, NULL));
  check(db, sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL));

  unsigned char r[16];
  if (getrandom(r, sizeof r, 0) != sizeof r) return 1;
  char uuid[37];
  snprintf(uuid, sizeof uuid, "%02x%02x%02x%02x-%02x%02x-7%x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", r[0], r[1], r[2],
           r[3], r[4], r[5], r[6] & 15, r[7], (r[8] & 0x3f) | 0x80, r[9], r[10], r[11], r[12], r[13], r[14], r[15]);
  long long now = (long long)time(NULL);

  sqlite3_stmt* ins;
  check(db, sqlite3_prepare_v2(db,
                               "INSERT INTO entry (uuid, kind, person_id, at_utc, at_offset, created_at, updated_at, "
                               "body) VALUES (?, 'note', (SELECT id FROM person WHERE name = 'alice'), ?, 0, ?, ?, ?)",
                               -1, &ins, NULL));
  sqlite3_bind_text(ins, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64(ins, 2, now);
  sqlite3_bind_int64(ins, 3, now);
  sqlite3_bind_int64(ins, 4, now);
  sqlite3_bind_text(ins, 5, "benchmark note #bench", -1, SQLITE_STATIC);
  check(db, sqlite3_step(ins));
  sqlite3_finalize(ins);
  long long id = sqlite3_last_insert_rowid(db);

  sqlite3_stmt* tag;
  check(db, sqlite3_prepare_v2(db, "INSERT INTO tag (entry_id, tag) VALUES (?, 'bench')", -1, &tag, NULL));
  sqlite3_bind_int64(tag, 1, id);
  check(db, sqlite3_step(tag));
  sqlite3_finalize(tag);

  check(db, sqlite3_exec(db, "COMMIT", NULL, NULL, NULL));
  sqlite3_close(db);
  printf("%lld\n", id);
  return 0;
}
