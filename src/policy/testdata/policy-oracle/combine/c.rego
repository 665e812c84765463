package main

deny contains msg if {
	some doc in input
	doc.contents.kind == "Deployment"
	msg := sprintf("%s is a deployment (limit %d)", [doc.path, data.limits.max])
}

warn contains msg if {
	count(input) > 2
	msg := sprintf("%d files combined", [count(input)])
}
