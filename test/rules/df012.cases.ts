import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM alpine:3.20\nADD app.tar.gz /opt/\n',
    { name: 'with checksum', code: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /a\n' },
    { name: 'curl in RUN is not ADD', code: 'FROM alpine:3.20\nRUN curl -fsSL https://example.com/a.tgz | tar -xz\n' },
    { name: 'COPY', code: 'FROM alpine:3.20\nCOPY ./drop-http-proxy-header.conf /etc/apache2/conf-available\n' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nADD https://example.com/big.tar.xz /usr/src/things/\n', errors: [{ messageId: 'remote', range: [1, 4, 1, 34] }] },
    { name: 'git source, CRLF', code: 'FROM alpine:3.20\r\nADD git@github.com:moby/buildkit.git /src\r\n', errors: [{ messageId: 'remote', range: [1, 4, 1, 36] }] },
    { name: 'http with chown', code: 'FROM alpine:3.20\nADD --chown=1:1 http://x.test/f /f\n', errors: [{ messageId: 'remote', range: [1, 16, 1, 31] }] },
  ],
};
