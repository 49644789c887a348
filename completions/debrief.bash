# bash completion for debrief. Installed to share/bash-completion/completions/debrief.
_debrief() {
  local cur prev cmd i
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="log list show search edit delete undelete export import ask reflect report team commitments commit done drop reopen people person compare decks config"
  local global="--db --color --width --version -h --help"

  cmd=
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      --db|--color|--width) ((i++)) ;;
      -*) ;;
      *) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done

  case "$prev" in
    --db|--from-draft|-o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --outcome) COMPREPLY=($(compgen -W "won lost advanced stalled" -- "$cur")); return ;;
    -f|--format)
      if [ "$cmd" = export ]; then COMPREPLY=($(compgen -W "jsonl markdown csv" -- "$cur"))
      elif [ "$cmd" = show ]; then COMPREPLY=($(compgen -W "text markdown" -- "$cur"))
      elif [ "$cmd" = person ] || [ "$cmd" = people ]; then COMPREPLY=($(compgen -W "text markdown json html" -- "$cur"))
      elif [ "$cmd" = compare ]; then COMPREPLY=($(compgen -W "text markdown json" -- "$cur"))
      elif [ "$cmd" = report ]; then COMPREPLY=($(compgen -W "text markdown json csv html" -- "$cur"))
      else COMPREPLY=($(compgen -W "text markdown json csv" -- "$cur")); fi
      return ;;
    -w|--week) COMPREPLY=($(compgen -W "this last" -- "$cur")); return ;;
    --since|--until|--width) return ;;
    -d|--deck) COMPREPLY=($(compgen -W "$(debrief decks --ids 2>/dev/null)" -- "$cur")); return ;;
    -r|--rep) COMPREPLY=($(compgen -W "$(debrief people --names 2>/dev/null)" -- "$cur")); return ;;
    -k|--kind) COMPREPLY=($(compgen -W "note debrief reflection" -- "$cur")); return ;;
    --at|-t|--tag|-n|--limit|--about|--resume|--commitment) return ;;
  esac

  case "$cmd" in
    "") COMPREPLY=($(compgen -W "$commands $global" -- "$cur")) ;;
    log) COMPREPLY=($(compgen -W "-h -r --rep -t --tag --at --outcome --lesson -q --quiet --json --from-draft --help --db --color" -- "$cur")) ;;
    list|search) COMPREPLY=($(compgen -W "-h --help -r --rep -t --tag -k --kind --outcome --since --until --lesson -n --limit --json --db --color" -- "$cur")) ;;
    export) COMPREPLY=($(compgen -W "-h --help -f --format -r --rep -t --tag -k --kind --outcome --since --until --lesson --no-private --include-private --db --color" -- "$cur")) ;;
    import) if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "-h --help --db --color" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
    show) COMPREPLY=($(compgen -W "-h --help -f --format --db --color" -- "$cur")) ;;
    edit|delete|undelete) COMPREPLY=($(compgen -W "-h --help --db --color" -- "$cur")) ;;
    people)
      if [ "${COMP_WORDS[i+1]}" = rename ]; then
        if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "--merge -h --help" -- "$cur"))
        else COMPREPLY=($(compgen -W "$(debrief people --names 2>/dev/null)" -- "$cur")); fi
      elif [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "-h --help --names -f --format -o --output --include-private --db --color" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "rename $(debrief people --names 2>/dev/null)" -- "$cur"))
      fi ;;
    person)
      if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "-h --help -f --format --json -o --output --include-private --db --color" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "$(debrief people --names 2>/dev/null)" -- "$cur"))
      fi ;;
    compare) COMPREPLY=($(compgen -W "-h --help -f --format --db --color" -- "$cur")) ;;
    ask)
      if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "-h --help -d --deck --resume --new --at -t --tag --about --commitment --db --color" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "$(debrief people --names 2>/dev/null)" -- "$cur"))
      fi ;;
    reflect) COMPREPLY=($(compgen -W "-h --help -d --deck --resume --new --at -t --tag --about --db --color" -- "$cur")) ;;
    report) COMPREPLY=($(compgen -W "-h --help -w --week --since --until -r --rep -f --format -o --output --include-private --db --color" -- "$cur")) ;;
    team)
      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "-h --help -w --week --since --until -f --format --strict --db --color" -- "$cur"))
      else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
    commitments)
      if [ "${COMP_WORDS[i+1]}" = edit ]; then
        COMPREPLY=($(compgen -W "-h --help --text --due --no-due -t --skill --no-skill" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "edit -h --help -a --all -r --rep --overdue --json --db --color" -- "$cur"))
      fi ;;
    commit)
      if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "-h --help --due -t --skill -q --quiet --json --db --color" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "$(debrief people --names 2>/dev/null)" -- "$cur"))
      fi ;;
    done|drop) COMPREPLY=($(compgen -W "-h --help --helped --evidence --db --color" -- "$cur")) ;;
    reopen) COMPREPLY=($(compgen -W "-h --help --db --color" -- "$cur")) ;;
    config) COMPREPLY=($(compgen -W "-h --help --db --color" -- "$cur")) ;;
    decks)
      case "${COMP_WORDS[i+1]}" in
        show) [ "$COMP_CWORD" -eq $((i + 2)) ] && COMPREPLY=($(compgen -W "$(debrief decks --ids 2>/dev/null)" -- "$cur")) ;;
        check) COMPREPLY=($(compgen -f -- "$cur")) ;;
        path) ;;
        *) COMPREPLY=($(compgen -W "show check path --ids -h --help" -- "$cur")) ;;
      esac ;;
  esac
}
complete -F _debrief debrief
