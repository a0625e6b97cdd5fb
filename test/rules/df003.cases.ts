import type { RuleTests } from '../rule-tester';

const S = ['Remove sudo (the step must then run as root: add USER root before it)'];

export const cases: RuleTests = {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    { name: 'installing sudo is not using it', code: 'FROM debian:12\nRUN apt-get install -y sudo\n' },
    { name: 'sudo in a string', code: 'FROM alpine:3.20\nRUN echo "use sudo wisely"\n' },
    { name: 'sudoers file edit via tee', code: 'FROM alpine:3.20\nRUN echo x > /etc/sudoers.d/none\n' },
    { name: 'exec form', code: 'FROM alpine:3.20\nRUN ["echo", "sudo"]\n' },
    { name: 'comment in a continuation', code: 'FROM alpine:3.20\nRUN true \\\n# sudo ls\n  && ls\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN sudo pip install --upgrade pip\n',
      errors: [{ messageId: 'sudo', range: [1, 4, 1, 8], suggestions: S }],
    },
    { name: 'after &&, continuation', code: 'FROM debian:12\nRUN apt-get update \\\n && sudo apt-get install -y curl\n', errors: [{ messageId: 'sudo', range: [2, 4, 2, 8], suggestions: S }] },
    { name: 'with options: no suggestion', code: 'FROM debian:12\nRUN sudo -u app make\n', errors: [{ messageId: 'sudo', range: [1, 4, 1, 8] }] },
    { name: 'absolute path, tabs, CRLF', code: 'FROM debian:12\r\nRUN\techo hi |\t/usr/bin/sudo tee /x\r\n', errors: [{ messageId: 'sudo', range: [1, 14, 1, 27], suggestions: S }] },
    { name: 'heredoc', code: 'FROM debian:12\nRUN <<EOF\nsudo ls\nEOF\n', errors: [{ messageId: 'sudo', range: [2, 0, 2, 4], suggestions: S }] },
    { name: 'builder stage too', code: 'FROM debian:12 AS build\nRUN sudo make\nFROM scratch\n', errors: [{ messageId: 'sudo', range: [1, 4, 1, 8], message: 'stage "build"', suggestions: S }] },
  ],
};
