package main

test_conflict_errors if {
	conflict == 1
}

test_passes if true

test_strict_builtin_error if {
	x := 1 / 0
	x > 0
}
