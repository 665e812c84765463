region = "us-east-1"
names  = ["a", "b"]
sizes = {
  small = 1
  large = 100
}
enabled = true
ratio   = 0.25
