package go_xenv.config_test

import data.go_xenv.config

rules(results) := {r.rule | some r in results}

test_nested_allow_any_host_denied if {
	some r in config.deny with input as {"server": {"cors": [{"allow_any_host": true}]}}
	r.rule == "config/allow-any-host"
	r.path == ["server", "cors", 0, "allow_any_host"]
	r.msg == "allow_any_host is true at server.cors.0.allow_any_host"
}

test_top_level_denied if {
	"config/allow-any-host" in rules(config.deny) with input as {"allow_any_host": true}
}

test_false_or_string_passes if {
	count(config.deny) == 0 with input as {"allow_any_host": false, "x": {"allow_any_host": "true"}}
}
