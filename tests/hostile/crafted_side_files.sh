# Crafted rollback journals and WALs whose recovery SQLite would read differently from a naive
# reading: debrief judges a file as SQLite's recovery would leave it, so a foreign file (here a
# copy of a journal with its application_id zeroed) is refused with its side file untouched, and
# never rolled back or checkpointed into a debrief journal by mistake.
source "$DEBRIEF_TEST_LIB"
source "$(dirname "$0")/lib_hostile.sh"
sandbox

"$db" --db "$SANDBOX/deb.db" log "x" >/dev/null
"$PY" - "$SANDBOX" <<'PY'
import os, struct, sys
os.chdir(sys.argv[1])
b = open('deb.db', 'rb').read(); PS = 4096; N = len(b) // PS
p1 = b[:PS]; pf = p1[:68] + b'\0' * 4 + p1[72:]  # pf: page 1 with application_id 0 (foreign)
MAGIC = bytes.fromhex('d9d505f920a163d7'); LOCK = 0x40000000 // PS + 1
def rec(pg, d, nonce=1):
    c = nonce; i = PS - 200
    while i > 0: c = (c + d[i]) & 0xffffffff; i -= 200
    return struct.pack('>I', pg) + d + struct.pack('>I', c)
def hdr(nrec, pages): return (MAGIC + struct.pack('>IIIII', nrec, 1, pages, 512, PS)).ljust(512, b'\0')
def wck(data, s0, s1):
    w = struct.unpack('<%dI' % (len(data) // 4), data)
    for i in range(0, len(w), 2): s0 = (s0 + w[i] + s1) & 0xffffffff; s1 = (s1 + w[i + 1] + s0) & 0xffffffff
    return s0, s1
def wal(frames, hps=PS):
    h = struct.pack('>IIIIII', 0x377f0682, 3007000, hps, 0, 1, 2); s = wck(h, 0, 0); out = h + struct.pack('>II', *s)
    for pg, d, nt in frames:
        fh = struct.pack('>II', pg, nt); s = wck(fh, *s); s = wck(d, *s); out += fh + struct.pack('>IIII', 1, 2, *s) + d
    return out
def case(name, main, side, data):
    os.makedirs(name, mode=0o700); open(name + '/j.db', 'wb').write(main); open(name + '/j.db-' + side, 'wb').write(data)
# Page 1 twice in a hot journal: playback writes both, the last stays.
case('dup_page1', p1 + b[PS:], 'journal', hdr(2, N) + rec(1, p1) + rec(1, pf))
# A journal naming a super-journal that does not exist is deleted without playback.
sj = b'/nonexistent-super-journal'
case('super_journal', pf + b[PS:], 'journal',
     hdr(1, N) + rec(1, p1) + struct.pack('>I', LOCK) + sj + struct.pack('>II', len(sj), sum(sj)) + MAGIC)
# A record for the page of the lock bytes ends playback.
case('lock_page', pf + b[PS:], 'journal', hdr(2, N) + rec(LOCK, p1) + rec(1, p1))
# A WAL frame for page 0 ends recovery.
case('wal_page0', pf + b[PS:], 'wal', wal([(0, p1, N), (1, p1, N)]))
# Page size 1 means 65536 in a database header only: SQLite ignores such a WAL.
case('wal_size1', pf + b[PS:], 'wal', wal([(1, p1.ljust(65536, b'\0'), N)], hps=1))
PY
for c in dup_page1 super_journal lock_page wal_page0 wal_size1; do
  before=$(cd "$SANDBOX/$c" && sha256sum ./*)
  for cmd in list "log x" export; do
    # shellcheck disable=SC2086
    run "$db" --db "$SANDBOX/$c/j.db" $cmd
    expect_error 1 "is not a debrief journal (SQLite application_id 0x0); left untouched"
    [ "$(cd "$SANDBOX/$c" && sha256sum ./*)" = "$before" ] || fail "$c changed after '$cmd'"
  done
done
pass
