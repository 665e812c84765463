# METADATA
# title: configuration files
# description: >-
#   Every configuration document (YAML, and the JSON and TOML that parse to the same kind of tree): keys whose value
#   opens a service to any host.
package go_xenv.config

import data.go_xenv.lib

# METADATA
# title: no allow_any_host true
# custom:
#   id: config/allow-any-host
#   severity: high
#   rationale: allow_any_host turns off the host check that keeps a service from answering for, or redirecting to, any host.
#   fix: Set allow_any_host false and list the hosts the service serves.
deny contains lib.result(rego.metadata.rule(), msg, path) if {
	some d in lib.documents
	walk(d.contents, [path, value])
	count(path) > 0
	path[count(path) - 1] == "allow_any_host"
	value == true
	msg := sprintf("allow_any_host is true at %s", [concat(".", [sprintf("%v", [k]) | some k in path])])
}
