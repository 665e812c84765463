package main

deny contains {"msg": sprintf("bad key %s", [k]), "path": ["settings", k]} if {
	some k, v in input.settings
	v == false
}

warn contains {"msg": "no settings", "rule": "settings"} if not input.settings
