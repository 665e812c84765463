# METADATA
# title: docker-compose services
# description: >-
#   The services of a docker-compose file (its YAML document with a services mapping), held to a production
#   container baseline: not privileged, every capability dropped and the needed ones added by name, a read-only root
#   filesystem with tmpfs for the paths that must be writable.
package go_xenv.compose

import data.go_xenv.lib

services contains [name, s] if {
	some d in lib.documents
	is_object(d.contents.services)
	some name, s in d.contents.services
	is_object(s)
}

# METADATA
# title: services not privileged
# custom:
#   id: compose/privileged
#   severity: high
#   rationale: A privileged container has every capability and the host's devices; escaping it is escaping to the host.
#   fix: Remove privileged, and add only the capabilities the service needs with cap_add.
deny contains lib.result(rego.metadata.rule(), msg, ["services", name, "privileged"]) if {
	some [name, s] in services
	s.privileged == true
	msg := sprintf("service %s runs privileged", [name])
}

# METADATA
# title: every capability dropped
# custom:
#   id: compose/cap-drop-all
#   severity: medium
#   rationale: Docker's default capabilities (NET_RAW, CHOWN, SETUID, ...) are more than most services use.
#   fix: "Add cap_drop: [ALL] and list the capabilities the service needs under cap_add."
deny contains lib.result(rego.metadata.rule(), msg, ["services", name]) if {
	some [name, s] in services
	not drops_all(s)
	msg := sprintf("service %s does not drop every capability (cap_drop: [ALL])", [name])
}

drops_all(s) if {
	some c in s.cap_drop
	upper(c) == "ALL"
}

# METADATA
# title: capabilities added by name
# custom:
#   id: compose/cap-add-explicit
#   severity: high
#   rationale: cap_add ALL undoes cap_drop ALL; only a list of named capabilities says what the service needs.
#   fix: Replace ALL in cap_add with the capabilities the service needs (e.g. NET_BIND_SERVICE).
deny contains lib.result(rego.metadata.rule(), msg, ["services", name, "cap_add"]) if {
	some [name, s] in services
	some c in s.cap_add
	upper(c) == "ALL"
	msg := sprintf("service %s adds every capability (cap_add: [ALL])", [name])
}

# METADATA
# title: read-only root filesystem
# custom:
#   id: compose/read-only
#   severity: medium
#   rationale: A writable root filesystem lets a compromised process change the image's binaries and configuration.
#   fix: "Set read_only: true and mount tmpfs (or volumes) on the paths the service writes."
deny contains lib.result(rego.metadata.rule(), msg, ["services", name]) if {
	some [name, s] in services
	not s.read_only == true
	msg := sprintf("service %s has a writable root filesystem (read_only: true is not set)", [name])
}

# METADATA
# title: tmpfs for writable paths of a read-only service
# custom:
#   id: compose/read-only-tmpfs
#   severity: low
#   rationale: A read-only service still writes somewhere (/tmp, /run); without tmpfs those writes fail or land on volumes.
#   fix: "Add tmpfs: [/tmp] (or a tmpfs volume) for the paths the service writes."
warn contains lib.result(rego.metadata.rule(), msg, ["services", name, "read_only"]) if {
	some [name, s] in services
	s.read_only == true
	not has_tmpfs(s)
	msg := sprintf("service %s is read-only but mounts no tmpfs for the paths it writes", [name])
}

has_tmpfs(s) if count(s.tmpfs) > 0

has_tmpfs(s) if is_string(s.tmpfs)

has_tmpfs(s) if {
	some v in s.volumes
	v.type == "tmpfs"
}
