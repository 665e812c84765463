package go_xenv.logrotate_test

import data.go_xenv.logrotate

conf(effective) := {"settings": {}, "directives": [], "includes": [], "stanzas": [{"paths": ["/var/log/app/*.log"], "line": 3, "settings": {}, "effective": effective, "directives": [], "scripts": {}}]}

rules(results) := {r.rule | some r in results}

test_bounded_passes if {
	count(logrotate.deny) == 0 with input as conf({"rotate": "7", "maxsize": "100M"})
	count(logrotate.deny) == 0 with input as conf({"rotate": "7", "size": "10M"})
}

test_no_size_denied if {
	"logrotate/size" in rules(logrotate.deny) with input as conf({"rotate": "7", "weekly": true})
}

test_no_rotate_denied if {
	"logrotate/rotate" in rules(logrotate.deny) with input as conf({"maxsize": "100M"})
}

test_not_a_logrotate_config if {
	count(logrotate.deny) == 0 with input as {"stanzas": [{"effective": {}}]}
}
