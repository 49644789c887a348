# fish completion for debrief. Installed to share/fish/vendor_completions.d/debrief.fish.
# Deck ids and people's names come from the journal through the binary
# (`debrief decks --ids`, `debrief people --names`), which answers in a few milliseconds.

set -l commands log list show delete undelete edit search ask reflect report team commitments commit done drop reopen people person compare export import decks config
complete -c debrief -f

function __debrief_people
    debrief people --names 2>/dev/null
end
function __debrief_decks
    debrief decks --ids 2>/dev/null
end
# True when the command line's command (its first word that is not an option or the value of
# --db/--color) is one of the arguments.
function __debrief_command_is
    set -l words (commandline -opc)
    set -e words[1]
    set -l skip 0
    for w in $words
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $w
            case --db --color
                set skip 1
            case '-*'
            case '*'
                contains -- $w $argv
                return
        end
    end
    return 1
end
# True when the words after the command are exactly the arguments (e.g. "decks show").
function __debrief_after
    set -l words (commandline -opc)
    set -e words[1]
    set -l plain
    set -l skip 0
    for w in $words
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $w
            case --db --color
                set skip 1
            case '-*'
            case '*'
                set -a plain $w
        end
    end
    test "$plain" = "$argv"
end

# Global options and the commands.
complete -c debrief -l db -r -F -d 'Journal file'
complete -c debrief -l color -x -a 'auto always never' -d 'Colour output'
complete -c debrief -l width -x -d 'Columns text output fits'
complete -c debrief -s h -l help -d 'Show help'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -l version -d 'Show the version'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a log -d 'Capture a quick note after a call'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a list -d 'Show recent entries'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a show -d 'Show an entry in full'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a delete -d 'Hide an entry'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a undelete -d 'Restore a deleted entry'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a edit -d 'Change an entry in $EDITOR'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a search -d 'Search notes, answers, commitments'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a ask -d 'Run a Socratic debrief with a rep'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a reflect -d 'Reflect on a call on your own'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a report -d 'The weekly coaching report'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a commitments -d 'List commitments'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a done -d 'Close a commitment as done'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a drop -d 'Drop a commitment'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a commit -d 'Add a commitment agreed outside a debrief'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a reopen -d 'Open a closed commitment again'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a people -d 'List the people in the journal'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a person -d 'One rep at a glance'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a team -d 'One report over several managers exports or journals'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a compare -d 'A reflection beside the debrief of the same call'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a export -d 'Write entries as JSONL, Markdown or CSV'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a import -d 'Add entries from a JSONL export'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a decks -d 'List, show and check question decks'
complete -c debrief -n "not __fish_seen_subcommand_from $commands" -a config -d 'Show the effective configuration'

# log
complete -c debrief -n '__debrief_command_is log' -s r -l rep -x -a '(__debrief_people)' -d 'The rep the note is about'
complete -c debrief -n '__debrief_command_is log' -s t -l tag -x -d 'Add a tag'
complete -c debrief -n '__debrief_command_is log' -l at -x -d 'When the call happened'
complete -c debrief -n '__debrief_command_is log' -l outcome -x -a 'won lost advanced stalled' -d 'The outcome of the call'
complete -c debrief -n '__debrief_command_is log' -l lesson -d 'Flag the note as a useful mistake'
complete -c debrief -n '__debrief_command_is log' -s q -l quiet -d 'Print only the new entry id'
complete -c debrief -n '__debrief_command_is log' -l json -d 'Print the saved entry as JSON'
complete -c debrief -n '__debrief_command_is log' -l from-draft -r -F -d 'Log the text of a kept draft'

