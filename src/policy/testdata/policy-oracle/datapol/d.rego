package main

deny contains msg if {
	input.region
	not input.region in data.limits.regions
	msg := sprintf("region %s not allowed (max %d)", [input.region, data.limits.max])
}
