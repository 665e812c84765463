package go_xenv.sshd_test

import data.go_xenv.sshd

conf(settings, match) := {"settings": settings, "values": {}, "directives": [], "match": match}

hardened := {"permitrootlogin": "no", "passwordauthentication": "no"}

rules(results) := {r.rule | some r in results}

test_hardened_passes if {
	count(sshd.deny) == 0 with input as conf(hardened, [])
}

test_root_login_denied if {
	"sshd/permit-root-login" in rules(sshd.deny) with input as conf(object.union(hardened, {"permitrootlogin": "yes"}), [])
}

test_root_login_default_denied if {
	some r in sshd.deny with input as conf(object.remove(hardened, ["permitrootlogin"]), [])
	r.rule == "sshd/permit-root-login"
	r.msg == "PermitRootLogin is prohibit-password (the default), not no"
}

test_password_authentication_denied if {
	"sshd/password-authentication" in rules(sshd.deny) with input as conf(object.union(hardened, {"passwordauthentication": "yes"}), [])
	"sshd/password-authentication" in rules(sshd.deny) with input as conf(object.remove(hardened, ["passwordauthentication"]), [])
}

test_match_block_undoing_it_denied if {
	m := {"criteria": [{"name": "user", "patterns": ["bob"]}], "line": 9, "settings": {"passwordauthentication": "yes"}}
	some r in sshd.deny with input as conf(hardened, [m])
	r.rule == "sshd/password-authentication"
	r.path == ["match", 0, "settings", "passwordauthentication"]
}

test_match_block_keeping_it_passes if {
	m := {"criteria": [{"name": "user", "patterns": ["bob"]}], "line": 9, "settings": {"passwordauthentication": "No", "x11forwarding": "yes"}}
	count(sshd.deny) == 0 with input as conf(hardened, [m])
}

test_not_an_sshd_config if {
	count(sshd.deny) == 0 with input as {"settings": {"permitrootlogin": "yes"}}
}
