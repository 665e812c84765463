package main

test_deny_pod if {
	deny["no pods"] with input as {"kind": "Pod"}
}

test_deny_service_fails if {
	deny["no pods"] with input as {"kind": "Service"}
}

test_allow_from_data if {
	allow with input as {"x": 3}
}

test_allow_with_mocked_data if {
	allow with input as {"x": 9} with data.limits.max as 9
}

test_mocked_function if {
	bump(1) == 5 with bump as five
}

five(_) := 5

test_mocked_builtin if {
	count([1, 2]) == 7 with count as seven
}

seven(_) := 7

test_builtin_error_fails if {
	x := 1 / 0
	x > 0
}

test_not_true := 1

test_twice if true

test_twice if false

todo_test_later if {
	false
}
