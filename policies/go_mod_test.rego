package go_xenv.go_mod_test

import data.go_xenv.go_mod

releases := {"supported": ["1.26", "1.27"]}

mod(over) := object.union(
	{
		"ecosystem": "go", "format": "go.mod", "file": "go.mod",
		"go": {"version": "1.26.3", "line": 3}, "toolchain": null,
		"packages": [], "replace": [],
	},
	over,
)

req(name, version, over) := object.union({"name": name, "version": version, "indirect": false, "pseudo": false, "line": 5}, over)

rules(results) := {r.rule | some r in results}

test_local_replace_denied if {
	d := mod({"replace": [{"old": {"path": "example.com/a"}, "new": {"path": "../a"}, "local": true, "line": 7}]})
	"go-mod/local-replace" in rules(go_mod.deny) with input as d with data.go_xenv_pack.go_releases as releases
}

test_module_replace_allowed if {
	d := mod({"replace": [{"old": {"path": "example.com/a"}, "new": {"path": "example.com/b", "version": "v1.0.0"}, "local": false, "line": 7}]})
	not "go-mod/local-replace" in rules(go_mod.deny) with input as d with data.go_xenv_pack.go_releases as releases
}

test_go_without_patch_needs_toolchain if {
	d := mod({"go": {"version": "1.26", "line": 3}})
	"go-mod/toolchain-pin" in rules(go_mod.deny) with input as d with data.go_xenv_pack.go_releases as releases
}

test_go_without_patch_with_toolchain_passes if {
	d := mod({"go": {"version": "1.26", "line": 3}, "toolchain": {"name": "go1.26.8", "line": 5}})
	not "go-mod/toolchain-pin" in rules(go_mod.deny) with input as d with data.go_xenv_pack.go_releases as releases
}

test_go_with_patch_passes if {
	not "go-mod/toolchain-pin" in rules(go_mod.deny) with input as mod({}) with data.go_xenv_pack.go_releases as releases
}

test_direct_pseudo_version_warned if {
	d := mod({"packages": [req("golang.org/x/exp", "v0.0.0-20241009180824-f66d83c29e7c", {"pseudo": true})]})
	"go-mod/direct-pseudo-version" in rules(go_mod.warn) with input as d with data.go_xenv_pack.go_releases as releases
}

test_indirect_pseudo_version_not_warned if {
	d := mod({"packages": [req("golang.org/x/exp", "v0.0.0-20241009180824-f66d83c29e7c", {"pseudo": true, "indirect": true})]})
	not "go-mod/direct-pseudo-version" in rules(go_mod.warn) with input as d with data.go_xenv_pack.go_releases as releases
}

test_old_go_line_denied if {
	d := mod({"go": {"version": "1.23.4", "line": 3}})
	"go-mod/go-version-supported" in rules(go_mod.deny) with input as d with data.go_xenv_pack.go_releases as releases
}

test_supported_go_line_passes if {
	not "go-mod/go-version-supported" in rules(go_mod.deny) with input as mod({}) with data.go_xenv_pack.go_releases as releases
	not "go-mod/go-version-supported" in rules(go_mod.deny) with input as mod({"go": {"version": "1.27rc1", "line": 3}}) with data.go_xenv_pack.go_releases as releases
}

test_missing_releases_data_warned if {
	"go-mod/go-releases-data" in rules(go_mod.warn) with input as mod({}) with data.go_xenv_pack as {}
	not "go-mod/go-releases-data" in rules(go_mod.warn) with input as mod({}) with data.go_xenv_pack.go_releases as releases
}

sum(entries) := {"ecosystem": "go", "format": "go.sum", "file": "svc/go.sum", "packages": entries}

combined(m, s) := [{"path": "svc/go.mod", "contents": m}, {"path": "svc/go.sum", "contents": s}]

test_require_missing_from_go_sum_denied if {
	m := mod({"file": "svc/go.mod", "packages": [req("github.com/google/uuid", "v1.5.0", {})]})
	s := sum([{"name": "github.com/google/uuid", "version": "v1.4.0"}])
	"go-mod/require-in-go-sum" in rules(go_mod.deny) with input as combined(m, s) with data.go_xenv_pack.go_releases as releases
}

test_require_in_go_sum_passes if {
	m := mod({
		"file": "svc/go.mod", "packages": [
			req("github.com/google/uuid", "v1.5.0", {}),
			req("example.com/local", "v0.0.0", {}),
			req("example.com/old", "v1.0.0", {}),
		],
		"replace": [
			{"old": {"path": "example.com/local"}, "new": {"path": "./local"}, "local": true, "line": 9},
			{"old": {"path": "example.com/old", "version": "v1.0.0"}, "new": {"path": "example.com/new", "version": "v2.0.0"}, "local": false, "line": 10},
		],
	})
	s := sum([{"name": "github.com/google/uuid", "version": "v1.5.0"}, {"name": "example.com/new", "version": "v2.0.0"}])
	not "go-mod/require-in-go-sum" in rules(go_mod.deny) with input as combined(m, s) with data.go_xenv_pack.go_releases as releases
}

test_no_go_sum_beside_denied if {
	m := mod({"file": "svc/go.mod", "packages": [req("github.com/google/uuid", "v1.5.0", {})]})
	other := sum([])
	both := [{"path": "svc/go.mod", "contents": m}, {"path": "other/go.sum", "contents": other}]
	"go-mod/require-in-go-sum" in rules(go_mod.deny) with input as both with data.go_xenv_pack.go_releases as releases
}

test_go_sum_rule_needs_combine if {
	m := mod({"packages": [req("github.com/google/uuid", "v1.5.0", {})]})
	not "go-mod/require-in-go-sum" in rules(go_mod.deny) with input as m with data.go_xenv_pack.go_releases as releases
}

test_results_carry_metadata if {
	d := mod({"go": {"version": "1.23.4", "line": 3}})
	some r in go_mod.deny with input as d with data.go_xenv_pack.go_releases as releases
	r.rule == "go-mod/go-version-supported"
	r.severity == "medium"
	r.fix != ""
	r.rationale != ""
	r.path == ["go"]
}
