terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

locals {
  tags = {
    team = "platform"
    env  = var.env
    "cost-center" = 42
  }
  ports   = [80, 443, -1]
  enabled = !false
  name    = "app-${var.env}"
  escaped = "literal $${not_interpolated} 100%%{x}"
  only    = "${var.region}"
  number  = "${1}"
  cond    = "x${var.a ? "yes" : "no"}"
  list    = [for s in var.names : upper(s)]
  math    = 1 + 2
  call    = length(var.names)
  splat   = aws_instance.web[*].id
  index   = var.list[0]
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs-${local.name}"
  acl    = "private" # inline comment

  versioning {
    enabled = true
  }

  /* block comment */
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Region": "${var.region}"
}
EOF
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_security_group" "web" {
  ingress {
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port = 443
    to_port   = 443
  }
  user_data = <<-EOT
    #!/bin/sh
    echo ${var.env}
    %{ for p in var.ports ~}
    open ${p}
    %{ endfor ~}
  EOT
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  cidr   = "10.0.0.0/16"
  azs    = ["a", "b"]
}

output "bucket" {
  value     = aws_s3_bucket.logs.id
  sensitive = false
}
