package main

deny contains msg if {
	input.kind == "Pod"
	msg := "no pods"
}

allow if input.x == data.limits.max

bump(x) := x + 1

mode := "fast" if input.fast
