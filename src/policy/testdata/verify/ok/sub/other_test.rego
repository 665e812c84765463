package other.nested

test_sees_main if {
	data.main.mode == "fast" with input as {"fast": true}
}

test_fails_undefined if {
	data.main.mode == "fast"
}
