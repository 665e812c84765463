package plain

# test_ rules are tests in any file, not only in _test.rego ones.
test_in_a_policy_file if true
