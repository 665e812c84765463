package go_xenv.nginx_test

import data.go_xenv.nginx

tokens(v) := {"name": "server_tokens", "parameters": [v]}

server(directives) := {"name": "server", "block": {"directives": array.concat([{"name": "listen", "parameters": ["80"]}], directives)}}

conf(http) := {"directives": [{"name": "user", "parameters": ["nginx"]}, {"name": "http", "block": {"directives": http}}]}

rules(results) := {r.rule | some r in results}

test_http_off_passes if {
	count(nginx.deny) == 0 with input as conf([tokens("off"), server([])])
}

test_every_server_off_passes if {
	count(nginx.deny) == 0 with input as conf([server([tokens("off")]), server([tokens("off")])])
}

test_http_without_it_denied if {
	"nginx/server-tokens" in rules(nginx.deny) with input as conf([server([])])
	"nginx/server-tokens" in rules(nginx.deny) with input as conf([])
	"nginx/server-tokens" in rules(nginx.deny) with input as conf([server([tokens("off")]), server([])])
}

test_turned_on_in_a_server_denied if {
	some r in nginx.deny with input as conf([tokens("off"), server([tokens("on")])])
	r.msg == "server_tokens on; sends the nginx version"
}

test_included_server_file if {
	count(nginx.deny) == 0 with input as {"directives": [server([])]}
	"nginx/server-tokens" in rules(nginx.deny) with input as {"directives": [server([tokens("build")])]}
}
