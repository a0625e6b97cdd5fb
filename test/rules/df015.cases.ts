import type { RuleTests } from '../rule-tester';

const strict = { profile: 'strict' as const };
const v = (code: string, name?: string) => ({ code, name, config: strict });

export const cases: RuleTests = {
  valid: [
    v('FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*\n'),
    v('FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl\n', 'apt target release'),
    v('FROM debian:12\nRUN apt-get install -y ./local.deb curl/bookworm $EXTRA "${PKGS}"\n', 'deb file, release suffix, variables'),
    v('FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt && pip install -U pip setuptools\n', 'requirements file and pip upgrade'),
    v('FROM python:3.12\nRUN pip3 install -c constraints.txt flask\n', 'constraints file'),
    v('FROM python:3.12\nRUN python -m pip install "requests>=2.31" flask[async]==3.0 git+https://x.test/r.git .\n', 'specifiers, extras, vcs, path'),
    v('FROM node:20\nRUN npm install && npm ci && npm install sax@0.1.1 @angular/cli@17.0.0 git://github.com/npm/cli.git\n', 'npm lockfile and pins'),
    v('FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 "libstdc++==11.2.1"\n', 'apk virtual'),
    v('FROM ruby:3.3\nRUN gem install rake -v 13.2.1 && gem install bundler:2.5.0\n', 'gem'),
    v('FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && zypper in -y curl=8.0\n', 'dnf and zypper'),
    { code: 'FROM debian:12\nRUN apt-get install -y curl\n', name: 'recommended profile: off', config: { profile: 'recommended' } },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get install -y curl\n', config: strict, errors: [{ messageId: 'unpinned', range: [1, 23, 1, 27], message: '"curl"' }] },
    {
      name: 'continuation list, CRLF',
      code: 'FROM debian:12\r\nRUN apt-get update && apt-get install -y \\\r\n    python-qt4 \\\r\n    python-pip=1.0\r\n',
      config: strict,
      errors: [{ messageId: 'unpinned', range: [2, 4, 2, 14] }],
    },
    { name: 'pip', code: 'FROM python:3.12\nRUN pip install --user connexion\n', config: strict, errors: [{ messageId: 'unpinned', range: [1, 23, 1, 32] }] },
    { name: 'npm global scoped and latest', code: 'FROM node:20\nRUN npm i -g @angular/cli && npm install sax@latest\n', config: strict, errors: [{ messageId: 'unpinned', range: [1, 13, 1, 25] }, { messageId: 'unpinned', range: [1, 41, 1, 51] }] },
    { name: 'apk with sudo', code: 'FROM alpine:3.20\nRUN sudo apk add py-pip && apk add --dir /dir tea\n', config: strict, errors: [{ messageId: 'unpinned', range: [1, 17, 1, 23] }, { messageId: 'unpinned', range: [1, 46, 1, 49] }] },
    { name: 'gem, yum, zypper', code: 'FROM fedora:40\nRUN gem install rake && yum install -y httpd && zypper install curl\n', config: strict, errors: [{ messageId: 'unpinned', range: [1, 16, 1, 20] }, { messageId: 'unpinned', range: [1, 39, 1, 44] }, { messageId: 'unpinned', range: [1, 63, 1, 67] }] },
  ],
};
