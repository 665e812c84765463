# METADATA
# title: go-xenv pack helpers
# description: >-
#   What every package of the built-in pack shares: the documents a run gives (one input, or conftest's --combine
#   list of {path, contents}), and the message object carrying a rule's id, severity and fix from its METADATA.
package go_xenv.lib

# The documents of this evaluation: the input itself, or each file's contents under --combine.
documents contains {"path": d.path, "contents": d.contents} if {
	is_array(input)
	some d in input
	is_object(d)
	d.contents
}

documents contains {"path": "", "contents": input} if not is_array(input)

# The result object of a deny/warn rule: conftest prints msg and keeps the other keys as metadata; `path` names the
# key the finding is about, so it is reported at that key's line.
result(meta, msg, path) := {
	"msg": msg,
	"rule": meta.custom.id,
	"severity": meta.custom.severity,
	"rationale": meta.custom.rationale,
	"fix": meta.custom.fix,
	"path": path,
}
