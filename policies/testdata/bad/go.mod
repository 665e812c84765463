module example.com/bad

go 1.23

require (
	github.com/google/uuid v1.6.0
	golang.org/x/exp v0.0.0-20241009180824-f66d83c29e7c
	example.com/localdep v0.0.0
)

replace example.com/localdep => ./localdep
