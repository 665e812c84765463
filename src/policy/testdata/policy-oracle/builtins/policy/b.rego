package main

deny contains msg if {
	c := parse_config("yaml", "a: 1\nb: [x, y]\n")
	msg := sprintf("yaml %v", [c])
}

deny contains msg if {
	c := parse_config("yaml", "a: 1\n---\na: 2\n")
	msg := sprintf("multi %v", [c])
}

deny contains msg if {
	c := parse_config("toml", "[s]\nk = \"v\"\n")
	msg := sprintf("toml %v", [c])
}

deny contains msg if {
	c := parse_config("hcl2", "resource \"a\" \"b\" {\n  x = 1\n}\n")
	msg := sprintf("hcl2 %v", [c])
}

deny contains msg if {
	c := parse_config("nope", "x")
	msg := sprintf("unknown parser %v", [c])
}

deny contains msg if {
	c := parse_config("json", "{not json")
	msg := sprintf("bad json %v", [c])
}

deny contains msg if {
	c := parse_config_file("../cfg/app.yaml")
	msg := sprintf("file %v", [c])
}

deny contains msg if {
	c := parse_config_file("../cfg/missing.yaml")
	msg := sprintf("missing %v", [c])
}

deny contains msg if {
	c := parse_combined_config_files(["../cfg/app.yaml", "../cfg/db.json"])
	msg := sprintf("combined %v", [c])
}
