import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM alpine:3.20\nUSER 10001:10001\n',
    { name: 'named user in a builder stage only', code: 'FROM golang:1.22 AS build\nUSER builder\nRUN make\nFROM alpine:3.20\nUSER 10001\n' },
    { name: 'root is DF001\'s', code: 'FROM alpine:3.20\nUSER root\n' },
    { name: 'unknown build argument', code: 'FROM alpine:3.20\nARG UID\nUSER $UID\n' },
    { name: 'numeric via ARG default', code: 'FROM alpine:3.20\nARG UID=1000\nUSER ${UID}\n' },
    { name: 'no USER', code: 'FROM alpine:3.20\n' },
    { name: 'Windows', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN adduser -D app\nUSER app\n', errors: [{ messageId: 'named', range: [2, 5, 2, 8], message: '"app"' }] },
    { name: 'name with group', code: 'FROM alpine:3.20\nUSER app:app\n', errors: [{ messageId: 'named', range: [1, 5, 1, 12] }] },
    { name: 'through ENV, CRLF', code: 'FROM alpine:3.20\r\nENV U=web\r\nUSER $U\r\n', errors: [{ messageId: 'named', range: [2, 5, 2, 7], message: '"web"' }] },
    { name: 'last USER wins', code: 'FROM alpine:3.20\nUSER 1000\nUSER nobody\n', errors: [{ messageId: 'named', range: [2, 5, 2, 11] }] },
  ],
};
