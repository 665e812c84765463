# METADATA
# title: nginx
# description: >-
#   nginx configuration in conftest's nginx document shape. A file with an http block must turn server_tokens off in
#   it (or in every server of it); a file of server blocks only (an included conf.d file) inherits it from the http
#   block and is held only to never turning it on.
package go_xenv.nginx

import data.go_xenv.lib

configs contains d.contents if {
	some d in lib.documents
	is_array(d.contents.directives)
	not d.contents.stanzas
	not d.contents.match
	every x in d.contents.directives {
		is_string(x.name)
		not x.line
	}
}

off(block) if {
	some x in block.directives
	x.name == "server_tokens"
	x.parameters == ["off"]
}

# METADATA
# title: server_tokens off
# custom:
#   id: nginx/server-tokens
#   severity: low
#   rationale: The nginx version in every error page and Server header tells an attacker which vulnerabilities to try.
#   fix: Put server_tokens off; in the http block.
deny contains lib.result(rego.metadata.rule(), x.msg, x.path) if some x in leaks

leaks contains {"msg": "http block does not set server_tokens off", "path": ["directives", i]} if {
	some c in configs
	some i, http in c.directives
	http.name == "http"
	not off(http.block)
	some s in http.block.directives
	s.name == "server"
	not off(s.block)
}

leaks contains {"msg": "http block does not set server_tokens off", "path": ["directives", i]} if {
	some c in configs
	some i, http in c.directives
	http.name == "http"
	not off(http.block)
	not has_server(http.block)
}

leaks contains {"msg": sprintf("server_tokens %s; sends the nginx version", [concat(" ", x.parameters)]), "path": path} if {
	some c in configs
	walk(c, [path, x])
	is_object(x)
	x.name == "server_tokens"
	x.parameters != ["off"]
}

has_server(block) if {
	some s in block.directives
	s.name == "server"
}
