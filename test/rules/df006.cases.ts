import type { RuleTests } from '../rule-tester';

const S = ['Use WORKDIR /app'];

export const cases: RuleTests = {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app\n',
    { name: 'root reset', code: 'FROM alpine:3.20\nWORKDIR /\n' },
    { name: 'ordinary build dirs', code: 'FROM alpine:3.20\nWORKDIR /usr/src/app\nWORKDIR /root/\nWORKDIR /usr/local\nWORKDIR /opt/x\n' },
    { name: 'relative', code: 'FROM alpine:3.20\nWORKDIR etc\n' },
    { name: 'unknown variable', code: 'FROM alpine:3.20\nARG D\nWORKDIR $D\n' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nWORKDIR /etc\n', errors: [{ messageId: 'system', range: [1, 8, 1, 12], suggestions: S }] },
    { name: 'trailing slash, tabs', code: 'FROM alpine:3.20\nWORKDIR\t/usr/bin/\n', errors: [{ messageId: 'system', range: [1, 8, 1, 17], message: '/usr/bin', suggestions: S }] },
    { name: 'from ENV, CRLF', code: 'FROM alpine:3.20\r\nENV D=/proc\r\nWORKDIR $D\r\n', errors: [{ messageId: 'system', range: [2, 8, 2, 10], suggestions: S }] },
  ],
};
