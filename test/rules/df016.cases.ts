import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM alpine:3.20\nCOPY app /app\n',
    { name: 'archive extraction', code: 'FROM alpine:3.20\nADD rootfs.tar.xz /\nADD x.tgz /x\n' },
    { name: 'remote is DF012', code: 'FROM alpine:3.20\nADD http://source.file/package.file.tar.gz /temp\nADD https://x.test/a.jar /a.jar\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nADD <<EOF /x\nhi\nEOF\n' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nADD app.py /app/\n', errors: [{ messageId: 'add', range: [1, 0, 1, 3] }], output: 'FROM alpine:3.20\nCOPY app.py /app/\n' },
    { name: 'flags, lower case, CRLF', code: 'FROM alpine:3.20\r\nadd --chown=1:1 a b /dst/\r\n', errors: [{ messageId: 'add', range: [1, 0, 1, 3] }], output: 'FROM alpine:3.20\r\ncopy --chown=1:1 a b /dst/\r\n' },
    { name: 'variable source: suggestion only', code: 'FROM openjdk:10-jdk\nARG JAR_FILE\nADD ${JAR_FILE} app.jar\n', errors: [{ messageId: 'add', range: [2, 0, 2, 3], suggestions: ['Replace ADD with COPY'] }] },
    { name: 'ADD-only flag: suggestion only', code: 'FROM alpine:3.20\nADD --unpack=false a.txt /a\n', errors: [{ messageId: 'add', range: [1, 0, 1, 3], suggestions: ['Replace ADD with COPY'] }] },
    { name: 'tab indent', code: 'FROM alpine:3.20\n\tADD\tconf /etc/x\n', errors: [{ messageId: 'add', range: [1, 1, 1, 4] }], output: 'FROM alpine:3.20\n\tCOPY\tconf /etc/x\n' },
  ],
};
