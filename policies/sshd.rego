# METADATA
# title: OpenSSH server
# description: >-
#   sshd_config as the sshd_config parser reads it (keys lower-cased; settings: the value sshd takes; match: the
#   Match blocks). A setting left out counts as sshd's default (PermitRootLogin prohibit-password,
#   PasswordAuthentication yes); a Match block may not undo the global setting.
package go_xenv.sshd

import data.go_xenv.lib

configs contains d.contents if {
	some d in lib.documents
	is_object(d.contents.settings)
	is_object(d.contents.values)
	is_array(d.contents.match)
}

# A setting that is not `no`, globally (or by default) or in a Match block: [where, value, path].
not_no(c, key, default_value) := {[w, v, p] |
	some [w, v, p] in settings(c, key, default_value)
	lower(v) != "no"
}

settings(c, key, default_value) := array.concat(
	[["", object.get(c.settings, key, sprintf("%s (the default)", [default_value])), ["settings", key]]],
	[[sprintf(" in Match at line %d", [m.line]), m.settings[key], ["match", i, "settings", key]] | some i, m in c.match; m.settings[key]],
)

# METADATA
# title: PermitRootLogin no
# custom:
#   id: sshd/permit-root-login
#   severity: high
#   rationale: Logging in as root skips the audit trail of a named user and hands an attacker every privilege at once.
#   fix: Set PermitRootLogin no and use a named account with sudo.
deny contains lib.result(rego.metadata.rule(), msg, p) if {
	some c in configs
	some [w, v, p] in not_no(c, "permitrootlogin", "prohibit-password")
	msg := sprintf("PermitRootLogin is %s%s, not no", [v, w])
}

# METADATA
# title: PasswordAuthentication no
# custom:
#   id: sshd/password-authentication
#   severity: high
#   rationale: Passwords can be guessed and phished; keys (or certificates) cannot be brute-forced over the network.
#   fix: Set PasswordAuthentication no and log in with keys.
deny contains lib.result(rego.metadata.rule(), msg, p) if {
	some c in configs
	some [w, v, p] in not_no(c, "passwordauthentication", "yes")
	msg := sprintf("PasswordAuthentication is %s%s, not no", [v, w])
}
