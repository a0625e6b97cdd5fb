import type { RuleTests } from '../rule-tester';

const S = ['Remove this COPY (provide the file as a build secret instead)'];

export const cases: RuleTests = {
  valid: [
    'FROM node:20\nCOPY package.json package-lock.json ./\n',
    { name: 'COPY . . is no evidence', code: 'FROM node:20\nCOPY . .\n' },
    { name: 'templates and public certificates', code: 'FROM node:20\nCOPY .env.example ca.pem certs/fullchain.pem id_rsa.pub /app/\n' },
    { name: 'env-looking directory names', code: 'FROM node:20\nCOPY environment.ts keys.ts /app/\n' },
    { name: 'destination is not a source', code: 'FROM node:20\nCOPY app.env.json /app/.env\n' },
    { name: 'heredoc', code: 'FROM node:20\nCOPY <<EOF /app/.env\nA=1\nEOF\n' },
    { name: 'glob', code: 'FROM node:20\nCOPY *.key.txt /x/\n' },
  ],
  invalid: [
    { code: 'FROM node:20\nCOPY .env /app/.env\n', errors: [{ messageId: 'secretFile', range: [1, 5, 1, 9], suggestions: S }] },
    { name: 'ssh key with chown flag', code: 'FROM node:20\nCOPY --chown=app:app keys/id_rsa /home/app/.ssh/\n', errors: [{ messageId: 'secretFile', range: [1, 21, 1, 32], message: 'SSH private key', suggestions: S }] },
    { name: 'several sources: no suggestion', code: 'FROM node:20\nCOPY package.json .npmrc ./\n', errors: [{ messageId: 'secretFile', range: [1, 18, 1, 24] }] },
    { name: 'aws dir, ADD, CRLF', code: 'FROM node:20\r\nADD .aws/ /root/.aws/\r\n', errors: [{ messageId: 'secretFile', range: [1, 4, 1, 9], suggestions: ['Remove this ADD (provide the file as a build secret instead)'] }] },
    { name: 'pem and key from another stage', code: 'FROM alpine:3 AS b\nFROM alpine:3\nCOPY --from=b /tls/server.pem /tls/server.key /tls/\n', errors: [{ messageId: 'secretFile', range: [2, 14, 2, 29] }, { messageId: 'secretFile', range: [2, 30, 2, 45] }] },
    { name: 'credentials and .env.production', code: 'FROM node:20\nCOPY credentials /c\nCOPY .env.production /app/\n', errors: [{ messageId: 'secretFile', range: [1, 5, 1, 16], suggestions: S }, { messageId: 'secretFile', range: [2, 5, 2, 20], suggestions: S }] },
  ],
};