# list, search and export share the entry filters.
complete -c debrief -n '__debrief_command_is list search export' -s r -l rep -x -a '(__debrief_people)' -d 'Only entries about this person'
complete -c debrief -n '__debrief_command_is list search export' -s t -l tag -x -d 'Only entries with this tag'
complete -c debrief -n '__debrief_command_is list search export' -s k -l kind -x -a 'note debrief reflection' -d 'Only this kind'
complete -c debrief -n '__debrief_command_is list search export' -l since -x -d 'Only entries at or after this date'
complete -c debrief -n '__debrief_command_is list search export' -l until -x -d 'Only entries up to this date'
complete -c debrief -n '__debrief_command_is list search export' -l outcome -x -a 'won lost advanced stalled' -d 'Only entries with this outcome'
complete -c debrief -n '__debrief_command_is list search export' -l lesson -d 'Only entries flagged as lessons'
complete -c debrief -n '__debrief_command_is list search' -s n -l limit -x -d 'At most N entries (0: all)'
complete -c debrief -n '__debrief_command_is list search' -l json -d 'Print one JSON object per line'
complete -c debrief -n '__debrief_command_is export' -s f -l format -x -a 'jsonl markdown csv' -d 'Output format'
complete -c debrief -n '__debrief_command_is show' -s f -l format -x -a 'text markdown' -d 'Output format (markdown: the recap as a note)'
complete -c debrief -n '__debrief_command_is export' -l no-private -d 'Leave out entries from private decks'
complete -c debrief -n '__debrief_command_is export' -l include-private -d 'Markdown: include entries from private decks'

# ask and reflect
complete -c debrief -n '__debrief_command_is ask reflect' -s d -l deck -x -a '(__debrief_decks)' -d 'The question deck'
complete -c debrief -n '__debrief_command_is ask' -l resume -d 'Continue debrief ID, or the last interrupted one'
complete -c debrief -n '__debrief_command_is reflect' -l resume -d 'Continue reflection ID, or the last interrupted one'
complete -c debrief -n '__debrief_command_is ask reflect' -l new -d 'Start a new one even when one is unfinished'
complete -c debrief -n '__debrief_command_is ask reflect' -s t -l tag -x -d 'Add a tag'
complete -c debrief -n '__debrief_command_is ask reflect' -l at -x -d 'When the call happened'
complete -c debrief -n '__debrief_command_is ask reflect' -l about -x -d 'The account or call it is about'
complete -c debrief -n '__debrief_command_is ask' -l commitment -x -d 'Review commitment ID and decide it'
complete -c debrief -n '__debrief_command_is ask' -a '(__debrief_people)' -d 'Person'

# report and commitments
complete -c debrief -n '__debrief_command_is report' -s w -l week -x -a 'this last' -d 'Which week'
complete -c debrief -n '__debrief_command_is report' -l since -x -d 'Start of a custom period'
complete -c debrief -n '__debrief_command_is report' -l until -x -d 'End of a custom period'
complete -c debrief -n '__debrief_command_is report' -s r -l rep -x -a '(__debrief_people)' -d 'Only this person'
complete -c debrief -n '__debrief_command_is report' -s f -l format -x -a 'text markdown json csv html' -d 'Output format'
complete -c debrief -n '__debrief_command_is report person' -s o -l output -r -F -d 'Write to this file'
complete -c debrief -n '__debrief_command_is report' -l include-private -d 'Include entries from private decks'
complete -c debrief -n '__debrief_command_is commitments' -s a -l all -d 'Include done and dropped commitments'
complete -c debrief -n '__debrief_command_is commitments' -s r -l rep -x -a '(__debrief_people)' -d 'Only this person'
complete -c debrief -n '__debrief_command_is commitments' -l overdue -d 'Only overdue open commitments'
complete -c debrief -n '__debrief_command_is commitments' -l json -d 'Print one JSON object per line'
complete -c debrief -n '__debrief_after commitments' -a edit -d 'Change a commitment'
complete -c debrief -n '__debrief_command_is commitments; and __fish_seen_subcommand_from edit' -l text -x -d 'The new text'
complete -c debrief -n '__debrief_command_is commitments; and __fish_seen_subcommand_from edit' -l due -x -d 'The new due date'
complete -c debrief -n '__debrief_command_is commitments; and __fish_seen_subcommand_from edit' -l no-due -d 'No due date'
complete -c debrief -n '__debrief_command_is commitments; and __fish_seen_subcommand_from edit' -s t -l skill -x -d 'The skill it builds'
complete -c debrief -n '__debrief_command_is commitments; and __fish_seen_subcommand_from edit' -l no-skill -d 'No skill'
complete -c debrief -n '__debrief_command_is commit' -l due -x -d 'When to review it'
complete -c debrief -n '__debrief_command_is commit' -s t -l skill -x -d 'The skill it builds'
complete -c debrief -n '__debrief_command_is commit' -s q -l quiet -d 'Print only the number'
complete -c debrief -n '__debrief_command_is commit' -l json -d 'Print the commitment as JSON'
complete -c debrief -n '__debrief_after commit' -x -a '(__debrief_people)' -d 'Person'
complete -c debrief -n '__debrief_command_is done drop' -l helped -x -a 'yes partly no' -d 'Whether it helped'
complete -c debrief -n '__debrief_command_is done drop' -l evidence -x -d 'What shows it'

