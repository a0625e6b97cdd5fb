import type { RuleTests } from '../rule-tester';

const strict = { profile: 'strict' as const };

export const cases: RuleTests = {
  valid: [
    { code: 'FROM node:20\nEXPOSE 3000\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\nCMD ["node","app.js"]\n', config: strict },
    { name: 'HEALTHCHECK NONE', code: 'FROM node:20\nHEALTHCHECK NONE\n', config: strict },
    { name: 'inherited from the parent stage', code: 'FROM node:20 AS base\nHEALTHCHECK CMD true\nFROM base\nCMD ["x"]\n', config: strict },
    { name: 'healthcheck after CMD in the final stage', code: 'FROM golang:1.16 AS builder\nRUN go build\nFROM alpine:3.20\nCMD ["./app"]\nUSER patrick\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n', config: strict },
    { name: 'recommended profile: off', code: 'FROM node:20\n', config: { profile: 'recommended' } },
  ],
  invalid: [
    {
      code: 'FROM node:20\nEXPOSE 3000\nCMD ["node","app.js"]\n',
      config: strict,
      errors: [{ messageId: 'missing', range: [0, 0, 0, 12], suggestions: ['Add an HTTP HEALTHCHECK on port 3000'] }],
    },
    { name: 'only in a builder stage', code: 'FROM golang:1.22 AS b\nHEALTHCHECK CMD true\nFROM alpine:3.20\r\n', config: strict, errors: [{ messageId: 'missing', range: [2, 0, 2, 16] }] },
  ],
};
