# `cmake --install` puts every file where Debian's tools look for it, each shell finds its
# completion there, and `cpack -G DEB` builds a package with the same files whose binary runs.
source "$DEBRIEF_TEST_LIB"
sandbox
build=$(dirname "$db")
prefix="$SANDBOX/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install failed"

for f in bin/debrief share/man/man1/debrief.1 share/man/man5/debrief-decks.5 share/debrief/report.schema.json share/debrief/team.schema.json \
  share/bash-completion/completions/debrief share/zsh/vendor-completions/_debrief \
  share/fish/vendor_completions.d/debrief.fish; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
for deck in "$(dirname "$DEBRIEF_TEST_LIB")"/../../decks/*.toml; do
  [ -f "$prefix/share/debrief/decks/$(basename "$deck")" ] || fail "deck not installed: $(basename "$deck")"
done
run "$prefix/bin/debrief" --version
expect_rc 0
[ "$OUT" = "$("$db" --version)" ] || fail "installed binary: $OUT"

# man finds and renders both pages from the prefix, without a warning.
for page in debrief debrief-decks; do
  run env MANPATH="$prefix/share/man" MANWIDTH=80 MANPAGER=cat PAGER=cat man "$page"
  expect_rc 0
  [ -z "$ERR" ] || fail "man $page warned: $ERR"
done
expect_out_contains "debrief-decks"
run env MANPATH="$prefix/share/man" MANWIDTH=80 MANPAGER=cat man debrief
expect_out_contains "EXIT STATUS"

# Each shell loads the installed completion from its standard place.
export PATH="$prefix/bin:$PATH" XDG_DATA_DIRS="$prefix/share"
run bash -c 'source /usr/share/bash-completion/bash_completion; __load_completion debrief; complete -p debrief'
[ "$OUT" = "complete -F _debrief debrief" ] || fail "bash-completion did not load it: $OUT $ERR"
run fish -c 'complete -C "debrief re"'
[ "$(cut -f1 <<<"$OUT" | tr '\n' ' ')" = "reflect reopen report " ] || fail "fish did not load it: $OUT $ERR"
run zsh -f -c "fpath=('$prefix/share/zsh/vendor-completions' \$fpath); autoload -Uz compinit; compinit -u -d '$SANDBOX/zcd'; print \$_comps[debrief]"
[ "$OUT" = "_debrief" ] || fail "zsh did not find it: $OUT $ERR"

# The Debian package: the same files under /usr, a binary that runs, and in the default
# (static) build no dependency but libc6.
run cpack -G DEB -B "$SANDBOX/pkg" --config "$build/CPackConfig.cmake"
expect_rc 0
deb=$(ls "$SANDBOX"/pkg/debrief_*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
(cd "$prefix" && find . -type f | sed 's|^\./|./usr/|') | while read -r f; do
  grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
if grep -q '^DEBRIEF_STATIC_LIBS:BOOL=ON$' "$build/CMakeCache.txt"; then
  [[ "$depends" =~ ^libc6\ \(\>=\ [0-9.]+\)$ ]] || fail "package depends on more than libc6: $depends"
else
  grep -q libc6 <<<"$depends" || fail "package Depends lacks libc6: $depends"
fi
dpkg-deb -x "$deb" "$SANDBOX/root"
run "$SANDBOX/root/usr/bin/debrief" --version
expect_rc 0
[ "$OUT" = "$("$db" --version)" ] || fail "packaged binary: $OUT"
pass
