package team.b

warn contains "team b warns on everything" if input.kind
