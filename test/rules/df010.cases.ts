import type { RuleTests } from '../rule-tester';

const strict = { profile: 'strict' as const };
const D = 'sha256:' + '0'.repeat(64);

export const cases: RuleTests = {
  valid: [
    { code: `FROM alpine:3.20@${D}\n`, config: strict },
    { name: 'scratch and stages', code: `FROM golang:1.22@${D} AS build\nFROM build\nFROM scratch\n` },
    { name: 'digest from ARG', code: `ARG DIGEST=${D}\nFROM alpine:3.20@\${DIGEST}\n` },
    { name: 'unknown image', code: 'ARG BASE\nFROM $BASE\n' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\n', config: strict, errors: [{ messageId: 'digest', range: [0, 5, 0, 16] }] },
    { name: 'untagged, CRLF', code: 'FROM alpine\r\nRUN true\r\n', config: strict, errors: [{ messageId: 'digest', range: [0, 5, 0, 11] }] },
    { name: 'each external stage', code: 'FROM golang:1.22 AS b\nFROM gcr.io/distroless/static:nonroot\n', config: strict, errors: [{ messageId: 'digest', range: [0, 5, 0, 16] }, { messageId: 'digest', range: [1, 5, 1, 37] }] },
  ],
};
