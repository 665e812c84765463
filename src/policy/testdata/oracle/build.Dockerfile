FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS builder
WORKDIR /app
RUN apk add --no-cache \
    # build tools
    git \
    make
ADD --checksum=sha256:abc123 https://example.com/file.tar.gz /tmp/
COPY --chmod=755 --chown=app:app scripts/ /scripts/
RUN ["sh", "-c", "echo json form"]
ENV PATH=/usr/local/go/bin:$PATH \
    GOPATH=/go
FROM builder AS test
RUN go test ./...
FROM scratch
COPY --from=builder /app/bin /bin
ENTRYPOINT /bin/app --serve
