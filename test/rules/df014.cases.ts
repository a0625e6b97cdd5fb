import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM debian:12\nRUN curl -fsSL https://x.test/a -o a\n',
    { name: 'NODE_TLS_REJECT_UNAUTHORIZED=1', code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\nRUN PYTHONHTTPSVERIFY=1 python x.py\n' },
    { name: '-k for other tools', code: 'FROM debian:12\nRUN ssh-keygen -k -f x && grep -k x\n' },
    { name: 'curl -K config file', code: 'FROM debian:12\nRUN curl -K cfg https://x.test\n' },
    { name: 'pip with an index URL', code: 'FROM python:3.12\nRUN pip install --index-url https://pypi.example.com/simple x==1\n' },
    { name: 'strict-ssl true', code: 'FROM node:20\nRUN npm config set strict-ssl true\n' },
    { name: 'apk index of locally built packages', code: 'FROM alpine:3.20\nRUN apk index --allow-untrusted -o APKINDEX.tar.gz *.apk\n' },
    { name: 'apk add of local packages from a builder stage', code: 'FROM alpine:3.20\nRUN apk add --no-cache --allow-untrusted /tmp/packages/nginx-module-x.apk\n' },
    { name: 'mentioned in echo', code: 'FROM debian:12\nRUN echo "never use --no-check-certificate"\n' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN wget --no-check-certificate https://x.test/a\n', errors: [{ messageId: 'flag', range: [1, 9, 1, 31] }], output: 'FROM debian:12\nRUN wget https://x.test/a\n' },
    { name: 'curl -k and combined flags', code: 'FROM debian:12\nRUN curl -k https://a.test && curl -fsSLk https://b.test\n', errors: [{ messageId: 'flag', range: [1, 9, 1, 11] }, { messageId: 'flag', range: [1, 35, 1, 41] }], output: 'FROM debian:12\nRUN curl https://a.test && curl -fsSL https://b.test\n' },
    { name: 'apt-get, continuation', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    --allow-unauthenticated curl=1\n', errors: [{ messageId: 'flag', range: [2, 4, 2, 27] }], output: 'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    curl=1\n' },
    { name: 'apk, yum, rpm', code: 'FROM alpine:3.20\nRUN apk add --allow-untrusted curl && yum install --nogpgcheck -y y && rpm -i --nosignature z.rpm\n', errors: [{ messageId: 'flag', range: [1, 12, 1, 29] }, { messageId: 'flag', range: [1, 50, 1, 62] }, { messageId: 'flag', range: [1, 78, 1, 91] }], output: 'FROM alpine:3.20\nRUN apk add curl && yum install -y y && rpm -i z.rpm\n' },
    { name: 'pip --trusted-host with value', code: 'FROM python:3.12\nRUN pip install --trusted-host pypi.example.com x==1\n', errors: [{ messageId: 'flag', range: [1, 16, 1, 30] }], output: 'FROM python:3.12\nRUN pip install x==1\n' },
    { name: 'npm config set strict-ssl false: report only', code: 'FROM node:20\nRUN npm config set strict-ssl false\n', errors: [{ messageId: 'config', range: [1, 19, 1, 29] }] },
    { name: 'inline env var', code: 'FROM node:20\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n', errors: [{ messageId: 'env', range: [1, 4, 1, 34] }], output: 'FROM node:20\nRUN npm ci\n' },
    { name: 'ENV single, CRLF', code: 'FROM debian:12\r\nENV GIT_SSL_NO_VERIFY=true\r\nRUN true\r\n', errors: [{ messageId: 'env', range: [1, 4, 1, 26] }], output: 'FROM debian:12\r\nRUN true\r\n' },
    { name: 'ENV among others', code: 'FROM python:3.12\nENV A=1 PYTHONHTTPSVERIFY=0 B=2\n', errors: [{ messageId: 'env', range: [1, 8, 1, 27] }], output: 'FROM python:3.12\nENV A=1 B=2\n' },
    { name: 'yum sslverify in a repo file: report only', code: 'FROM centos:7\nRUN echo "sslverify=0" >> /etc/yum.conf\n', errors: [{ messageId: 'config', range: [1, 9, 1, 22] }] },
    { name: 'export: report only', code: 'FROM node:20\nRUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci\n', errors: [{ messageId: 'env', range: [1, 11, 1, 41] }] },
  ],
};
