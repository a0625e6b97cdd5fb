import type { RuleTests } from '../rule-tester';

const SH = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]';
const S = ['Start this RUN with set -o pipefail'];

export const cases: RuleTests = {
  valid: [
    `FROM debian:12\n${SH}\nRUN curl -fsSL https://x.test/a.tgz | tar -xz\n`,
    { name: 'set -o pipefail in the script', code: 'FROM alpine:3.20\nRUN set -eo pipefail; wget -qO- https://x.test | tar -x\n' },
    { name: 'zsh with pipefail', code: 'FROM node:12\nSHELL [ "zsh", "-o","pipefail" ]\nRUN zsh ./some_output | ./some_script\n' },
    { name: 'exec form', code: 'FROM node:12\nRUN [ "/bin/bash", "./some_output", "|", "./some_script" ]\n' },
    { name: 'inherited SHELL from a parent stage', code: `FROM debian:12 AS base\n${SH}\nFROM base\nRUN a | b\n` },
    { name: 'or is not a pipe', code: 'FROM debian:12\nRUN a || b\n' },
    { name: 'quoted bar', code: 'FROM debian:12\nRUN echo "a | b" && grep -E \'x|y\' f\n' },
    { name: 'echo into a checksum tool', code: 'FROM debian:12\nRUN echo "$SHA *go.tgz" | sha256sum -c - && printf x | tee y\n' },
    { name: 'echo after then', code: 'FROM debian:12\nRUN if [ -n "$S" ]; then echo "$S *x" | sha256sum -c -; fi\n' },
    { name: 'case patterns', code: 'FROM debian:12\nRUN case "$(uname -m)" in \\\n  x86_64|aarch64) a=1 ;; \\\n  arm*|ppc) a=2 ;; \\\n  *) exit 1 ;; \\\n esac\n' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-Item x | Remove-Item\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://x.test/a.tgz | tar -xz\n',
      errors: [{ messageId: 'pipe', range: [1, 36, 1, 37] }],
      output: `FROM debian:12\n${SH}\nRUN curl -fsSL https://x.test/a.tgz | tar -xz\n`,
    },
    {
      name: 'two RUNs in one stage: one SHELL, CRLF',
      code: 'FROM node:12\r\nRUN zsh ./some_output | ./some_script\r\nRUN a | b\r\n',
      errors: [{ messageId: 'pipe', range: [1, 22, 1, 23] }, { messageId: 'pipe', range: [2, 6, 2, 7] }],
      output: `FROM node:12\r\n${SH}\r\nRUN zsh ./some_output | ./some_script\r\nRUN a | b\r\n`,
    },
    { name: 'real pipe inside a case branch', code: 'FROM alpine:3.20\nRUN case x in a|b) ls | wc -l ;; esac\n', errors: [{ messageId: 'pipe', range: [1, 22, 1, 23], suggestions: S }] },
    { name: 'alpine: suggestion only', code: 'FROM alpine:3.20\nRUN wget -qO- https://x.test | tar -x\n', errors: [{ messageId: 'pipe', range: [1, 29, 1, 30], suggestions: S }] },
    { name: 'stage has a SHELL without pipefail: report only', code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN a | b\n', errors: [{ messageId: 'pipe', range: [2, 6, 2, 7], suggestions: S }] },
    { name: 'continuation', code: 'FROM python:3.12\nRUN pip freeze \\\n  | sort\n', errors: [{ messageId: 'pipe', range: [2, 2, 2, 3] }], output: `FROM python:3.12\n${SH}\nRUN pip freeze \\\n  | sort\n` },
  ],
};
