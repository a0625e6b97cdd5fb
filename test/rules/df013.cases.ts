import type { RuleTests } from '../rule-tester';

export const cases: RuleTests = {
  valid: [
    'FROM debian:12\nRUN curl -fsSLo i.sh https://x.test/i.sh && sha256sum -c i.sha && sh i.sh\n',
    { name: 'download into tar', code: 'FROM debian:12\nRUN curl -SL https://example.com/big.tar.xz \\\n    | tar -xJC /usr/src/things\n' },
    { name: 'download into gpg', code: 'FROM debian:12\nRUN curl -fsSL https://x.test/key | gpg --dearmor -o /k.gpg\n' },
    { name: 'local file into sh', code: 'FROM debian:12\nRUN cat setup.sh | sh\n' },
    { name: 'after ||', code: 'FROM debian:12\nRUN curl -f https://x.test || sh -c "echo failed"\n' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN curl -fsSL https://get.example.com | sh\n', errors: [{ messageId: 'pipe', range: [1, 41, 1, 43], message: '"sh"' }] },
    { name: 'wget, sudo bash, continuation', code: 'FROM debian:12\nRUN wget -qO- https://x.test/i.sh \\\n  | sudo bash -s -- --yes\n', errors: [{ messageId: 'pipe', range: [2, 9, 2, 13] }] },
    { name: 'python', code: 'FROM debian:12\r\nRUN curl -sSL https://install.python-poetry.org | python3 -\r\n', errors: [{ messageId: 'pipe', range: [1, 50, 1, 57] }] },
    { name: 'sh -c with command substitution', code: 'FROM debian:12\nRUN sh -c "$(curl -fsSL https://x.test/i.sh)"\n', errors: [{ messageId: 'pipe', range: [1, 4, 1, 6] }] },
  ],
};
