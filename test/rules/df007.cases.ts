import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443\n',
    { name: 'port 2222 and 220', code: 'FROM alpine:3.20\nEXPOSE 2222 220/tcp\n' },
    { name: 'unknown variable', code: 'FROM alpine:3.20\nARG P\nEXPOSE $P\n' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nEXPOSE 3000 80 443 22\nCMD ["x"]\n', errors: [{ messageId: 'ssh', range: [1, 19, 1, 21] }], output: 'FROM alpine:3.20\nEXPOSE 3000 80 443\nCMD ["x"]\n' },
    { name: 'only port', code: 'FROM alpine:3.20\nEXPOSE 22\nCMD ["x"]\n', errors: [{ messageId: 'ssh', range: [1, 7, 1, 9] }], output: 'FROM alpine:3.20\nCMD ["x"]\n' },
    { name: 'first of two, protocol', code: 'FROM alpine:3.20\nEXPOSE 22/tcp 80\n', errors: [{ messageId: 'ssh', range: [1, 7, 1, 13] }], output: 'FROM alpine:3.20\nEXPOSE 80\n' },
    { name: 'from ARG, CRLF', code: 'FROM alpine:3.20\r\nARG SSH=22\r\nEXPOSE 80 $SSH\r\n', errors: [{ messageId: 'ssh', range: [2, 10, 2, 14] }], output: 'FROM alpine:3.20\r\nARG SSH=22\r\nEXPOSE 80\r\n' },
    { name: 'range', code: 'FROM alpine:3.20\nEXPOSE 20-30\n', errors: [{ messageId: 'ssh', range: [1, 7, 1, 12] }], output: 'FROM alpine:3.20\n' },
  ],
};
