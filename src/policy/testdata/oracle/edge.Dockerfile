# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base
RUN echo one `
    two

#

# a lone comment after a reset
FROM base AS final
ONBUILD COPY --from=base a b
RUN <<EOF
echo heredoc
EOF
COPY <<-EOT /etc/conf
	value
	EOT
SHELL ["powershell", "-Command"]
VOLUME /data /logs
EXPOSE 80/tcp
STOPSIGNAL SIGTERM
MAINTAINER someone@example.com
LABEL "quoted key"="quoted value" plain=1
HEALTHCHECK NONE
CMD []
run lowercase instruction
