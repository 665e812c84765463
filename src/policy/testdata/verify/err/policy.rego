package main

conflict := 1 if true

conflict := 2 if true

half(x) := x / 2
