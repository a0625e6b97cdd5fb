import type { RuleTests } from '../rule-tester';

const D = 'sha256:' + '0'.repeat(64);

export const cases: RuleTests = {
  valid: [
    'FROM alpine:3.20\n',
    { name: 'scratch', code: 'FROM scratch\nCOPY app /app\n' },
    { name: 'earlier stage', code: 'FROM ubuntu:22.04 AS test\nFROM test AS build\nFROM build\n' },
    { name: 'digest', code: `FROM alpine@${D}\nFROM alpine:latest@${D}\n` },
    { name: 'ARG with a versioned default', code: 'ARG IMAGE=alpine:3.12\nFROM $IMAGE\n' },
    { name: 'ARG without default: unknown', code: 'ARG BASE\nFROM ${BASE}\n' },
    { name: 'tag from ARG', code: 'ARG V=3.20\nFROM alpine:${V}\n' },
    { name: 'registry with port and tag', code: 'FROM localhost:5000/app:1.0\n' },
  ],
  invalid: [
    { code: 'FROM alpine\nRUN true\n', errors: [{ messageId: 'untagged', range: [0, 5, 0, 11] }] },
    { name: 'latest', code: 'FROM alpine:latest\n', errors: [{ messageId: 'latest', range: [0, 5, 0, 18] }] },
    { name: 'not a stage defined before', code: 'FROM ubuntu:22.04 AS test\nFROM construction AS final\n', errors: [{ messageId: 'untagged', range: [1, 5, 1, 17] }] },
    { name: 'platform flag, registry port, CRLF', code: 'FROM --platform=$BUILDPLATFORM localhost:5000/app AS b\r\n', errors: [{ messageId: 'untagged', range: [0, 31, 0, 49] }] },
    { name: 'ARG default latest', code: 'ARG IMAGE=node:latest\nFROM $IMAGE\n', errors: [{ messageId: 'latest', range: [1, 5, 1, 11], message: 'node:latest' }] },
    { name: 'builder stage too', code: 'FROM golang AS build\nFROM alpine:3.20\n', errors: [{ messageId: 'untagged', range: [0, 5, 0, 11] }] },
  ],
};
