package main

deny contains msg if {
	c := parse_config_file("../../cfg/db.json")
	msg := sprintf("from sub %v", [c])
}
