/**
 * DF002 no-secret-in-env-arg test table (layout: see df001.cases.ts). Secret values here are made up.
 */
import type { RuleTests } from '../rule-tester';

const REMOVE = (name: string) => [`Remove the committed default of ARG ${name}`];

export const cases: RuleTests = {
  valid: [
    'FROM node:20-alpine\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci\n',
    { name: 'a *_FILE variable points to a file (Docker Official Images convention)', code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password\n' },
    { name: 'GPG_KEY is a public key fingerprint (python official image)', code: 'FROM debian:bookworm-slim\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\n' },
    { name: 'GPG_KEYS and *_PGP_KEY_ID', code: 'FROM debian\nENV GPG_KEYS 39B641343D8C104B2B146DC3F9C39DC0B9698544 E60913E4DF209907D8E30D96659A97C9CF2A795A\nENV RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA\n' },
    { name: 'URL and id names describe a secret, they do not hold one', code: 'FROM alpine\nENV TOKEN_URL=https://auth.example.com/oauth/token OIDC_CLIENT_ID=web AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n' },
    { name: 'AUTHOR is not auth', code: 'FROM alpine\nENV AUTHOR="Jane Doe"\n' },
    { name: 'only a reference', code: 'FROM alpine\nARG DB_PASSWORD\nENV DB_PASSWORD=$DB_PASSWORD API_TOKEN=${API_TOKEN}\n' },
    { name: 'references joined by punctuation', code: 'FROM alpine\nENV BASIC_AUTH=${HTTP_USER}:${HTTP_PASSWORD}\n' },
    { name: 'empty value', code: 'FROM alpine\nENV DB_PASSWORD=""\nARG API_KEY=\n' },
    { name: 'auth mode, not a secret', code: 'FROM postgres:16\nENV POSTGRES_HOST_AUTH_METHOD=trust\nENV REDIS_AUTH=none\n' },
    { name: 'settings about passwords', code: 'FROM alpine\nENV PASSWORD_MIN_LENGTH=12 TOKEN_TTL=3600 SECRET_NAME=db-creds\n' },
    { name: 'PWD is the working directory', code: 'FROM alpine\nENV PWD=/app OLDPWD=/\n' },
    { name: 'booleans', code: 'FROM alpine\nENV USE_TOKEN=true GIT_TOKEN_ENABLED=false\n' },
    { name: 'a path value', code: 'FROM alpine\nENV SSL_PRIVATE_KEY=/etc/ssl/private/server.key\n' },
    { name: 'placeholders', code: 'FROM alpine\nENV API_KEY=<your-api-key> DB_PASSWORD=XXXXXXXX\n' },
    { name: 'no secret-looking name (formats are SEC001)', code: 'FROM alpine\nENV TOKENIZERS_PARALLELISM=false HOSTNAME=web\n' },
    { name: 'a secret word in a RUN is not an ENV', code: 'FROM alpine\nRUN echo "password=hunter2" > /dev/null\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nENV DB_PASSWORD=hunter2hunter2\n',
      errors: [{ messageId: 'env', range: [1, 16, 1, 30], message: 'ENV DB_PASSWORD bakes a literal secret (hu…r2)' }],
    },
    {
      name: 'ARG default, with a suggestion to drop it',
      code: 'FROM alpine\nARG GITHUB_TOKEN=abc123def456\nRUN git clone https://github.com/acme/app\n',
      errors: [{ messageId: 'arg', range: [1, 17, 1, 29], message: 'ARG GITHUB_TOKEN has a literal secret default', suggestions: REMOVE('GITHUB_TOKEN') }],
    },
    {
      name: 'global ARG before the first FROM',
      code: 'ARG API_KEY=k3y-0f-d00m\nFROM alpine\n',
      errors: [{ messageId: 'arg', range: [0, 12, 0, 23], suggestions: REMOVE('API_KEY') }],
    },
    {
      name: 'the value is never in the message unmasked',
      code: 'FROM alpine\nENV JWT_SECRET=correct-horse-battery-staple\n',
      errors: [{ messageId: 'env', range: [1, 15, 1, 43], message: '(corr…aple)' }],
    },
    {
      name: 'second property of a continued ENV, quoted value',
      code: 'FROM alpine\nENV A=1 \\\n    MYSQL_ROOT_PASSWORD="s3cr3t pass"\n',
      errors: [{ messageId: 'env', range: [2, 24, 2, 37] }],
    },
    { name: 'legacy `ENV name value` form', code: 'FROM ruby:3.3\nENV SECRET_KEY_BASE 0123456789abcdef\n', errors: [{ messageId: 'env', range: [1, 20, 1, 36] }] },
    { name: 'tabs', code: 'FROM alpine\nENV\tJWT_SECRET=s1gn1ng\n', errors: [{ messageId: 'env', range: [1, 15, 1, 22] }] },
    { name: 'CRLF', code: 'FROM alpine\r\nENV DB_PASS=pa55\r\nCMD ["sh"]\r\n', errors: [{ messageId: 'env', range: [1, 12, 1, 16] }] },
    { name: 'lower-case keyword, camelCase name', code: 'from alpine\nenv dbPassword=pa55w0rd\n', errors: [{ messageId: 'env', range: [1, 15, 1, 23] }] },
    { name: 'a builder stage is committed too', code: 'FROM golang:1.22 AS build\nENV GOPROXY_TOKEN=t0k3n\nFROM alpine\n', errors: [{ messageId: 'env', range: [1, 18, 1, 23] }] },
    {
      name: 'same ARG in two stages (KICS passwords_and_secrets positive6)',
      code: 'FROM baseImage\n\nARG password=pass!1213Fs\n\n\nFROM test2\nARG password=pass!1213Fs',
      errors: [
        { messageId: 'arg', range: [2, 13, 2, 24], suggestions: REMOVE('password') },
        { messageId: 'arg', range: [6, 13, 6, 24], suggestions: REMOVE('password') },
      ],
    },
    { name: 'a literal fallback in ${VAR:-default} is a literal', code: 'FROM alpine\nENV DB_PASSWORD=${DB_PASSWORD:-devpass}\n', errors: [{ messageId: 'env', range: [1, 16, 1, 39] }] },
    { name: 'a bare `auth` with a secret value', code: 'FROM redis:7\nENV REDIS_AUTH=Zq8-r3d1s\n', errors: [{ messageId: 'env', range: [1, 15, 1, 24] }] },
    {
      name: 'compound names: private key, access key, credentials',
      code: 'FROM alpine\nENV SSH_PRIVATE_KEY=k AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY GCP_CREDENTIALS=c\n',
      errors: [{ messageId: 'env', range: [1, 20, 1, 21] }, { messageId: 'env', range: [1, 44, 1, 84] }, { messageId: 'env', range: [1, 101, 1, 102] }],
    },
  ],
};
