# METADATA
# title: Go modules
# description: >-
#   go.mod and go.sum as the lock documents of src/locks. The go.sum rule needs both files in one evaluation: run
#   with --combine (conftest's [{path, contents}]), where each go.mod is checked against the go.sum in its directory.
#   The supported Go releases come from data.go_xenv_pack.go_releases (policies/data/go-releases.json).
package go_xenv.go_mod

import data.go_xenv.lib

mods contains d if {
	some d in lib.documents
	d.contents.ecosystem == "go"
	d.contents.format == "go.mod"
}

# METADATA
# title: no replace to a local path
# custom:
#   id: go-mod/local-replace
#   severity: high
#   rationale: A replace by a local directory builds code that is not in the module graph, so CI and other machines build something else.
#   fix: Drop the replace, or point it at a published module version (module path and version).
deny contains lib.result(rego.metadata.rule(), msg, ["replace", i]) if {
	some d in mods
	some i, r in d.contents.replace
	r.local
	msg := sprintf("%s: replace %s => %s points at a local directory", [d.contents.file, r.old.path, r.new.path])
}

# METADATA
# title: toolchain pinned when the go line has no patch
# custom:
#   id: go-mod/toolchain-pin
#   severity: medium
#   rationale: A go line without a patch release lets every machine pick its own toolchain; a toolchain line makes the build reproducible.
#   fix: Add a toolchain line naming the exact release (toolchain go1.26.8), or give the go line its patch (go 1.26.8).
deny contains lib.result(rego.metadata.rule(), msg, ["go"]) if {
	some d in mods
	v := d.contents.go.version
	not regex.match(`^\d+\.\d+\.\d+$`, v)
	d.contents.toolchain == null
	msg := sprintf("%s: go %s has no patch release and no toolchain line pins one", [d.contents.file, v])
}

# METADATA
# title: every require summed in go.sum
# custom:
#   id: go-mod/require-in-go-sum
#   severity: high
#   rationale: A require without its go.sum lines is not verified against the checksum database and fails a -mod=readonly build.
#   fix: Run go mod tidy and commit go.sum.
deny contains lib.result(rego.metadata.rule(), x.msg, x.path) if some x in unsummed

unsummed contains {"msg": msg, "path": ["packages", i]} if {
	is_array(input)
	some d in mods
	sum := go_sum_beside(d.path)
	some i, p in d.contents.packages
	m := effective(d.contents, p)
	not m.local
	not summed(sum, m.path, m.version)
	msg := sprintf("%s: require %s %s has no line in %s", [d.contents.file, m.path, m.version, sum.file])
}

unsummed contains {"msg": msg, "path": ["packages"]} if {
	is_array(input)
	some d in mods
	count(d.contents.packages) > 0
	not go_sum_beside(d.path)
	msg := sprintf("%s: requires modules but no go.sum is beside it", [d.contents.file])
}

dir(path) := concat("/", array.slice(parts, 0, count(parts) - 1)) if parts := split(path, "/")

go_sum_beside(path) := s.contents if {
	some s in lib.documents
	s.contents.format == "go.sum"
	dir(s.path) == dir(path)
}

summed(sum, path, version) if {
	some q in sum.packages
	q.name == path
	q.version == version
}

# The module a require resolves to: a replace of that version (or of every version) wins.
effective(mod, p) := {"path": r.new.path, "version": object.get(r.new, "version", ""), "local": r.local} if {
	some r in mod.replace
	r.old.path == p.name
	object.get(r.old, "version", p.version) == p.version
} else := {"path": p.name, "version": p.version, "local": false}

# METADATA
# title: no pseudo-versions for direct dependencies
# custom:
#   id: go-mod/direct-pseudo-version
#   severity: low
#   rationale: A pseudo-version names an untagged commit, which no release notes, no semver promise and no retraction cover.
#   fix: Require a tagged release of the module, or ask its maintainers for one.
warn contains lib.result(rego.metadata.rule(), msg, ["packages", i]) if {
	some d in mods
	some i, p in d.contents.packages
	p.pseudo
	not p.indirect
	msg := sprintf("%s: direct dependency %s is at the pseudo-version %s", [d.contents.file, p.name, p.version])
}

# METADATA
# title: go line not older than the supported releases
# custom:
#   id: go-mod/go-version-supported
#   severity: medium
#   rationale: Go supports its two newest minor releases; a module that still allows an older one keeps code and security fixes out of reach.
#   fix: Raise the go line to a supported release (go mod edit -go=1.26.0) and run go mod tidy.
deny contains lib.result(rego.metadata.rule(), msg, ["go"]) if {
	some d in mods
	v := d.contents.go.version
	oldest := min({minor(s) | some s in data.go_xenv_pack.go_releases.supported})
	minor(v) < oldest
	msg := sprintf("%s: go %s is older than the supported Go releases (%s)", [d.contents.file, v, concat(", ", data.go_xenv_pack.go_releases.supported)])
}

# METADATA
# title: the supported Go releases are known
# custom:
#   id: go-mod/go-releases-data
#   severity: low
#   rationale: Without the list of supported releases the go line cannot be checked.
#   fix: Load the pack's data with the policies (-d policies/data), or give data.go_xenv_pack.go_releases.supported yourself.
warn contains lib.result(rego.metadata.rule(), msg, ["go"]) if {
	some d in mods
	d.contents.go
	not data.go_xenv_pack.go_releases.supported
	msg := sprintf("%s: the go line is not checked: data.go_xenv_pack.go_releases.supported is not loaded", [d.contents.file])
}

minor(v) := to_number(regex.find_all_string_submatch_n(`^1\.(\d+)`, v, 1)[0][1])
