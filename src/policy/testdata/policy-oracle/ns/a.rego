package team.a

deny contains "team a denies services" if input.kind == "Service"
