variable "obj" {
  default = {
    nested = { inner = [1, { deep = "x" }] }
    "with-dash" = true
    (var.dyn) = "computed key"
  }
}

resource "null_resource" "a" {
  triggers = {
    always = timestamp()
  }
  count = var.enabled ? 1 : 0
  tuple = [
    "a",   # comment
    2.50,
    null,
    -3,
    1e2,
  ]
  unicode = "caf\u00e9 \"quoted\" tab\there"
  tpl     = "%{if var.x}on%{endif}"
  for_tpl = "%{for k, v in var.m}${k}=${v},%{endfor}"
  nested_interp = "${"inner"}"
  neg = -var.x
  not = !var.y
  paren = (1 + 2)
  heredoc = <<EOT
  keep indent ${var.z}
EOT
}

dynamic_block "x" "y" "z" {
  a = 1
}

locals {
  obj_for = { for k, v in var.m : k => upper(v) }
  attr    = data.aws_caller_identity.current.account_id
}
