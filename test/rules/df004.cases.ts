import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM debian:12\nRUN useradd --no-log-init -r app\n',
    { name: 'locking a password', code: 'FROM debian:12\nRUN passwd -l root\n' },
    { name: 'chpasswd mentioned in a string', code: 'FROM debian:12\nRUN echo "no chpasswd here"\n' },
    { name: 'usermod without a password', code: 'FROM debian:12\nRUN usermod -aG app web\n' },
  ],
  invalid: [
    { code: "FROM debian:12\nRUN echo 'root:hunter2' | chpasswd\n", errors: [{ messageId: 'password', range: [1, 26, 1, 34], message: '"chpasswd"' }] },
    { name: 'useradd -p, continuation', code: 'FROM debian:12\nRUN groupadd app \\\n  && useradd -p "$(openssl passwd -1 pw)" app\n', errors: [{ messageId: 'password', range: [2, 5, 2, 12] }] },
    { name: 'usermod --password=', code: 'FROM debian:12\nRUN usermod --password=x app\n', errors: [{ messageId: 'password', range: [1, 4, 1, 11] }] },
    { name: 'passwd fed by a pipe, CRLF', code: 'FROM debian:12\r\nRUN printf "pw\\npw\\n" | passwd app\r\n', errors: [{ messageId: 'password', range: [1, 24, 1, 30] }] },
    { name: 'passwd --stdin', code: 'FROM centos:7\nRUN echo pw | passwd --stdin app\n', errors: [{ messageId: 'password', range: [1, 14, 1, 20] }] },
  ],
};
