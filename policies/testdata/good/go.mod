module example.com/good

go 1.26.3

require github.com/google/uuid v1.6.0
