import type { RuleTests } from '../rule-tester';

const config = { trustedRegistries: ['registry.example.com', 'docker.io/library'] };

export const cases: RuleTests = {
  valid: [
    { name: 'no list configured', code: 'FROM quay.io/x/y:1\n' },
    { code: 'FROM registry.example.com/team/app:1.0\n', config },
    { name: 'official image under docker.io/library', code: 'FROM node:20\n', config },
    { name: 'stages and scratch', code: 'FROM registry.example.com/a:1 AS b\nFROM b\nFROM scratch\n', config },
    { name: 'unknown registry', code: 'ARG REG\nFROM $REG/app:1\n', config },
  ],
  invalid: [
    { code: 'FROM quay.io/prometheus/node-exporter:v1.8\n', config, errors: [{ messageId: 'untrusted', range: [0, 5, 0, 42], message: '"quay.io"' }] },
    { name: 'Docker Hub user image outside library', code: 'FROM bitnami/nginx:1.27\r\n', config, errors: [{ messageId: 'untrusted', range: [0, 5, 0, 23], message: '"docker.io"' }] },
  ],
};
