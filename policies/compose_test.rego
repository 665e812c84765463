package go_xenv.compose_test

import data.go_xenv.compose

good := {
	"image": "example/app:1.0",
	"cap_drop": ["ALL"],
	"cap_add": ["NET_BIND_SERVICE"],
	"read_only": true,
	"tmpfs": ["/tmp"],
}

file(service) := {"services": {"app": service}}

rules(results) := {r.rule | some r in results}

test_good_service_passes if {
	count(compose.deny) == 0 with input as file(good)
	count(compose.warn) == 0 with input as file(good)
}

test_privileged_denied if {
	"compose/privileged" in rules(compose.deny) with input as file(object.union(good, {"privileged": true}))
}

test_cap_drop_missing_denied if {
	"compose/cap-drop-all" in rules(compose.deny) with input as file(object.remove(good, ["cap_drop"]))
	"compose/cap-drop-all" in rules(compose.deny) with input as file(object.union(good, {"cap_drop": ["NET_RAW"]}))
}

test_cap_drop_all_lower_case_passes if {
	not "compose/cap-drop-all" in rules(compose.deny) with input as file(object.union(good, {"cap_drop": ["all"]}))
}

test_cap_add_all_denied if {
	"compose/cap-add-explicit" in rules(compose.deny) with input as file(object.union(good, {"cap_add": ["ALL"]}))
}

test_read_only_missing_denied if {
	"compose/read-only" in rules(compose.deny) with input as file(object.remove(good, ["read_only"]))
	"compose/read-only" in rules(compose.deny) with input as file(object.union(good, {"read_only": false}))
}

test_read_only_without_tmpfs_warned if {
	"compose/read-only-tmpfs" in rules(compose.warn) with input as file(object.remove(good, ["tmpfs"]))
}

test_tmpfs_volume_passes if {
	s := object.union(object.remove(good, ["tmpfs"]), {"volumes": [{"type": "tmpfs", "target": "/tmp"}]})
	not "compose/read-only-tmpfs" in rules(compose.warn) with input as file(s)
}

test_not_a_compose_file if {
	count(compose.deny) == 0 with input as {"apiVersion": "v1", "kind": "Pod"}
}
