provider "aws" {
  region = var.region
  default_tags {
    tags = merge(local.tags, {
      Name = "net"
    })
  }
}

resource "aws_instance" "web" {
  for_each      = toset(var.names)
  ami           = data.aws_ami.ubuntu.id
  instance_type = each.value == "big" ? "m5.large" : "t3.micro"
  tags = {
    Name  = "web-${each.key}"
    Owner = "team" // slash comment
  }

  dynamic "ebs_block_device" {
    for_each = var.disks
    content {
      device_name = ebs_block_device.value.name
      volume_size = ebs_block_device.value.size
    }
  }

  lifecycle {
    ignore_changes = [tags["Owner"], ami]
  }

  depends_on = [aws_security_group.web]
  user_data  = templatefile("${path.module}/init.sh", { port = 8080, names = var.names })
  cidrs      = [for i in range(3) : cidrsubnet("10.0.0.0/16", 8, i) if i > 0]
  braces     = "a } b { c"
  obj_in_cond = var.x ? { a = 1 } : { a = 2 }
  long_call = join(",", [
    "one",
    "two",
  ])
  script = <<-EOT
    #!/bin/bash
      indented ${var.more}
    done
    EOT
}