# people
complete -c debrief -n '__debrief_after people' -a rename -d 'Rename or merge a person'
complete -c debrief -n '__debrief_command_is people; and not __fish_seen_subcommand_from rename' -l names -d 'Print only the names'
complete -c debrief -n '__debrief_command_is people; and not __fish_seen_subcommand_from rename' -s f -l format -x -a 'text markdown json html' -d 'Output format for one person'
complete -c debrief -n '__debrief_command_is people; and not __fish_seen_subcommand_from rename' -l include-private -d 'Include entries from private decks'
complete -c debrief -n '__debrief_command_is people; and not __fish_seen_subcommand_from rename' -s o -l output -r -F -d 'Write one person to this file'

# person
complete -c debrief -n '__debrief_command_is person' -a '(__debrief_people)' -d 'Person'
complete -c debrief -n '__debrief_command_is person' -s f -l format -x -a 'text markdown json html' -d 'Output format'
complete -c debrief -n '__debrief_command_is person' -l json -d 'The same as --format json'
complete -c debrief -n '__debrief_command_is person' -l include-private -d 'Include entries from private decks'
# team
complete -c debrief -n '__debrief_command_is team' -s w -l week -x -a 'this last' -d 'Which week'
complete -c debrief -n '__debrief_command_is team' -l since -x -d 'Start of a custom period'
complete -c debrief -n '__debrief_command_is team' -l until -x -d 'End of a custom period'
complete -c debrief -n '__debrief_command_is team' -s f -l format -x -a 'text markdown json csv' -d 'Output format'
complete -c debrief -n '__debrief_command_is team' -l strict -d 'Refuse to report when an input cannot be read'
complete -c debrief -n '__debrief_command_is team' -F
# compare
complete -c debrief -n '__debrief_command_is compare' -s f -l format -x -a 'text markdown json' -d 'Output format'
complete -c debrief -n '__debrief_command_is people; and __fish_seen_subcommand_from rename' -l merge -d 'Merge into an existing person'
complete -c debrief -n '__debrief_command_is people; and __fish_seen_subcommand_from rename' -a '(__debrief_people)' -d 'Person'

# import
complete -c debrief -n '__debrief_command_is import' -F

# decks
complete -c debrief -n '__debrief_after decks' -a show -d 'Show a deck'
complete -c debrief -n '__debrief_after decks' -a check -d 'Validate deck files'
complete -c debrief -n '__debrief_after decks' -a path -d 'Print the user decks directory'
complete -c debrief -n '__debrief_after decks' -l ids -d 'Print only the deck ids'
complete -c debrief -n '__debrief_after decks show' -a '(__debrief_decks)' -d 'Deck'
complete -c debrief -n '__debrief_command_is decks; and __fish_seen_subcommand_from check' -F
