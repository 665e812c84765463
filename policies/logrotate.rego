# METADATA
# title: logrotate
# description: >-
#   logrotate configuration as the logrotate parser reads it: each stanza's effective options (its own over the
#   global ones set above it) must bound the size of a log and the number of rotations kept.
package go_xenv.logrotate

import data.go_xenv.lib

stanzas contains [i, s] if {
	some d in lib.documents
	is_array(d.contents.stanzas)
	is_array(d.contents.includes)
	some i, s in d.contents.stanzas
}

# METADATA
# title: a size bound on every log
# custom:
#   id: logrotate/size
#   severity: medium
#   rationale: A time-only rotation lets a noisy log fill the disk between two rotations.
#   fix: Add maxsize (rotate early when bigger, besides the schedule) or size (rotate by size only), e.g. maxsize 100M.
deny contains lib.result(rego.metadata.rule(), msg, ["stanzas", i]) if {
	some [i, s] in stanzas
	not s.effective.maxsize
	not s.effective.size
	msg := sprintf("logrotate stanza %s (line %d) has neither maxsize nor size", [concat(" ", s.paths), s.line])
}

# METADATA
# title: a rotation count on every log
# custom:
#   id: logrotate/rotate
#   severity: medium
#   rationale: Without rotate logrotate keeps no old logs (rotate 0), so the history is lost at the first rotation.
#   fix: Add rotate N (how many rotated logs to keep), e.g. rotate 7.
deny contains lib.result(rego.metadata.rule(), msg, ["stanzas", i]) if {
	some [i, s] in stanzas
	not s.effective.rotate
	msg := sprintf("logrotate stanza %s (line %d) has no rotate count", [concat(" ", s.paths), s.line])
}
